import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { idMintedBy, naturalId } from '@tessera/core';
import { Store } from '../store.js';
import { changeLog } from '../schema/system-tables.js';
import { seedEngland } from '../seed/seed-england.js';
import { importOrganisations } from './import-organisations.js';

const file = (path: string) => createReadStream(fileURLToPath(new URL(path, import.meta.url)));
const ETR = '../seed/data/etr.csv';
const ECCG = './__fixtures__/eccg-sample.csv';

const stores: Store[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.close()));
const open = async (instance = 'ahsn-wessex') => {
  const s = await Store.open({ url: ':memory:', instance });
  stores.push(s);
  // the geographies and networks the rows name (a region holds them once it has pulled)
  await seedEngland(s, { trusts: false });
  return s;
};
const logged = async (s: Store) => (await s.db.select().from(changeLog)).length;

describe('tessera import organisations', () => {
  it('imports the ODS trust file, and a second import changes nothing', async () => {
    const store = await open();
    const first = await importOrganisations(store, file(ETR));
    expect(first).toMatchObject({ rows: 241, created: 238, updated: 0, unchanged: 0 });
    expect(first).toMatchObject({ skippedCount: 3, refusedCount: 0, written: true });
    expect(first.skipped.map((s) => s.reason)).toEqual([
      'RQF: outside England (Wales)',
      'RT4: outside England (Wales)',
      'RYT: outside England (Wales)',
    ]);
    // every English trust placed; a region records the memberships of its own network only (the
    // others are their networks' to record): Wessex's 11 trusts
    expect(first.related['membership']).toEqual({ created: 11, updated: 0, unchanged: 0 });
    const wessex = naturalId('network', 'ahsn-wessex');
    expect((await store.repo('membership').all()).every((m) => m['networkId'] === wessex)).toBe(
      true,
    );
    const [rjz] = await store.repo('organisation').all({ odsCode: 'RJZ' });
    expect(rjz).toMatchObject({
      name: "King's College Hospital NHS Foundation Trust",
      owner: 'ahsn-wessex',
      geographyId: naturalId('geography', 'london'),
    });
    // a region's records live under ids it minted (the hub refuses others); at the hub, the seed's ids
    expect(idMintedBy(rjz!.id, 'ahsn-wessex')).toBe(true);
    const hub = await open('hub');
    await importOrganisations(hub, file(ECCG));
    const [lambeth] = await hub.repo('organisation').all({ odsCode: '08K' });
    expect(lambeth!.id).toBe(naturalId('organisation', '08K'));
    const before = await logged(store);
    const second = await importOrganisations(store, file(ETR));
    expect(second).toMatchObject({ rows: 241, created: 0, updated: 0, unchanged: 238 });
    expect(second.related['membership']).toEqual({ created: 0, updated: 0, unchanged: 11 });
    expect(await logged(store)).toBe(before);
  });

  it('changes nothing where the England seed already holds the trusts (the hub owns them)', async () => {
    const store = await open();
    await seedEngland(store);
    const before = await logged(store);
    const report = await importOrganisations(store, file(ETR));
    expect(report).toMatchObject({ created: 0, updated: 0, unchanged: 238, refusedCount: 0 });
    expect(await logged(store)).toBe(before);
  });

  it('refuses a change to a record another instance owns, naming the line', async () => {
    const store = await open();
    await seedEngland(store);
    const csv = 'odsCode,name\nRJZ,Renamed By A Region\n';
    const report = await importOrganisations(store, Readable.from([csv]));
    expect(report.written).toBe(false);
    expect(report.refused).toEqual([
      {
        line: 2,
        errors: [
          {
            path: '',
            message: expect.stringMatching(/belongs to instance "hub": only it may change/),
          },
        ],
      },
    ]);
  });

  it('writes nothing when one row is refused, and names its line and field', async () => {
    const store = await open();
    const before = await logged(store);
    const report = await importOrganisations(
      store,
      file('./__fixtures__/organisations-one-bad-row.csv'),
    );
    expect(report).toMatchObject({ rows: 3, refusedCount: 1, written: false, created: 0 });
    expect(report.refused).toEqual([
      { line: 3, errors: [{ path: 'openedOn', message: expect.any(String) }] },
    ]);
    expect(await store.repo('organisation').count()).toBe(0);
    expect(await logged(store)).toBe(before);
    // --partial writes the good rows
    const partial = await importOrganisations(
      store,
      file('./__fixtures__/organisations-one-bad-row.csv'),
      { partial: true },
    );
    expect(partial).toMatchObject({ created: 2, refusedCount: 1, written: true });
    expect(await store.repo('organisation').count()).toBe(2);
  });

  it('refuses a repeated ODS code, a bad code and an unknown column', async () => {
    const store = await open();
    const report = await importOrganisations(
      store,
      Readable.from(['odsCode,name\nABC12,One\nABC12,Again\n!!,Bad\n']),
    );
    expect(report.refused).toEqual([
      { line: 3, errors: [{ path: '', message: 'the same record as line 2' }] },
      { line: 4, errors: [{ path: 'odsCode', message: 'expected an ODS code like RJZ' }] },
    ]);
    await expect(
      importOrganisations(store, Readable.from(['odsCode,name,colour\nABC12,One,red\n'])),
    ).rejects.toMatchObject({ code: 'validation', issues: [{ path: ['header', 'colour'] }] });
    expect(await store.repo('organisation').count()).toBe(0);
  });

  it('refuses a file that is not CSV as a validation error naming the line, whatever the quote error', async () => {
    const store = await open();
    for (const text of [
      'odsCode,name,type\nZZC01,Na"me,acute\n', // a quote inside a field
      'odsCode,name\nZZC01,"One\n', // an unclosed quote
      'odsCode,name\n"ZZC01"x,One\n', // text after a closing quote
      '{"zzzUnknown":1}',
    ])
      await expect(importOrganisations(store, Readable.from([text])), text).rejects.toMatchObject({
        code: 'validation',
      });
    expect(await store.repo('organisation').count()).toBe(0);
  });

  it('places CCGs of the ODS eccg layout: Lambeth in the Health Innovation Network, Southampton in Wessex', async () => {
    // an instance bound to no network records every placement (one bound to its AHSN: its own only)
    const store = await open('test-local');
    const report = await importOrganisations(store, file(ECCG));
    expect(report).toMatchObject({ created: 5, refusedCount: 0 });
    const ahsnOf = async (ods: string) => {
      const [org] = await store.repo('organisation').all({ odsCode: ods });
      const ms = await store.repo('membership').all({ organisationId: org!.id });
      return ms
        .map((m) => m['networkId'])
        .filter((n) => String(n).length > 0)
        .sort();
    };
    const [lambeth] = await store.repo('organisation').all({ odsCode: '08K' });
    expect(lambeth).toMatchObject({ name: 'NHS Lambeth CCG', type: 'commissioner' });
    expect(await ahsnOf('08K')).toContain(naturalId('network', 'ahsn-health-innovation-network'));
    expect(await ahsnOf('10X')).toContain(naturalId('network', 'ahsn-wessex'));
    expect(await ahsnOf('01W')).toContain(naturalId('network', 'ahsn-greater-manchester'));
  });
});
