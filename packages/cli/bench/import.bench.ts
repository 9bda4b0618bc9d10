/**
 * `pnpm bench:import`: onboarding by import, on real files in a temp dir.
 * 1. `tessera import organisations FILE.csv` of 100,000 organisations (a child process, so its peak
 *    RSS is its own): rows/s end to end (parse, place in AHSN and LDP, validate, write each
 *    organisation with its two memberships, change log and audit, one transaction), against a raw
 *    `@libsql/client` insert of the same organisation rows into a table of the same shape in one
 *    transaction, in the same run. Goal: ratio >= 0.3.
 * 2. Memory: the import's peak RSS at 100,000 rows against 10,000 rows (flat: the file streams).
 *    Goal: < 200 MB.
 * `BENCH_SCALE=0.1` scales the counts down.
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '@tessera/store';
import { fromSource, runTessera } from './processes.js';

const scale = Number(process.env['BENCH_SCALE'] ?? 1);
if (!(scale > 0))
  throw new Error(`BENCH_SCALE must be a number > 0, not ${process.env['BENCH_SCALE']}`);
const LARGE = Math.max(100, Math.round(100_000 * scale));
const SMALL = Math.max(10, Math.round(LARGE / 10));

const dir = mkdtempSync(join(tmpdir(), 'tessera-bench-import-'));
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const line = (label: string, value: string, rest = '') =>
  console.log(`  ${label.padEnd(40)} ${value.padStart(16)}   ${rest}`);

/** Offices with the postcode areas the shipped mapping places (London needs its areas). */
const PLACES: [office: string, area: string][] = [
  ['Q70', 'SO'],
  ['Q71', 'SE'],
  ['Q71', 'N'],
  ['Q71', 'W'],
  ['Q72', 'LS'],
  ['Q74', 'NE'],
  ['Q75', 'L'],
  ['Q76', 'DE'],
  ['Q77', 'B'],
  ['Q78', 'LE'],
  ['Q79', 'NR'],
  ['Q80', 'EX'],
  ['Q81', 'BN'],
  ['Q82', 'OX'],
  ['Q83', 'M'],
  ['Q84', 'PR'],
];
const TYPES = ['primary_care', 'care_home', 'voluntary', 'independent', 'local_authority'];

/** A CSV of `n` organisations with a header, written as a stream. */
async function writeCsv(path: string, n: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('odsCode,name,type,postcode,localOffice,openedOn\n');
  for (let i = 0; i < n; i++) {
    const [office, area] = PLACES[i % PLACES.length]!;
    const code = `Y${String(i).padStart(6, '0')}`;
    const row = `${code},"Member Organisation ${i}, ${area}",${TYPES[i % TYPES.length]},${area}${(i % 9) + 1} ${(i % 9) + 1}AB,${office},2015-04-01\n`;
    if (!out.write(row)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function importFile(n: number): Promise<{ seconds: number; peakMb: number | null }> {
  const csv = join(dir, `organisations-${n}.csv`);
  await writeCsv(csv, n);
  spawnSync('sync', { stdio: 'ignore' });
  const db = `file:${join(dir, `import-${n}.db`)}`;
  const r = await runTessera(
    ['import', 'organisations', csv, '--db', db, '--instance', 'ahsn-bench'],
    { peakRssFile: join(dir, `peak-${n}`) },
  );
  if (!new RegExp(`${n} rows; ${n} created`).test(r.output))
    throw new Error(`the import did not create every row:\n${r.output}`);
  return { seconds: r.ms / 1000, peakMb: r.peakRssMb };
}

/** The same organisation rows, raw, into a table of the same shape in a fresh file, one transaction. */
async function rawInsert(n: number): Promise<number> {
  const source = await Store.open({ url: `file:${join(dir, `import-${n}.db`)}` });
  const rows = await source.client.execute('select * from organisations');
  source.close();
  const raw = await Store.open({ url: `file:${join(dir, 'raw.db')}`, instance: 'raw' });
  try {
    const shape = await raw.client.execute(
      "select sql from sqlite_master where tbl_name = 'organisations' and sql is not null",
    );
    await raw.client.execute('drop table organisations');
    for (const r of shape.rows) await raw.client.execute(String(r[0]));
    const insert = `insert into organisations (${rows.columns.map((c) => `"${c}"`).join(', ')}) values (${rows.columns.map(() => '?').join(', ')})`;
    spawnSync('sync', { stdio: 'ignore' });
    const t0 = performance.now();
    const tx = await raw.client.transaction('write');
    for (const r of rows.rows)
      await tx.execute({ sql: insert, args: rows.columns.map((_, i) => r[i]) as never });
    await tx.commit();
    return (performance.now() - t0) / 1000;
  } finally {
    raw.close();
  }
}

async function main(): Promise<void> {
  console.log(
    `tessera import organisations (${fromSource ? 'from source, with tsx' : 'built binary'}), temp dir ${dir}`,
  );
  const small = await importFile(SMALL);
  const large = await importFile(LARGE);
  const rawS = await rawInsert(LARGE);
  const rate = LARGE / large.seconds;
  const rawRate = LARGE / rawS;
  console.log(`\n1. Import of ${fmt(LARGE)} organisations from CSV`);
  line(
    'tessera import (end to end, a process)',
    `${fmt(rate)} rows/s`,
    `${fmt(large.seconds, 1)} s, each with 2 memberships, change log and audit`,
  );
  line('baseline: raw libSQL insert, one tx', `${fmt(rawRate)} rows/s`, `${fmt(rawS, 1)} s`);
  const ratio = rate / rawRate;
  line('ratio', fmt(ratio, 2), `goal >= 0.30: ${ratio >= 0.3 ? 'ok' : 'MISSED'}`);
  console.log(`\n2. Memory of the import (peak RSS)`);
  line(`${fmt(SMALL)} rows`, `${fmt(small.peakMb ?? Number.NaN)} MB`);
  line(
    `${fmt(LARGE)} rows`,
    `${fmt(large.peakMb ?? Number.NaN)} MB`,
    `goal < 200 MB: ${(large.peakMb ?? Number.POSITIVE_INFINITY) < 200 ? 'ok' : 'MISSED'}; ${fmt(LARGE / SMALL)}x the rows, ${fmt((large.peakMb ?? 0) - (small.peakMb ?? 0))} MB more`,
  );
}

try {
  await main();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
