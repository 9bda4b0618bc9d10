import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ForbiddenError, ValidationError } from '@tessera/core';
import { Store } from '../store.js';
import type { StoredRecord } from './entity-repository.js';
import { changeLog, auditLog } from '../schema/system-tables.js';

const ctx = { actor: 'test', actorRole: 'admin' };
let store: Store;
beforeEach(async () => {
  store = await Store.open({ url: ':memory:', instance: 'region-a' });
});
afterEach(() => store.close());

describe('EntityRepository', () => {
  it('creates, reads, updates and tombstones a record, logging each change with the audit trail', async () => {
    const orgs = store.repo('organisations');
    const created = await orgs.create(
      { odsCode: 'RJZ', name: "King's College Hospital", type: 'acute' },
      ctx,
    );
    expect(created).toMatchObject({
      owner: 'region-a',
      version: 1,
      deleted: false,
      odsCode: 'RJZ',
    });
    expect(created).not.toHaveProperty('postcode');
    const updated = await orgs.update(created.id, { postcode: 'SE5 9RS' }, ctx);
    expect(updated.version).toBe(2);
    expect((await orgs.get(created.id))?.postcode).toBe('SE5 9RS');
    await orgs.delete(created.id, ctx);
    expect(await orgs.get(created.id)).toBeUndefined();
    expect((await orgs.get(created.id, { includeDeleted: true }))?.deleted).toBe(true);
    const log = await store.db.select().from(changeLog);
    expect(log.map((l) => [l.seq, l.op, l.version])).toEqual([
      [1, 'upsert', 1],
      [2, 'upsert', 2],
      [3, 'delete', 3],
    ]);
    const audit = await store.db.select().from(auditLog);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });

  it('refuses invalid input with field paths and writes nothing', async () => {
    const orgs = store.repo('organisations');
    await expect(orgs.create({ name: 'X', type: 'spaceship' }, ctx)).rejects.toSatisfy(
      (e: unknown) => e instanceof ValidationError && e.issues[0]!.path[0] === 'type',
    );
    await expect(orgs.create({ name: 'X', type: 'acute', extra: 1 }, ctx)).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(await orgs.count()).toBe(0);
    expect(await store.db.select().from(changeLog)).toHaveLength(0);
  });

  it('keeps personal (local) fields out of the change log payload', async () => {
    // board members are national: written at the hub
    store.close();
    store = await Store.open({ url: ':memory:', instance: 'hub' });
    const members = store.repo('board-members');
    const board = await store
      .repo('governing-boards')
      .create({ key: 'b', name: 'Board', kind: 'leadership' }, ctx);
    await members.create(
      { boardId: board.id, personRef: 'p1', name: 'Dr Jane Doe', email: 'jane@example.org' },
      ctx,
    );
    const entry = (await store.db.select().from(changeLog)).find(
      (e) => e.entity === 'board-member',
    );
    expect(entry!.payload).toMatchObject({ boardId: board.id, personRef: 'p1' });
    expect(JSON.stringify(entry!.payload)).not.toContain('Jane');
    expect(JSON.stringify(entry!.payload)).not.toContain('jane@');
  });

  it('refuses to change a record another instance owns', async () => {
    const nets = store.repo('networks');
    const n = await store.write((tx) =>
      nets.createIn(tx, { key: 'oxford', name: 'Oxford AHSN', type: 'ahsn' }, ctx, {
        owner: 'hub',
      }),
    );
    await expect(nets.update(n.id, { name: 'Mine now' }, ctx)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    await expect(nets.delete(n.id, ctx)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await nets.get(n.id))?.name).toBe('Oxford AHSN');
  });

  it('pages in id order with an opaque cursor and filters by field', async () => {
    store.close();
    store = await Store.open({ url: ':memory:', instance: 'hub' });
    const nets = store.repo('networks');
    for (let i = 0; i < 7; i++)
      await nets.create({ key: `n${i}`, name: `N ${i}`, type: i % 2 ? 'ahsn' : 'ldp' }, ctx);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await nets.list({ limit: 3, ...(cursor ? { cursor } : {}) });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect([...seen].sort()).toEqual(seen);
    expect((await nets.list({ filters: { type: 'ahsn' } })).items).toHaveLength(3);
    await expect(nets.list({ filters: { colour: 'red' } })).rejects.toBeInstanceOf(ValidationError);
    await expect(nets.list({ cursor: 'garbage' })).rejects.toBeInstanceOf(ValidationError);
  });

  it('lists an owner’s ids and versions page by page, tombstones included, and applies remote changes only when newer', async () => {
    const orgs = store.repo('organisations');
    const mine: StoredRecord[] = [];
    for (let i = 0; i < 7; i++)
      mine.push(await orgs.create({ odsCode: `R${i}A`, name: `Org ${i}`, type: 'acute' }, ctx));
    await orgs.update(mine[2]!.id, { name: 'Org two' }, ctx);
    await orgs.delete(mine[4]!.id, ctx);
    const remote = (id: string, version: number, name: string) => ({
      entity: 'organisation',
      id,
      owner: 'region-b',
      version,
      op: 'upsert' as const,
      payload: { odsCode: 'RB1', name, type: 'acute' },
    });
    const theirs = '01900000-0000-7000-8000-0000000000bb';
    const first = await store.write((tx) =>
      orgs.applyRemoteIn(
        tx,
        [remote(theirs, 2, 'B v2'), remote(theirs, 3, 'B v3'), remote(mine[0]!.id, 9, 'not yours')],
        { log: false, now: 'x' },
      ),
    );
    expect([first.applied.length, first.ownerConflicts.map((c) => c.id)]).toEqual([
      2,
      [mine[0]!.id],
    ]);
    const again = await store.write((tx) =>
      orgs.applyRemoteIn(tx, [remote(theirs, 3, 'B v3 replayed')], { log: false, now: 'x' }),
    );
    expect([again.applied.length, again.stale.length, (await orgs.get(theirs))?.['name']]).toEqual([
      0,
      1,
      'B v3',
    ]);

    const pages = [];
    for await (const page of orgs.ownedVersions('region-a', 3)) pages.push(page);
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    const seen = pages.flat().sort((a, b) => a.id.localeCompare(b.id));
    expect(seen).toEqual(
      mine
        .map((m, i) => ({ id: m.id, version: i === 2 ? 2 : i === 4 ? 2 : 1, deleted: i === 4 }))
        .sort((a, b) => a.id.localeCompare(b.id)),
    );
    const other = [];
    for await (const page of orgs.ownedVersions('region-b')) other.push(...page);
    expect(other).toEqual([{ id: theirs, version: 3, deleted: false }]);
  });

  it('stores every double exactly through the bulk paths (reals are never read from JSON text)', async () => {
    // doubles SQLite's own text-to-double conversion gets one unit in the last place wrong
    const hard = [
      -4.387038116572475e-275,
      -2.457557159561393e-18,
      6.090275873030447e35,
      -7.039507651428439e-44,
      0.1 + 0.2,
      5e-324,
      1.7976931348623157e308,
    ];
    const measureId = '01900000-0000-7000-8000-0000000000aa';
    const changes = hard.map((value, i) => ({
      entity: 'measure-value',
      id: `01900000-0000-7000-8000-${String(i).padStart(12, '0')}`,
      owner: 'region-b',
      version: 1,
      op: 'upsert' as const,
      payload: { measureId, date: `2024-01-${String(i + 1).padStart(2, '0')}`, value },
    }));
    await store.write((tx) =>
      store.repo('measure-values').applyRemoteIn(tx, changes, { log: true, now: 'x' }),
    );
    const back = await store.repo('measure-values').all({ measureId });
    expect(back.map((r) => r['value'])).toEqual(hard);
    const logged = await store.db.select().from(changeLog);
    expect(logged.map((l) => (l.payload as { value: number }).value)).toEqual(hard);
  });

  it('stores a lone UTF-16 surrogate as U+FFFD through the bulk paths, and every read survives it', async () => {
    const id = '01900000-0000-7000-8000-0000000000cc';
    const change = {
      entity: 'organisation',
      id,
      owner: 'region-b',
      version: 1,
      op: 'upsert' as const,
      payload: { odsCode: 'RSU', name: 'Evil \ud800 name', type: 'acute' },
    };
    await store.write((tx) =>
      store.repo('organisations').applyRemoteIn(tx, [change], { log: true, now: 'x' }),
    );
    expect((await store.repo('organisations').get(id))?.['name']).toBe('Evil \ufffd name');
    expect((await store.repo('organisations').list()).items).toHaveLength(1);
    const versions = [];
    for await (const page of store.repo('organisations').ownedVersions('region-b'))
      versions.push(...page);
    expect(versions).toEqual([{ id, version: 1, deleted: false }]);
  });

  it('refuses read-only workflow fields on create and update', async () => {
    const ar = store.repo('assurance-returns');
    const n = await store.write((tx) =>
      store
        .repo('networks')
        .createIn(tx, { key: 'oxford', name: 'Oxford AHSN', type: 'ahsn' }, ctx, { owner: 'hub' }),
    );
    await expect(
      ar.create({ networkId: n.id, period: '2015-Q3', status: 'signed_off' }, ctx),
    ).rejects.toBeInstanceOf(ValidationError);
    const r = await ar.create({ networkId: n.id, period: '2015-Q3' }, ctx);
    expect(r.status).toBe('draft');
    await expect(ar.update(r.id, { status: 'signed_off' }, ctx)).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});

describe('Store.open', () => {
  it('refuses an unsupported URL with a clear message', async () => {
    await expect(Store.open({ url: 'postgres://x', instance: 'a' })).rejects.toThrow(
      /Unsupported database URL/,
    );
  });
});
