/**
 * What the server benches share about their processes: the `tessera` command (the built binary,
 * or the sources through tsx), a free port, waiting for health, resident memory and a clean stop.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
// The shipped binary (built by `pnpm bench`, which runs the build first); sources via tsx otherwise.
const dist = join(root, 'packages/cli/dist/bin.js');
export const fromSource = process.env['BENCH_FROM_SOURCE'] === '1' || !existsSync(dist);

/** Node's arguments to run `tessera <args>`. */
export const tesseraArgs = (args: readonly string[]): string[] => [
  ...(fromSource
    ? ['--conditions=@tessera/source', '--import', 'tsx', join(root, 'packages/cli/src/bin.ts')]
    : [dist]),
  ...args,
];

export const freePort = () =>
  new Promise<number>((res) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => res(p));
    });
  });

/** Polls `url` every `pollMs` until it answers 2xx; throws after `timeoutMs`. */
export async function waitHealthy(url: string, timeoutMs: number, pollMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    if (Date.now() > end) throw new Error(`${url} did not become healthy`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

export const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

export const stop = (c: ChildProcess) =>
  new Promise<void>((r) => {
    if (c.exitCode !== null) return r();
    c.once('exit', () => r());
    c.kill('SIGTERM');
  });

/**
 * A bare node:http server on a free loopback port answering every request with `body` as JSON:
 * the baseline a bench sets Tessera's figures against. Healthy when this resolves.
 */
export async function startBareServer(
  body: Uint8Array,
  dir: string,
): Promise<{ url: string; process: ChildProcess }> {
  const bodyFile = join(dir, `bare-body-${process.pid}.json`);
  writeFileSync(bodyFile, body);
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      '-e',
      `const b=require('node:fs').readFileSync(${JSON.stringify(bodyFile)});require('node:http').createServer((q,s)=>{s.writeHead(200,{'content-type':'application/json','content-length':b.length});s.end(b)}).listen(${port},'127.0.0.1')`,
    ],
    { stdio: 'ignore' },
  );
  const url = `http://127.0.0.1:${port}`;
  await waitHealthy(`${url}/`, 30_000, 20);
  return { url, process: child };
}
