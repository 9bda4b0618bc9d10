/**
 * The real `tessera` command, run from sources as child processes: one-off runs and a hub served
 * by `tessera serve` that can be stopped or killed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileUrl } from './files.js';

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '../../../..');
const BIN = join(REPO_ROOT, 'packages/cli/src/bin.ts');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** Spawns `tessera <args>` from sources. */
export function spawnTessera(
  args: string[],
  env: Record<string, string> = {},
): ChildProcess & { output: () => { out: string; err: string }; exited: Promise<Exit> } {
  const child = spawn(
    process.execPath,
    ['--conditions=@tessera/source', '--import', 'tsx', BIN, ...args],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, TESSERA_FAULT: '', TESSERA_FAULT_AFTER: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<Exit>((resolve) =>
    // 'close', not 'exit': 'exit' can come before the last of stdout/stderr has been read
    child.on('close', (code, signal) => resolve({ code, signal, out, err })),
  );
  return Object.assign(child, { output: () => ({ out, err }), exited });
}

/** Runs `tessera <args>` to its end. */
export async function runTessera(
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 90_000,
): Promise<Exit> {
  const child = spawnTessera(args, env);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  try {
    return await child.exited;
  } finally {
    clearTimeout(timer);
  }
}

/** A hub as a `tessera serve` child process on a file (port 0: the port it printed). */
export class HubProcess {
  readonly file: string;
  #child: ReturnType<typeof spawnTessera> | null = null;
  url = '';

  constructor(file: string) {
    this.file = file;
  }

  async start(env: Record<string, string> = {}, port = 0): Promise<void> {
    const child = spawnTessera(
      [
        'serve',
        '--db',
        fileUrl(this.file),
        '--port',
        String(port),
        '--instance',
        'hub',
        '--role',
        'hub',
      ],
      env,
    );
    this.#child = child;
    this.url = await new Promise<string>((resolvePromise, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the hub did not start: ${child.output().err}`)),
        60_000,
      );
      const onData = () => {
        const m = /Listening on (http:\/\/\S+)/.exec(child.output().out);
        if (m) {
          clearTimeout(timer);
          child.stdout!.off('data', onData);
          resolvePromise(m[1]!);
        }
      };
      child.stdout!.on('data', onData);
      void child.exited.then((e) => {
        clearTimeout(timer);
        reject(new Error(`the hub exited before listening (${e.code ?? e.signal}): ${e.err}`));
      });
    });
  }

  get exited(): Promise<Exit> {
    if (!this.#child) throw new Error('not started');
    return this.#child.exited;
  }

  get alive(): boolean {
    return this.#child !== null && this.#child.exitCode === null && this.#child.signalCode === null;
  }

  /** Stops it (SIGTERM: the command closes cleanly), or reaps it if it already died. */
  async stop(): Promise<void> {
    const child = this.#child;
    if (!child) return;
    if (this.alive) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await child.exited;
    clearTimeout(timer);
    this.#child = null;
  }
}
