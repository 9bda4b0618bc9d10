/**
 * Part of `pnpm bench`: cold start of the built apps/local (dist, as the container runs it) with two
 * plugins (membership, region-wessex), from spawn to the first answered request, and its RSS;
 * against a bare node:http server started the same way in the same run. Median of 5 runs each,
 * alternated so that load from elsewhere on this shared machine falls on both alike.
 * Goals: under 1 s and under 120 MB.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const app = join(root, 'apps/local/dist/start.js');
if (!existsSync(app))
  throw new Error('build first: pnpm turbo run build --filter=@tessera/app-local');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

async function firstAnswer(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`exited with ${child.exitCode}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 5));
  }
}

const rssMb = (pid: number) =>
  Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const stop = (c: ChildProcess) =>
  new Promise<void>((r) => {
    if (c.exitCode !== null) return r();
    c.once('exit', () => r());
    c.kill('SIGTERM');
  });

async function run(args: string[], env: Record<string, string>, path: string) {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    env: {
      PATH: process.env['PATH'] ?? '',
      ...env,
      TESSERA_PORT: String(port),
      PORT: String(port),
    },
    stdio: 'ignore',
  });
  await firstAnswer(`http://127.0.0.1:${port}${path}`, child);
  const ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 200));
  const rss = rssMb(child.pid!);
  await stop(child);
  return { ms, rss };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const dir = mkdtempSync(join(tmpdir(), 'tessera-cold-'));
try {
  const runs = {
    fresh: [] as { ms: number; rss: number }[],
    restart: [] as { ms: number; rss: number }[],
    bare: [] as { ms: number; rss: number }[],
  };
  for (let i = 0; i < 5; i++) {
    const env = {
      TESSERA_INSTANCE: 'ahsn-wessex',
      TESSERA_DB: `file:${join(dir, `w${i}.db`)}`,
      TESSERA_SEED: 'none',
      TESSERA_PLUGINS: 'membership,region-wessex',
    };
    runs.fresh.push(await run([app], env, '/api/v1/health'));
    runs.restart.push(await run([app], env, '/api/v1/health'));
    runs.bare.push(
      await run(
        [
          '-e',
          "require('node:http').createServer((q,s)=>s.end('ok')).listen(+process.env.PORT,'127.0.0.1')",
        ],
        {},
        '/',
      ),
    );
  }
  const line = (name: string, r: { ms: number; rss: number }[]) => {
    const ms = median(r.map((x) => x.ms));
    const rss = median(r.map((x) => x.rss));
    return {
      text: `  ${name.padEnd(44)} ${ms.toFixed(0).padStart(6)} ms   RSS ${rss.toFixed(0).padStart(4)} MB`,
      ms,
      rss,
    };
  };
  const fresh = line('apps/local, 2 plugins, fresh database', runs.fresh);
  const restart = line('apps/local, 2 plugins, existing database', runs.restart);
  const bare = line('bare node:http (baseline)', runs.bare);
  console.log(
    '\ncold start of the built apps/local (dist) to the first answered request, median of 5',
  );
  console.log(fresh.text + '   (goals < 1000 ms, < 120 MB)');
  console.log(restart.text);
  console.log(bare.text);
  console.log(
    `  ratio to bare node: fresh ${(fresh.ms / bare.ms).toFixed(1)}x time, ${(fresh.rss / bare.rss).toFixed(1)}x RSS; restart ${(restart.ms / bare.ms).toFixed(1)}x time`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
