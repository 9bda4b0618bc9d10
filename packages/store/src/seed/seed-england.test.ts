import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { naturalId } from '@tessera/core';
import { Store } from '../store.js';
import { changeLog } from '../schema/system-tables.js';
import { seedEngland, loadShippedOds } from './seed-england.js';

const stores: Store[] = [];
afterEach(() => stores.splice(0).forEach((s) => s.close()));
const open = async (url = ':memory:', instance = 'hub') => {
  const s = await Store.open({ url, instance });
  stores.push(s);
  return s;
};

describe('seedEngland', () => {
  it('loads every reference fact of the review', async () => {
    const store = await open();
    const report = await seedEngland(store);
    expect(report.ods.unresolved).toEqual([]);
    const nets = store.repo('network');
    expect(await nets.count({ type: 'ahsn' })).toBe(15);
    expect(await nets.count({ type: 'improvement_coalition' })).toBe(15);
    expect(await nets.count({ type: 'senate' })).toBe(12);
    expect(await nets.count({ type: 'ldp' })).toBe(10);
    expect(await nets.count({ type: 'clinical_network' })).toBe(48);
    expect(await store.repo('geography').count({ kind: 'region' })).toBe(4);
    expect(await store.repo('geography').count({ kind: 'senate_geography' })).toBe(12);
    expect(await store.repo('recommendation').count()).toBe(16);
    expect(await store.repo('governing-board').count({ kind: 'improvement' })).toBe(1);
    expect(await store.repo('governing-board').count({ kind: 'leadership' })).toBe(1);
    expect(await store.repo('national-body').count({ kind: 'national_body' })).toBe(6);
    expect(await store.repo('finance-allocation').count()).toBe(12);
    expect(await store.repo('organisation').count()).toBe(loadShippedOds().trusts.length);
    expect(loadShippedOds().trusts.length).toBe(238);
  });

  it('puts King’s College Hospital in the Health Innovation Network', async () => {
    const store = await open();
    await seedEngland(store);
    const org = await store.repo('organisation').get(naturalId('organisation', 'RJZ'));
    expect(org?.name).toBe("King's College Hospital NHS Foundation Trust");
    const ms = await store.repo('membership').all({ organisationId: org!.id });
    const nets = await Promise.all(ms.map((m) => store.repo('network').get(m.networkId as string)));
    expect(nets.filter((n) => n?.type === 'ahsn').map((n) => n?.name)).toEqual([
      'Health Innovation Network (South London)',
    ]);
  });

  it('is idempotent: a second run changes nothing and logs nothing', async () => {
    const store = await open();
    const first = await seedEngland(store);
    const logged = (await store.db.select().from(changeLog)).length;
    const second = await seedEngland(store);
    expect(second.created).toBe(0);
    expect(second.updated).toBe(0);
    expect(second.unchanged).toBe(first.created);
    expect((await store.db.select().from(changeLog)).length).toBe(logged);
  });

  it('derives the same ids on a local instance seeded offline as on the hub, all owned by the hub', async () => {
    const hub = await open(':memory:', 'hub');
    const local = await open(':memory:', 'ahsn-oxford');
    await seedEngland(hub);
    await seedEngland(local);
    const ids = async (s: Store) =>
      (await s.repo('network').all()).map((n) => `${n.id}:${n.owner}:${n.version}`).sort();
    expect(await ids(local)).toEqual(await ids(hub));
    expect((await local.repo('organisation').all()).every((o) => o.owner === 'hub')).toBe(true);
  });

  it('keeps every record across a restart on the same file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tessera-seed-'));
    try {
      const url = `file:${join(dir, 'hub.db')}`;
      const a = await open(url);
      await seedEngland(a);
      const count = await a.repo('membership').count();
      a.close();
      stores.pop();
      const b = await open(url);
      expect(await b.repo('membership').count()).toBe(count);
      expect(b.epoch).toBe(a.epoch);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
