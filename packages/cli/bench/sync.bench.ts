/**
 * `pnpm bench:sync`: sync throughput, latency and memory on 127.0.0.1 with real files in a temp
 * dir, each figure next to a baseline measured in the same run.
 * 1. Hub ingest: 100,000 changes pushed from one region to a hub in its own process, in changes/s,
 *    against a raw libSQL insert of the same rows into a table of the same shape (one transaction).
 * 2. Initial sync of a region holding 100,000 records with `tessera sync` (a child process, so its
 *    peak RSS is its own), three times (`BENCH_RUNS`) from copies of one generated region, each to
 *    a fresh hub: the median wall time and peak RSS of both processes, against the CLI's start-up.
 * 3. Steady state: 25 regions (the 15 AHSNs and 10 LDPs) each pushing 1,000 new changes to one
 *    hub at once: total time and the hub's peak RSS, against the same regions one after another.
 * Each part removes its database files when it ends, and the disk's pending writes are flushed
 * (`sync`) before each timed run, so that one part's write-back does not land on the next.
 * `BENCH_SCALE=0.1` scales the counts down; `BENCH_ONLY=2,3` runs some of them; `BENCH_PROFILE=1`
 * writes CPU profiles of the child processes (kept, their folder printed at the end).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AHSNS, LDPS, Store, TokenRepository, seedEngland } from '@tessera/store';
import { syncWithHub, type SyncReport } from '@tessera/sync';
import { generateRecords } from '../src/generate/generate-records.js';
import { loadWorld } from '../src/generate/load-world.js';
import { writeGenerated } from '../src/generate/write-generated.js';
import {
  fromSource,
  memoryMb,
  resetPeak,
  retryingFetch,
  runTessera,
  startHub,
  type Hub,
} from './processes.js';

const scale = Number(process.env['BENCH_SCALE'] ?? 1);
if (!(scale > 0))
  throw new Error(`BENCH_SCALE must be a number > 0, not ${process.env['BENCH_SCALE']}`);
const count = (n: number) => Math.max(10, Math.round(n * scale));
const INGEST = count(100_000);
const REGION = count(100_000);
const STEADY_EACH = count(1_000);
/** Runs of the initial sync (the machine is shared and noisy: the median is reported). */
const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 3));
const STEADY_REGIONS = [...AHSNS.map((a) => `ahsn-${a.key}`), ...LDPS.map((l) => `ldp-${l.key}`)];

const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-sync-'));
const profileDir =
  process.env['BENCH_PROFILE'] === '1'
    ? mkdtempSync(join(tmpdir(), 'tessera-bench-prof-'))
    : undefined;
const hubs: Hub[] = [];
const file = (name: string) => `file:${join(dir, name)}`;
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
/** Requests sent again after a connection reset (see `retryingFetch`). */
const resets = { retries: 0 };
const fetchWithRetry = retryingFetch(resets);
const line = (label: string, value: string, rest = '') =>
  console.log(`  ${label.padEnd(36)} ${value.padStart(16)}   ${rest}`);

/** A region's database: optionally the England seed, then `n` generated records. Returns the seconds it took to generate. */
async function makeRegion(
  url: string,
  instance: string,
  n: number,
  options: { seed?: boolean; mix?: Record<string, number>; prngSeed?: number } = {},
): Promise<number> {
  const store = await Store.open({ url, instance });
  try {
    if (options.seed) await seedEngland(store);
    const world = await loadWorld(store);
    const t0 = performance.now();
    await writeGenerated(
      store,
      generateRecords(world, n, {
        seed: options.prngSeed ?? 1,
        ...(options.mix ? { mix: options.mix } : {}),
      }),
    );
    return (performance.now() - t0) / 1000;
  } finally {
    store.close();
  }
}

/** Sync tokens for `instances`, created on the hub's database file (WAL: the running hub sees them). */
async function syncTokens(
  hubDb: string,
  instances: readonly string[],
): Promise<Map<string, string>> {
  const store = await Store.open({ url: hubDb });
  try {
    const tokens = new TokenRepository(store);
    const out = new Map<string, string>();
    for (const instance of instances)
      out.set(instance, (await tokens.create({ role: 'sync', instance, name: 'bench' })).token);
    return out;
  } finally {
    store.close();
  }
}

/** Flushes the disk's pending writes (a part's files, a copy) so that they do not land on a timed run. */
function flushDisk(): void {
  spawnSync('sync', { stdio: 'ignore' });
}

