/**
 * `pnpm bench` (part 2), issue 10's figures, each against a baseline of the same run:
 * 1. Authenticated reads: GET /api/v1/networks?limit=50 with a viewer token under autocannon, vs a
 *    bare node:http server returning the same bytes (tokens are verified from memory, so a request
 *    does not hit the database for its token; revocation still takes effect within 2 s).
 * 2. Hub memory after 10,000 distinct reads with junk parameters (refused: never cached) and
 *    10,000 distinct valid reads (cached, bounded in bytes): RSS above the idle hub's.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import {
  freePort,
  root,
  rssMb,
  startBareServer,
  stop,
  tesseraArgs,
  waitHealthy,
} from './bench-processes.js';

const seconds = Number(process.env['BENCH_SECONDS'] ?? 8);
async function load(url: string, headers: Record<string, string>): Promise<number> {
  await autocannon({ url, headers, connections: 10, duration: 0.5 });
  const r = await autocannon({ url, headers, connections: 10, duration: seconds });
  if (r.non2xx > 0 || r.errors > 0)
    throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return r.requests.average;
}

/** `n` requests, `width` at a time. */
async function burst(n: number, width: number, url: (i: number) => string): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < n) {
        const res = await fetch(url(next++));
        await res.arrayBuffer();
      }
    }),
  );
}

const dir = mkdtempSync(join(tmpdir(), 'tessera-trust-bench-'));
try {
  const db = `file:${join(dir, 'hub.db')}`;
  const port = await freePort();
  const hub = spawn(
    process.execPath,
    tesseraArgs([
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
    ]),
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const base = `http://127.0.0.1:${port}`;
  await waitHealthy(`${base}/api/v1/health`, 60_000, 50);
  const made = spawnSync(
    process.execPath,
    tesseraArgs(['token', 'create', '--db', db, '--role', 'viewer']),
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  const token = made.stdout.trim().split('\n').pop()!;
  if (!token.startsWith('tsr_')) throw new Error(`no token: ${made.stderr}`);
  const auth = { authorization: `Bearer ${token}` };

  // --- 1. authenticated reads vs bare ---
  const url = `${base}/api/v1/networks?limit=50`;
  const body = Buffer.from(await (await fetch(url, { headers: auth })).arrayBuffer());
  const bare = await startBareServer(body, dir);
  let bareRps = 0;
  let authRps = 0;
  for (let round = 0; round < 3; round++) {
    bareRps += (await load(`${bare.url}/api/v1/networks?limit=50`, auth)) / 3;
    authRps += (await load(url, auth)) / 3;
  }
  await stop(bare.process);

  // --- 2. memory under distinct reads ---
  await new Promise((r) => setTimeout(r, 500));
  const idle = rssMb(hub.pid!);
  await burst(10_000, 20, (i) => `${base}/api/v1/networks?limit=50&junk${i}=${'x'.repeat(200)}`);
  const afterJunk = rssMb(hub.pid!);
  await burst(10_000, 20, (i) => `${base}/api/v1/organisations?limit=500&odsCode=X${i}`);
  await burst(2_000, 20, (i) => `${base}/api/v1/organisations?limit=${1 + (i % 500)}&type=acute`);
  const afterValid = rssMb(hub.pid!);
  await stop(hub);

  const fmt = (n: number) => n.toFixed(0).padStart(8);
  console.log(
    `\nauthenticated reads: GET /api/v1/networks?limit=50 with a viewer token (${body.length} bytes), 10 connections, 3 alternating rounds of ${seconds}s`,
  );
  console.log(`  bare node:http   ${fmt(bareRps)} req/s`);
  console.log(`  tessera (viewer) ${fmt(authRps)} req/s`);
  console.log(`  ratio            ${(authRps / bareRps).toFixed(2)}   (goal >= 0.60)`);
  console.log('\nhub memory (RSS) under distinct reads');
  console.log(`  idle                                   ${idle.toFixed(0)} MB`);
  console.log(
    `  + 10,000 reads with junk parameters    ${afterJunk.toFixed(0)} MB  (+${(afterJunk - idle).toFixed(0)} MB; goal < +50 MB)`,
  );
  console.log(
    `  + 12,000 distinct valid reads (cached) ${afterValid.toFixed(0)} MB  (+${(afterValid - idle).toFixed(0)} MB; the cache is bounded at 32 MB)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
