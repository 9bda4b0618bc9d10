import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';

/** The `tessera` command of the workspace, run from its sources (as `pnpm tessera` does). */
const cliDir = dirname(createRequire(import.meta.url).resolve('@tessera/cli/package.json'));
const bin = join(cliDir, 'src/bin.ts');
/** The repository root: where `tsx` is found. */
const root = resolve(cliDir, '../..');

/** A free TCP port on loopback (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => res(p));
    });
    s.once('error', rej);
  });
}

function start(args: string[]): {
  child: ChildProcess;
  exited: Promise<number>;
  output: () => string;
} {
  const child = spawn(
    process.execPath,
    ['--conditions=@tessera/source', '--import', 'tsx', bin, ...args],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number>((res) =>
    child.once('exit', (code, signal) => res(code ?? (signal ? 128 : 1))),
  );
  return { child, exited, output: () => out };
}

/** Runs a one-shot `tessera <args>` to the end: its output, or an error with the output on a non-zero exit. */
export async function tessera(args: string[]): Promise<string> {
  const c = start(args);
  const code = await c.exited;
  if (code !== 0)
    throw new Error(`tessera ${args[0]} ${args[1] ?? ''} exited with ${code}:\n${c.output()}`);
  return c.output();
}

/** A `tessera serve` process. */
export interface Served {
  instance: string;
  url: string;
  db: string;
  /** Stops it (SIGTERM: it closes the server and the database) and waits for the exit. */
  stop(): Promise<number>;
}

/** Starts `tessera serve ... --seed england` on a free loopback port and waits until it answers. */
export async function serve(options: {
  instance: string;
  role: 'hub' | 'local';
  db: string;
}): Promise<Served> {
  const port = await freePort();
  const c = start([
    'serve',
    '--db',
    options.db,
    '--port',
    String(port),
    '--host',
    '127.0.0.1',
    '--instance',
    options.instance,
    '--role',
    options.role,
    '--seed',
    'england',
  ]);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (c.child.exitCode === null && c.child.signalCode === null) c.child.kill('SIGTERM');
    return c.exited;
  };
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (c.child.exitCode !== null)
      throw new Error(`tessera serve --instance ${options.instance} exited:\n${c.output()}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `tessera serve --instance ${options.instance} did not answer within 90 s:\n${c.output()}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { instance: options.instance, url, db: options.db, stop };
}