/** Removes a database and its WAL once a part is done with it (its write-back need not run at all). */
function removeDb(name: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir, `${name}${suffix}`), { force: true });
}

async function hub(name: string): Promise<Hub> {
  const h = await startHub(file(name), profileDir ? { profileDir } : {});
  hubs.push(h);
  return h;
}

/** 1. Hub ingest, against a raw insert of the same rows. */
async function hubIngest(): Promise<void> {
  console.log(
    `\n1. Hub ingest: ${fmt(INGEST)} changes (memberships) from one region to a hub in its own process`,
  );
  const localDb = file('ingest-local.db');
  const gen = await makeRegion(localDb, 'ahsn-oxford', INGEST, {
    seed: true,
    mix: { membership: 1 },
  });
  line(
    '(setup: generated at the region)',
    `${fmt(INGEST / gen)} records/s`,
    `${fmt(gen, 1)} s through the repositories`,
  );
  const h = await hub('ingest-hub.db');
  const token = (await syncTokens(h.db, ['ahsn-oxford'])).get('ahsn-oxford')!;
  const peakReset = resetPeak(h.pid);
  const local = await Store.open({ url: localDb });
  let report: SyncReport;
  let pushEnd = 0;
  const t0 = performance.now();
  try {
    report = await syncWithHub({
      store: local,
      hubUrl: h.url,
      token,
      fetch: fetchWithRetry,
      onProgress: (p) => void (p.phase === 'pull' && !pushEnd && (pushEnd = performance.now())),
    });
  } catch (e) {
    local.close();
    throw e;
  }
  const end = performance.now();
  const pushS = ((pushEnd || end) - t0) / 1000;
  const rate = report.push.applied / pushS;
  const hubMem = memoryMb(h.pid);
  const rows = await local.client.execute("select * from memberships where owner = 'ahsn-oxford'");
  local.close();
  await h.stop();

  // baseline: the same rows, raw, into a table of the same shape (columns and indexes) in a fresh file
  const raw = await Store.open({ url: file('ingest-raw.db'), instance: 'raw' });
  try {
    const shape = await raw.client.execute(
      "select sql from sqlite_master where tbl_name = 'memberships' and sql is not null",
    );
    await raw.client.execute('drop table memberships');
    for (const r of shape.rows) await raw.client.execute(String(r[0]));
    const insert = `insert into memberships (${rows.columns.map((c) => `"${c}"`).join(', ')}) values (${rows.columns.map(() => '?').join(', ')})`;
    const t1 = performance.now();
    const tx = await raw.client.transaction('write');
    for (const r of rows.rows)
      await tx.execute({ sql: insert, args: rows.columns.map((_, i) => r[i]) as never });
    await tx.commit();
    const rawS = (performance.now() - t1) / 1000;
    const rawRate = rows.rows.length / rawS;
    // a second, stronger baseline: the same rows as multi-row inserts of 100 (how the hub writes them)
    await raw.client.execute('delete from memberships');
    const t2 = performance.now();
    const bulk = await raw.client.transaction('write');
    for (let i = 0; i < rows.rows.length; i += 100) {
      const part = rows.rows.slice(i, i + 100);
      const values = part.map(() => `(${rows.columns.map(() => '?').join(', ')})`).join(', ');
      await bulk.execute({
        sql: `insert into memberships (${rows.columns.map((c) => `"${c}"`).join(', ')}) values ${values}`,
        args: part.flatMap((r) => rows.columns.map((_, k) => r[k])) as never,
      });
    }
    await bulk.commit();
    const bulkS = (performance.now() - t2) / 1000;
    const bulkRate = rows.rows.length / bulkS;
    line(
      'hub ingest (push, end to end)',
      `${fmt(rate)} changes/s`,
      `${fmt(report.push.applied)} applied in ${report.push.batches} batches, ${fmt(pushS, 1)} s; with pull and digest check ${fmt((end - t0) / 1000, 1)} s`,
    );
    line(
      'baseline: raw libSQL insert',
      `${fmt(rawRate)} rows/s`,
      `${fmt(rows.rows.length)} rows x ${rows.columns.length} columns, one transaction, execute per row, ${fmt(rawS, 1)} s`,
    );
    line('ratio', fmt(rate / rawRate, 2), `goal >= 0.5  ${verdict(rate / rawRate >= 0.5)}`);
    line(
      'baseline 2: raw multi-row insert',
      `${fmt(bulkRate)} rows/s`,
      `100 rows per statement, one transaction, ${fmt(bulkS, 1)} s; ratio ${fmt(rate / bulkRate, 2)} (for information)`,
    );
    line(
      'hub peak RSS during ingest',
      `${fmt(hubMem.peak)} MB`,
      peakReset ? '(peak reset after start-up)' : '(includes start-up: clear_refs not allowed)',
    );
    if (!report.agree) console.log('  WARNING: the hub and the region do not agree after the sync');
  } finally {
    raw.close();
    for (const name of ['ingest-local.db', 'ingest-hub.db', 'ingest-raw.db']) removeDb(name);
  }
}

