import { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { ForbiddenError, ValidationError, naturalId, speaksForNetwork } from '@tessera/core';
import { Store } from '../store.js';
import { seedEngland } from '../seed/seed-england.js';
import { setSuppressionFloor } from '../suppression-floor.js';
import { importRecords } from '../import/import-records.js';
import { collectionRows } from '../import/collection-rows.js';

const ctx = { actor: 'test', actorRole: 'editor' };
const net = (key: string) => naturalId('network', key);

const stores: Store[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.close()));
async function open(instance: string): Promise<Store> {
  const s = await Store.open({ url: ':memory:', instance });
  stores.push(s);
  await seedEngland(s, { trusts: false });
  return s;
}

async function failure(write: () => Promise<unknown>): Promise<unknown> {
  try {
    await write();
  } catch (e) {
    return e;
  }
  return undefined;
}

/** A published table that keeps its threshold `threshold` (no count shown below it). */
const table = (threshold: number) => ({
  population: 'participants',
  characteristic: 'sex',
  groupBy: 'organisation',
  threshold,
  categories: ['female', 'male', 'other'],
  rows: [
    {
      group: 'g1',
      cells: [{ value: 3 }, { value: 2 }, { value: 0 }],
      total: { value: 5 },
    },
  ],
  columnTotals: [{ value: 3 }, { value: 2 }, { value: 0 }],
  grandTotal: { value: 5 },
  computedOn: '2015-10-01',
});

describe('a region writes the records of its own network only', () => {
  it('binds ahsn-/ldp- instances to their network; others (hub, local, tests) to every network', () => {
    expect(speaksForNetwork('ahsn-wessex', { key: 'ahsn-wessex', owner: 'hub' })).toBe(true);
    expect(speaksForNetwork('ahsn-wessex', { key: 'ahsn-oxford', owner: 'hub' })).toBe(false);
    expect(speaksForNetwork('ldp-london', { key: 'ldp-london', owner: 'hub' })).toBe(true);
    expect(speaksForNetwork('ahsn-wessex', { key: 'x', owner: 'ahsn-wessex' })).toBe(true);
    expect(
      speaksForNetwork('ahsn-wessex', {
        key: 'coalition-wessex',
        owner: 'hub',
        parentKey: 'ahsn-wessex',
      }),
    ).toBe(true);
    expect(speaksForNetwork('hub', { key: 'ahsn-oxford', owner: 'hub' })).toBe(true);
    expect(speaksForNetwork('test-local', { key: 'ahsn-oxford', owner: 'hub' })).toBe(true);
  });

  it("refuses (403 network_authority) Wessex's business plans, returns, offers and memberships for Oxford", async () => {
    const wessex = await open('ahsn-wessex');
    const org = await wessex
      .repo('organisation')
      .create({ odsCode: 'PX1', name: 'Partner', type: 'other' }, ctx);
    const inputs: [string, Record<string, unknown>][] = [
      ['business-plan', { year: '2015/16', title: 'Plan' }],
      ['assurance-return', { period: '2015-Q3' }],
      ['offer', { title: 'Offer', kind: 'programme', audience: [] }],
      ['membership', { organisationId: org.id, tier: 'core' }],
    ];
    for (const [entity, input] of inputs) {
      const e = await failure(() =>
        wessex.repo(entity).create({ ...input, networkId: net('ahsn-oxford') }, ctx),
      );
      expect(e, entity).toBeInstanceOf(ForbiddenError);
      expect((e as ForbiddenError).message).toContain('network_authority');
      expect(
        (await wessex.repo(entity).all({ networkId: net('ahsn-oxford') })).filter(
          (r) => r.owner === 'ahsn-wessex',
        ),
      ).toEqual([]);
    }
    // its own network: written
    const m = await wessex
      .repo('membership')
      .create({ organisationId: org.id, networkId: net('ahsn-wessex'), tier: 'core' }, ctx);
    // and a change may not move it to another network
    const moved = await failure(() =>
      wessex.repo('membership').update(m.id, { networkId: net('ahsn-oxford') }, ctx),
    );
    expect(moved).toBeInstanceOf(ForbiddenError);
    // nor may an import
    const csv = `organisationId,networkId,tier\n${org.id},${net('ahsn-oxford')},associate\n`;
    const imported = await failure(() =>
      importRecords(wessex, collectionRows(Readable.from([csv]), wessex.repo('membership').def)),
    );
    expect(imported).toBeInstanceOf(ForbiddenError);
  });

  it('lets a local (test) instance write for any network', async () => {
    const local = await open('test-local');
    const org = await local
      .repo('organisation')
      .create({ odsCode: 'PX2', name: 'Partner', type: 'other' }, ctx);
    const m = await local
      .repo('membership')
      .create({ organisationId: org.id, networkId: net('ahsn-oxford'), tier: 'core' }, ctx);
    expect(m.version).toBe(1);
  });
});

describe('a published aggregate never goes below the suppression floor', () => {
  it('refuses a threshold below the floor on create and on change, on every path', async () => {
    const wessex = await open('ahsn-wessex');
    const repo = wessex.repo('diversity-aggregate');
    const low = await failure(() => repo.create(table(2), ctx));
    expect(low).toBeInstanceOf(ValidationError);
    expect((low as ValidationError).issues[0]).toMatchObject({
      path: ['threshold'],
      code: 'below_suppression_floor',
    });
    const ok = await repo.create(
      {
        ...table(10),
        rows: [],
        columnTotals: [{ value: 0 }, { value: 0 }, { value: 0 }],
        grandTotal: { value: 0 },
      },
      ctx,
    );
    const lowered = await failure(() => repo.update(ok.id, { threshold: 2 }, ctx));
    expect(lowered).toBeInstanceOf(ValidationError);
    expect((await repo.get(ok.id))?.threshold).toBe(10);
    // raised: fine
    expect((await repo.update(ok.id, { threshold: 20 }, ctx)).threshold).toBe(20);
    const bulk = await failure(() =>
      wessex.write((tx) =>
        repo.upsertManyIn(tx, [{ id: ok.id, fields: table(3) }], ctx, 'ahsn-wessex'),
      ),
    );
    expect(bulk).toBeInstanceOf(ValidationError);
  });

  it("follows the instance's configured floor", async () => {
    const wessex = await open('ahsn-wessex');
    await setSuppressionFloor(wessex, 5);
    const repo = wessex.repo('diversity-aggregate');
    const empty = {
      rows: [],
      columnTotals: [{ value: 0 }, { value: 0 }, { value: 0 }],
      grandTotal: { value: 0 },
    };
    expect((await repo.create({ ...table(5), ...empty }, ctx)).threshold).toBe(5);
    expect(await failure(() => repo.create({ ...table(4), ...empty }, ctx))).toBeInstanceOf(
      ValidationError,
    );
  });
});
