import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Child processes of the benchmarks: the built `tessera` binary (what is shipped; `pnpm bench:sync`
 * builds it first), or the sources through tsx when it is not built or BENCH_FROM_SOURCE=1.
 */
export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dist = join(root, 'packages/cli/dist/bin.js');
export const fromSource = process.env['BENCH_FROM_SOURCE'] === '1' || !existsSync(dist);
const bin = fromSource ? join(root, 'packages/cli/src/bin.ts') : dist;
const preload = join(root, 'packages/cli/bench/peak-rss.mjs');

export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => res(p));
    });
    s.once('error', rej);
  });
}

export interface TesseraChild {
  child: ChildProcess;
  /** Resolves with the exit code. */
  exited: Promise<number>;
  output(): string;
}

/** Starts `tessera <args>`; `peakRssFile` makes it record its peak RSS at exit; `profileDir` adds --cpu-prof. */
export function tessera(
  args: string[],
  options: { peakRssFile?: string; profileDir?: string } = {},
): TesseraChild {
  // tsx only for the sources: the built binary runs as shipped (tsx's loader adds ~0.5 s and ~40 MB)
  const node = [
    ...(fromSource ? ['--conditions=@tessera/source', '--import', 'tsx'] : []),
    '--import',
    preload,
    ...(options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : []),
  ];
  const child = spawn(process.execPath, [...node, bin, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...(options.peakRssFile ? { TESSERA_PEAK_RSS_FILE: options.peakRssFile } : {}),
    },
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number>((res) =>
    child.once('exit', (code, signal) => res(code ?? (signal ? 128 : 1))),
  );
  return { child, exited, output: () => out };
}

/** Runs `tessera <args>` to the end; throws with its output on a non-zero exit. */
export async function runTessera(
  args: string[],
  options: { peakRssFile?: string; profileDir?: string } = {},
): Promise<{ ms: number; output: string; peakRssMb: number | null }> {
  const t0 = performance.now();
  const c = tessera(args, options);
  const code = await c.exited;
  const ms = performance.now() - t0;
  if (code !== 0) throw new Error(`tessera ${args.join(' ')} exited ${code}:\n${c.output()}`);
  const peak =
    options.peakRssFile && existsSync(options.peakRssFile)
      ? Number(readFileSync(options.peakRssFile, 'utf8')) / 1024
      : null;
  return { ms, output: c.output(), peakRssMb: peak };
}

export interface Hub {
  url: string;
  db: string;
  pid: number;
  stop(): Promise<void>;
}

/** Starts a national hub (`tessera serve --role hub --seed england`) on a free loopback port, healthy. */
export async function startHub(db: string, options: { profileDir?: string } = {}): Promise<Hub> {
  const port = await freePort();
  const c = tessera(
    [
      'serve',
      '--db',
      db,
      '--port',
      String(port),
      '--instance',
      'hub',
      '--role',
      'hub',
      '--seed',
      'england',
    ],
    options,
  );
  const url = `http://127.0.0.1:${port}`;
  const end = Date.now() + 60_000;
  for (;;) {
    if (c.child.exitCode !== null) throw new Error(`the hub exited:\n${c.output()}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > end) throw new Error(`the hub did not become healthy:\n${c.output()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    db,
    pid: c.child.pid!,
    async stop() {
      if (c.child.exitCode === null) c.child.kill('SIGTERM');
      await c.exited;
    },
  };
}

/** Current and peak resident memory of a running process, MB. */
export function memoryMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** Resets a process's peak RSS to its current RSS (Linux clear_refs 5); false where not allowed. */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/**
 * `fetch` that sends a request again when the connection was reset under it: the hub's HTTP server
 * closes keep-alive sockets idle for 5 s, and a request racing that close fails with ECONNRESET /
 * "other side closed" before the hub has read it. Safe for sync, whose requests are idempotent.
 * Counts the retries so the benchmark can report them.
 */
export function retryingFetch(counter: { retries: number }): typeof fetch {
  return async (input, init) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fetch(input, init);
      } catch (e) {
        const code = (e as { cause?: { code?: string } }).cause?.code;
        if (
          attempt < 3 &&
          (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE')
        ) {
          counter.retries++;
          continue;
        }
        throw e;
      }
    }
  };
}