/** 2. Initial sync of a region with 100,000 records, both sides as processes; `RUNS` times, each against a fresh hub. */
async function initialSync(): Promise<void> {
  console.log(
    `\n2. Initial sync of a region with ${fmt(REGION)} records (tessera sync, child process) to a hub (child process), ${RUNS} runs`,
  );
  const template = file('region-template.db');
  const gen = await makeRegion(template, 'ahsn-health-innovation-network', REGION, { seed: true });
  line(
    '(setup: generated at the region)',
    `${fmt(REGION / gen)} records/s`,
    `${fmt(gen, 1)} s, the realistic mix; each run starts from a copy`,
  );
  const tpl = await Store.open({ url: template });
  await tpl.client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
  tpl.close();
  const runs: {
    wall: number;
    syncPeak: number;
    hubPeak: number;
    hubAtRest: number;
    batches: string;
  }[] = [];
  let idle = { ms: 0, peakRssMb: null as number | null };
  for (let run = 1; run <= RUNS; run++) {
    const regionPath = join(dir, `region-${run}.db`);
    copyFileSync(template.slice('file:'.length), regionPath);
    const h = await hub(`region-hub-${run}.db`);
    const token = (await syncTokens(h.db, ['ahsn-health-innovation-network'])).get(
      'ahsn-health-innovation-network',
    )!;
    const atRest = memoryMb(h.pid);
    resetPeak(h.pid);
    // the baseline, start-up alone, measured next to each run
    const help = await runTessera(['--help'], { peakRssFile: join(dir, `idle-${run}.peak`) });
    if (run === 1 || help.ms < idle.ms) idle = help;
    flushDisk();
    const sync = await runTessera(
      ['sync', '--db', `file:${regionPath}`, '--hub', h.url, '--token', token],
      {
        peakRssFile: join(dir, `sync-${run}.peak`),
        ...(profileDir && run === 1 ? { profileDir } : {}),
      },
    );
    const hubPeak = memoryMb(h.pid).peak;
    await h.stop();
    removeDb(`region-${run}.db`);
    removeDb(`region-hub-${run}.db`);
    if (!/in sync: the hub and this instance agree/.test(sync.output))
      console.log(`  WARNING: tessera sync did not report agreement:\n${sync.output}`);
    const pushed = /pushed (\d+) changes in (\d+) batches/.exec(sync.output);
    runs.push({
      wall: sync.ms / 1000,
      syncPeak: sync.peakRssMb ?? NaN,
      hubPeak,
      hubAtRest: atRest.rss,
      batches: pushed ? `${fmt(Number(pushed[1]))} changes in ${pushed[2]} batches` : 'see output',
    });
    line(
      `  run ${run}: wall time`,
      `${fmt(sync.ms / 1000, 2)} s`,
      `${runs.at(-1)!.batches}; ${/in [\d.]+ s; pulled .*/.exec(sync.output)?.[0] ?? ''}`,
    );
  }
  removeDb('region-template.db');
  const walls = runs.map((r) => r.wall).sort((a, b) => a - b);
  const median = walls[Math.floor(walls.length / 2)]!;
  const syncPeak = Math.max(...runs.map((r) => r.syncPeak));
  const hubPeak = Math.max(...runs.map((r) => r.hubPeak));
  line(
    'wall time of tessera sync, median',
    `${fmt(median, 2)} s`,
    `goal < 5 s  ${verdict(median < 5)}  (runs: ${walls.map((w) => fmt(w, 2)).join(', ')} s)`,
  );
  line(
    'baseline: tessera --help',
    `${fmt(idle.ms / 1000, 2)} s`,
    `start-up alone (fastest of the runs); ratio ${fmt(median / (idle.ms / 1000), 1)}; the sync itself ~${fmt(median - idle.ms / 1000, 2)} s`,
  );
  line(
    'peak RSS, tessera sync (max)',
    `${fmt(syncPeak)} MB`,
    `goal < 300 MB  ${verdict(syncPeak < 300)}  (baseline tessera --help: ${fmt(idle.peakRssMb ?? NaN)} MB)`,
  );
  line(
    'peak RSS, hub (max)',
    `${fmt(hubPeak)} MB`,
    `goal < 300 MB  ${verdict(hubPeak < 300)}  (baseline: the seeded hub at rest ${fmt(runs[0]!.hubAtRest)} MB)`,
  );
}

