import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findEntity, naturalId, parseOrThrow } from '@tessera/core';
import { Store, seedEngland } from '@tessera/store';
import { runCli } from '../program.js';
import { generateRecords } from './generate-records.js';
import type { GeneratedRecord } from './generation-state.js';
import { loadWorld, type GenerationWorld } from './load-world.js';
import { GENERATED_ENTITIES, PARENTS, planCounts } from './plan.js';
import { Prng, seedFrom } from '@tessera/core';
import { writeGenerated } from './write-generated.js';

/** Field values in order, with generated ids replaced by `entity#n` (ids differ between runs, by design). */
function normalise(records: GeneratedRecord[]): string[] {
  const label = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const r of records) {
    const n = seen.get(r.entity) ?? 0;
    seen.set(r.entity, n + 1);
    label.set(r.id, `${r.entity}#${n}`);
  }
  return records.map(
    (r) =>
      `${r.entity} ${JSON.stringify(r.fields, (_k, v: unknown) => (typeof v === 'string' && label.has(v) ? label.get(v) : v))}`,
  );
}

const dirs: string[] = [];
const stores: Store[] = [];
afterAll(() => {
  for (const s of stores) s.close();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

async function open(url: string, instance: string, seed: boolean): Promise<Store> {
  const store = await Store.open({ url, instance });
  stores.push(store);
  if (seed) await seedEngland(store);
  return store;
}

describe('the seeded PRNG', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    const c = new Prng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('takes whole numbers as they are and hashes other text', () => {
    expect(seedFrom('7')).toBe(7);
    expect(seedFrom('england')).toBe(seedFrom('england'));
    expect(seedFrom('england')).not.toBe(seedFrom('wales'));
  });
});

describe('planCounts', () => {
  it('sums to exactly n and never leaves a record without what it refers to', () => {
    for (const n of [0, 1, 2, 3, 5, 7, 10, 19, 20, 33, 50, 99, 100, 1001, 12_345]) {
      const plan = planCounts(n);
      expect([...plan.values()].reduce((a, b) => a + b, 0)).toBe(n);
      for (const [child, parents] of Object.entries(PARENTS)) {
        if (plan.get(child)! > 0)
          for (const p of parents)
            expect(plan.get(p), `${n}: ${child} needs ${p}`).toBeGreaterThan(0);
      }
    }
  });

  it('follows the mix: a third of the records are measure values, a few are memberships', () => {
    const plan = planCounts(10_000);
    expect(plan.get('measure-value')).toBe(3000);
    expect(plan.get('membership')).toBe(200);
    expect(planCounts(500, { membership: 1 }).get('membership')).toBe(500);
    expect(() => planCounts(10, { planet: 1 })).toThrow(/planet/);
  });
});

describe('generateRecords on the seeded England directory', () => {
  let world: GenerationWorld;
  let records: GeneratedRecord[];
  beforeAll(async () => {
    const store = await open(':memory:', 'ahsn-oxford', true);
    world = await loadWorld(store);
    records = [...generateRecords(world, 3000, { seed: 11 })];
  }, 60_000);

  it("draws on the instance's own network and the trusts in its footprint", () => {
    expect(world.synthetic).toBe(false);
    expect(world.home).toMatchObject({
      key: 'ahsn-oxford',
      type: 'ahsn',
      id: naturalId('network', 'ahsn-oxford'),
    });
    expect(world.ldp.type).toBe('ldp');
    expect(world.organisations.length).toBeGreaterThan(5);
    const orgs = new Set(world.organisations.map((o) => o.id));
    for (const r of records)
      if (typeof r.fields['organisationId'] === 'string')
        expect(orgs.has(r.fields['organisationId'])).toBe(true);
  });

  it('is deterministic: the same seed gives the same field values in the same order', () => {
    const again = [...generateRecords(world, 3000, { seed: 11 })];
    expect(again.map((r) => r.id)).not.toEqual(records.map((r) => r.id));
    expect(normalise(again)).toEqual(normalise(records));
    expect(normalise([...generateRecords(world, 3000, { seed: 12 })])).not.toEqual(
      normalise(records),
    );
  });

  it("makes every record valid for its entity's schema, and refers only to records made before it", () => {
    const made = new Set<string>();
    for (const r of records) {
      const def = findEntity(r.entity);
      expect(def, r.entity).toBeDefined();
      expect(
        () => parseOrThrow(def!.schema, r.fields),
        `${r.entity} ${JSON.stringify(r.fields)}`,
      ).not.toThrow();
      for (const key of [
        'cohortId',
        'participantId',
        'enrolmentId',
        'poolId',
        'projectId',
        'measureId',
      ]) {
        if (key in r.fields)
          expect(made.has(r.fields[key] as string), `${r.entity}.${key}`).toBe(true);
      }
      made.add(r.id);
    }
    expect(new Set(records.map((r) => r.entity))).toEqual(new Set(GENERATED_ENTITIES));
  });

  it('gives participants realistic protected characteristics (ONS 2011 England: about 86% white)', async () => {
    const people = [...generateRecords(world, 20_000, { seed: 3, mix: { participant: 1 } })].map(
      (r) => r.fields,
    );
    const share = (pred: (p: Record<string, unknown>) => boolean) =>
      people.filter(pred).length / people.length;
    expect(share((p) => String(p['ethnicity']).startsWith('white_'))).toBeGreaterThan(0.8);
    expect(share((p) => String(p['ethnicity']).startsWith('white_'))).toBeLessThan(0.88);
    expect(share((p) => p['sex'] === 'female')).toBeGreaterThan(0.7);
    expect(share((p) => p['ethnicity'] === 'not_stated')).toBeGreaterThan(0.01);
  });

  it('keeps activity dates in 2015-2016 and measure values one per date', () => {
    for (const r of records) {
      for (const key of [
        'since',
        'approvedOn',
        'startDate',
        'enrolledOn',
        'completedOn',
        'setOn',
        'addedOn',
        'assessedOn',
        'date',
      ]) {
        const v = r.fields[key];
        if (typeof v === 'string')
          expect(v >= '2015-01-01' && v <= '2016-12-31', `${r.entity}.${key} ${v}`).toBe(true);
      }
    }
    const perMeasure = new Map<string, string[]>();
    for (const r of records.filter((x) => x.entity === 'measure-value'))
      perMeasure.set(r.fields['measureId'] as string, [
        ...(perMeasure.get(r.fields['measureId'] as string) ?? []),
        r.fields['date'] as string,
      ]);
    for (const dates of perMeasure.values()) expect(new Set(dates).size).toBe(dates.length);
  });
});

describe('writing generated records', () => {
  it('writes exactly n region-owned records, each valid when read back, with the outbox filled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-generate-'));
    dirs.push(dir);
    // seeded: the directory the generated records name (references are checked on every write)
    const store = await open(`file:${join(dir, 'ldp.db')}`, 'ldp-london', true);
    const world = await loadWorld(store);
    expect(world.synthetic).toBe(false);
    expect(world.profile.name).toBe('london');
    const counts = await writeGenerated(store, generateRecords(world, 1234, { seed: 5 }));
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(1234);
    let total = 0;
    for (const entity of GENERATED_ENTITIES) {
      const rows = await store.repo(entity).all({ owner: 'ldp-london' });
      expect(rows.length, entity).toBe(counts.get(entity) ?? 0);
      const def = findEntity(entity)!;
      for (const row of rows) {
        const {
          id: _id,
          owner: _owner,
          version: _version,
          deleted: _deleted,
          createdAt: _c,
          updatedAt: _u,
          ...fields
        } = row;
        expect(() => parseOrThrow(def.schema, fields)).not.toThrow();
      }
      total += rows.length;
    }
    expect(total).toBe(1234);
    const log = await store.client.execute(
      "select count(*) from change_log where owner = 'ldp-london'",
    );
    expect(Number(log.rows[0]![0])).toBe(1234);
  });

  it('tessera generate writes n records, prints a summary per entity, and refuses the hub', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-generate-'));
    dirs.push(dir);
    const db = `file:${join(dir, 'a.db')}`;
    // the directory the generated records name (references are checked on every write)
    (await open(db, 'ahsn-wessex', true)).close();
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s) };
    const code = await runCli(
      ['generate', '--db', db, '--records', '250', '--seed', '9', '--instance', 'ahsn-wessex'],
      io,
    );
    expect(code, err.join('\n')).toBe(0);
    expect(err.join('\n') + out.join('\n')).toMatch(/total\s+250 /);
    expect(out.join('\n')).toMatch(/measure-value\s+75/);
    const store = await open(db, 'ahsn-wessex', false);
    let n = 0;
    for (const e of GENERATED_ENTITIES)
      n += (await store.repo(e).all({ owner: 'ahsn-wessex' })).length;
    expect(n).toBe(250);
    expect(
      await runCli(
        ['generate', '--db', `file:${join(dir, 'hub.db')}`, '--records', '5', '--instance', 'hub'],
        io,
      ),
    ).toBe(1);
    expect(err.join('\n')).toContain('not the hub');
    expect(await runCli(['generate', '--db', db, '--records', '0'], io)).not.toBe(0);
  });
});
