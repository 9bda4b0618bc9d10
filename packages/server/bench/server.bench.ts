/**
 * `pnpm bench`: server overhead and cold start, each against a baseline in the same run.
 * 1. GET /api/v1/networks?limit=50 on a seeded instance vs a bare node:http server returning the
 *    same bytes, both under autocannon on loopback (each server in its own process).
 * 2. Cold start of `tessera serve --seed england` on a fresh file: time to a healthy answer and
 *    resident memory after start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import {
  freePort,
  fromSource,
  root,
  rssMb,
  startBareServer,
  stop,
  tesseraArgs,
  waitHealthy,
} from './bench-processes.js';

const seconds = Number(process.env['BENCH_SECONDS'] ?? 8);

function startTessera(db: string, port: number, seed: boolean): ChildProcess {
  const args = tesseraArgs([
    'serve',
    '--db',
    db,
    '--port',
    String(port),
    '--instance',
    'hub',
    '--role',
    'hub',
    ...(seed ? ['--seed', 'england'] : []),
  ]);
  return spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function load(url: string): Promise<number> {
  await autocannon({ url, connections: 10, duration: 0.5 }); // warm-up
  const r = await autocannon({ url, connections: 10, duration: seconds });
  if (r.non2xx > 0 || r.errors > 0)
    throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return r.requests.average;
}

const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-'));
try {
  // --- cold start (fresh file, England seed) ---
  const coldPort = await freePort();
  const t0 = performance.now();
  const cold = startTessera(`file:${join(dir, 'cold.db')}`, coldPort, true);
  await waitHealthy(`http://127.0.0.1:${coldPort}/api/v1/health`, 30_000, 20);
  const coldMs = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 300));
  const coldRss = rssMb(cold.pid!);
  // baseline in the same run: a bare node process that listens and answers
  const barePort0 = await freePort();
  const t1 = performance.now();
  const bareStart = spawn(
    process.execPath,
    [
      '-e',
      `require('node:http').createServer((q,s)=>s.end('ok')).listen(${barePort0},'127.0.0.1')`,
    ],
    { stdio: 'ignore' },
  );
  await waitHealthy(`http://127.0.0.1:${barePort0}/`, 30_000, 20);
  const bareMs = performance.now() - t1;
  const bareRss = rssMb(bareStart.pid!);
  await stop(bareStart);

  // --- server overhead: the same instance, warm ---
  const url = `http://127.0.0.1:${coldPort}/api/v1/networks?limit=50`;
  const res = await fetch(url);
  const body = Buffer.from(await res.arrayBuffer());
  const bare = await startBareServer(body, dir);
  // alternate rounds, so that load from elsewhere on this shared machine falls on both alike
  let bareRps = 0;
  let tesseraRps = 0;
  for (let round = 0; round < 3; round++) {
    bareRps += (await load(`${bare.url}/api/v1/networks?limit=50`)) / 3;
    tesseraRps += (await load(url)) / 3;
  }
  await stop(bare.process);
  await stop(cold);

  const fmt = (n: number) => n.toFixed(0).padStart(8);
  console.log(
    `\nserver overhead: GET /api/v1/networks?limit=50 (${body.length} bytes), 10 connections, 3 alternating rounds of ${seconds}s each`,
  );
  console.log(`  bare node:http   ${fmt(bareRps)} req/s`);
  console.log(`  tessera          ${fmt(tesseraRps)} req/s`);
  console.log(`  ratio            ${(tesseraRps / bareRps).toFixed(2)}   (goal >= 0.60)`);
  console.log(
    `\ncold start: tessera serve --seed england on a fresh file (${fromSource ? 'from sources via tsx' : 'built binary packages/cli/dist/bin.js'})`,
  );
  console.log(
    `  tessera          ${fmt(coldMs)} ms to healthy, RSS ${coldRss.toFixed(0)} MB   (goals < 2000 ms, < 150 MB)`,
  );
  console.log(
    `  bare node:http   ${fmt(bareMs)} ms to healthy, RSS ${bareRss.toFixed(0)} MB   (baseline)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