/** 3. Steady state: 25 regions pushing 1,000 changes each at once, against one after another. */
async function steadyState(): Promise<void> {
  console.log(
    `\n3. Steady state: ${STEADY_REGIONS.length} regions each pushing ${fmt(STEADY_EACH)} new changes to one hub`,
  );
  const h = await hub('steady-hub.db');
  const tokens = await syncTokens(h.db, STEADY_REGIONS);
  mkdirSync(join(dir, 'steady'));
  const stores = await Promise.all(
    STEADY_REGIONS.map((id) => Store.open({ url: file(`steady/${id}.db`), instance: id })),
  );
  try {
    const syncAll = async (concurrent: boolean) => {
      const one = (s: Store) =>
        syncWithHub({
          store: s,
          hubUrl: h.url,
          token: tokens.get(s.instance)!,
          fetch: fetchWithRetry,
        });
      const t0 = performance.now();
      const reports = concurrent
        ? await Promise.all(stores.map(one))
        : await stores.reduce<Promise<SyncReport[]>>(
            async (acc, s) => [...(await acc), await one(s)],
            Promise.resolve([]),
          );
      return {
        seconds: (performance.now() - t0) / 1000,
        pushed: reports.reduce((n, r) => n + r.push.applied, 0),
        agree: reports.every((r) => r.agree),
      };
    };
    const generate = async (prngSeed: number) => {
      for (const s of stores)
        await writeGenerated(
          s,
          generateRecords(await loadWorld(s), STEADY_EACH, { seed: prngSeed }),
        );
    };
    // every region has synced once (the directory pulled), as in steady operation
    await syncAll(true);
    await generate(1);
    flushDisk();
    resetPeak(h.pid);
    const sequential = await syncAll(false);
    const sequentialPeak = memoryMb(h.pid).peak;
    await generate(2);
    flushDisk();
    const peakReset = resetPeak(h.pid);
    const concurrent = await syncAll(true);
    const hubMem = memoryMb(h.pid);
    line(
      '25 regions at once: total time',
      `${fmt(concurrent.seconds, 2)} s`,
      `${fmt(concurrent.pushed)} changes, ${fmt(concurrent.pushed / concurrent.seconds)} changes/s${concurrent.agree ? '' : '  WARNING: not all agree'}`,
    );
    line(
      'baseline: one after another',
      `${fmt(sequential.seconds, 2)} s`,
      `${fmt(sequential.pushed)} changes, ${fmt(sequential.pushed / sequential.seconds)} changes/s; ratio at once / in turn ${fmt(concurrent.seconds / sequential.seconds, 2)}`,
    );
    line(
      'hub peak RSS, 25 at once',
      `${fmt(hubMem.peak)} MB`,
      `goal < 300 MB  ${verdict(hubMem.peak < 300)}  (baseline, one after another: ${fmt(sequentialPeak)} MB${peakReset ? '' : '; peaks include start-up'})`,
    );
  } finally {
    for (const s of stores) s.close();
    await h.stop();
  }
}

console.log(
  `Sync benchmarks on 127.0.0.1, BENCH_SCALE=${scale}, node ${process.version}, tessera ${fromSource ? 'from sources (tsx)' : 'built (packages/cli/dist)'}, files in ${dir}`,
);
/** `BENCH_ONLY=1,3` runs some of the benchmarks. */
const only = new Set((process.env['BENCH_ONLY'] ?? '1,2,3').split(',').map((x) => x.trim()));
try {
  if (only.has('1')) await hubIngest();
  if (only.has('2')) await initialSync();
  if (only.has('3')) await steadyState();
  if (resets.retries)
    console.log(
      `\nNote: ${resets.retries} sync requests were sent again after the hub reset a keep-alive connection under them (HubClient does not retry; see the report).`,
    );
} finally {
  for (const h of hubs) await h.stop();
  rmSync(dir, { recursive: true, force: true });
  if (profileDir) console.log(`\nCPU profiles of the child processes: ${profileDir}`);
}
