import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Store, seedEngland } from '@tessera/store';
import { runCli } from '../program.js';

const storeRoot = dirname(createRequire(import.meta.url).resolve('@tessera/store/package.json'));
const ETR = join(storeRoot, 'src/seed/data/etr.csv');
const BAD = join(storeRoot, 'src/import/__fixtures__/organisations-one-bad-row.csv');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'tessera-import-'));
  dirs.push(d);
  return d;
};
/**
 * A region's database holding the hub's structure (geographies, networks: what a pull brings) and,
 * with `measure`, an organisation, project and measure of its own: references are checked.
 */
async function regionDb(db: string, measure = false): Promise<string> {
  const store = await Store.open({ url: db, instance: 'ahsn-wessex' });
  try {
    await seedEngland(store, { trusts: false });
    if (!measure) return '';
    const writer = { actor: 'test', actorRole: 'editor' };
    const org = await store.repo('organisation').create({ name: 'Partner', type: 'other' }, writer);
    const project = await store
      .repo('improvement-project')
      .create(
        { title: 'Flow', type: 'service_improvement', organisationId: org.id, aim: 'Less wait' },
        writer,
      );
    const m = await store
      .repo('measure')
      .create(
        { projectId: project.id, name: 'Waits', kind: 'outcome', definition: 'Wait', unit: 'days' },
        writer,
      );
    return m.id;
  } finally {
    store.close();
  }
}

const run = async (args: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out, err };
};

describe('tessera import / export', () => {
  it('imports the ODS trust file; the second import changes nothing', async () => {
    const db = `file:${join(tmp(), 'wessex.db')}`;
    await regionDb(db);
    const first = await run([
      'import',
      'organisations',
      ETR,
      '--db',
      db,
      '--instance',
      'ahsn-wessex',
    ]);
    expect(first.code).toBe(0);
    expect(first.out[0]).toMatch(
      /241 rows; 238 created, 0 updated, 0 unchanged, 3 skipped, 0 refused; membership: 11 created/,
    );
    expect(first.out).toContain('  line 129: skipped: RQF: outside England (Wales)');
    const second = await run(['import', 'organisations', ETR, '--db', db]);
    expect(second.code).toBe(0);
    expect(second.out[0]).toMatch(/0 created, 0 updated, 238 unchanged/);
  });

  it('writes nothing when a row is refused, names the line, and exits 1; --partial writes the rest', async () => {
    const dir = tmp();
    const db = `file:${join(dir, 'x.db')}`;
    await regionDb(db);
    const r = await run(['import', 'organisations', BAD, '--db', db, '--instance', 'ahsn-wessex']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('  line 3: refused: openedOn: Invalid ISO date');
    expect(r.out).toContain('Nothing was written (run with --partial to write the other rows).');
    const out = join(dir, 'orgs.json');
    await run(['export', 'organisations', '--db', db, '--format', 'json', '--out', out]);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual([]);
    const partial = await run(['import', 'organisations', BAD, '--db', db, '--partial']);
    expect(partial.code).toBe(0);
    expect(partial.out[0]).toMatch(/2 created/);
  });

  it('imports and exports any collection by its fields, and a re-import of the export changes nothing', async () => {
    const dir = tmp();
    const db = `file:${join(dir, 'x.db')}`;
    const m = await regionDb(db, true);
    const values = join(dir, 'values.csv');
    writeFileSync(
      values,
      `measureId,date,value,note\n${m},2015-04-01,12.5,\n${m},2015-05-01,13,"new rota, started"\n`,
    );
    const imported = await run([
      'import',
      'measure-values',
      values,
      '--db',
      db,
      '--instance',
      'ahsn-wessex',
    ]);
    expect(imported.code).toBe(0);
    expect(imported.out[0]).toMatch(/2 rows; 2 created/);
    const csv = join(dir, 'export.csv');
    expect((await run(['export', 'measure-values', '--db', db, '--out', csv])).out).toEqual([
      `2 measure-values written to ${csv}`,
    ]);
    const text = readFileSync(csv, 'utf8');
    expect(text.split('\n')[0]).toBe(
      'id,owner,version,createdAt,updatedAt,measureId,date,value,note',
    );
    expect(text).toContain('"new rota, started"');
    const again = await run(['import', 'measure-values', csv, '--db', db]);
    expect(again.out[0]).toMatch(/2 rows; 0 created, 0 updated, 2 unchanged/);
    const json = join(dir, 'export.json');
    await run(['export', 'measure-values', '--db', db, '--format', 'json', '--out', json]);
    expect(
      (JSON.parse(readFileSync(json, 'utf8')) as { value: number }[]).map((v) => v.value).sort(),
    ).toEqual([12.5, 13]);
  });

  it('names each bad line of a collection CSV and refuses an unknown column', async () => {
    const dir = tmp();
    const db = `file:${join(dir, 'x.db')}`;
    const bad = join(dir, 'bad.csv');
    writeFileSync(
      bad,
      'measureId,date,value\nm-1,2015-04-01,1\nm-1,2015-04-02,lots\nm-1,2015-04-03\n',
    );
    const r = await run(['import', 'measure-values', bad, '--db', db, '--instance', 'ahsn-wessex']);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      '  line 3: refused: value: Invalid input: expected number, received string',
    );
    expect(r.out).toContain('  line 4: refused: 2 cells where the header has 3');
    const unknown = join(dir, 'unknown.csv');
    writeFileSync(unknown, 'measureId,colour\nm-1,red\n');
    const u = await run(['import', 'measure-values', unknown, '--db', db]);
    expect(u.code).toBe(1);
    expect(u.err.join('\n')).toMatch(/header of a measure-values CSV/);
  });
});
