import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store, changeLog } from '@tessera/store';
import { PushBatch } from '../protocol.js';
import { nextBatch, pageQuery } from './outbox.js';
import { readSyncState, type SyncState } from './sync-state.js';

const ctx = { actor: 'test', actorRole: 'admin' };
/** Names that JSON must escape, and one holding the separator the outbox joins changes with. */
const AWKWARD = [
  'Quote " and backslash \\',
  'Line\nbreak\ttab',
  'Separator \u001e inside',
  'Unicode: Saint-Étienne, 東京, 🚑',
  "King's",
];

let store: Store;
beforeEach(async () => {
  store = await Store.open({ url: ':memory:', instance: 'ahsn-test' });
});
afterEach(() => store.close());

/** Every batch from the start of the log, as the push would send them (each acknowledged in full). */
async function allBatches(bounds: { maxChanges: number; maxBytes: number }, state?: SyncState) {
  let s = state ?? (await readSyncState(store));
  const out: { body: string; batch: PushBatch }[] = [];
  for (;;) {
    const next = await nextBatch(store, s, bounds);
    if (!next) return out;
    const batch = PushBatch.parse(JSON.parse(next.body));
    expect([batch.fromSeq, batch.toSeq, batch.changes.length]).toEqual([
      next.fromSeq,
      next.toSeq,
      next.changes,
    ]);
    out.push({ body: next.body, batch });
    s = { ...s, acked: next.toSeq };
  }
}

describe('the outbox', () => {
  it('serialises each own change exactly as logged, in order, covering every sequence once; others’ entries carry nothing', async () => {
    const orgs = store.repo('organisations');
    const made = [];
    for (const [i, name] of AWKWARD.entries())
      made.push(
        await orgs.create(
          { odsCode: `R${i}X`, name, type: 'acute', postcode: i % 2 ? 'SE5 9RS' : undefined },
          ctx,
        ),
      );
    // entries of another owner in this log (as a seed writes national records): they advance the range only
    await store.write((tx) =>
      orgs.upsertManyIn(
        tx,
        [
          {
            id: '01900000-0000-7000-8000-000000000001',
            fields: { odsCode: 'RHUB', name: 'National', type: 'acute' },
          },
        ],
        ctx,
        'hub',
      ),
    );
    await orgs.update(made[0]!.id, { name: 'Renamed "again"' }, ctx);
    await orgs.delete(made[1]!.id, ctx);

    const log = await store.db.select().from(changeLog).orderBy(changeLog.seq);
    const batches = await allBatches({ maxChanges: 3, maxBytes: 1024 * 1024 });
    // contiguous ranges from 1 to the end of the log
    expect(batches.map((b) => [b.batch.fromSeq, b.batch.toSeq])).toEqual([
      [1, 3],
      [4, 6],
      [7, 8],
    ]);
    const sent = batches.flatMap((b) => b.batch.changes);
    const own = log.filter((l) => l.owner === 'ahsn-test');
    expect(sent.map((c) => c.seq)).toEqual(own.map((l) => l.seq));
    for (const [i, c] of sent.entries()) {
      const l = own[i]!;
      expect(c).toEqual({
        seq: l.seq,
        entity: l.entity,
        id: l.recordId,
        owner: l.owner,
        version: l.version,
        op: l.op,
        payload: l.payload,
      });
    }
    expect(sent.map((c) => c.payload?.['name'])).toEqual([
      ...AWKWARD,
      'Renamed "again"',
      AWKWARD[1],
    ]);
    for (const b of batches)
      expect(b.batch).toMatchObject({ origin: 'ahsn-test', epoch: store.epoch, schemaVersion: 1 });
    // sequences are JSON integers, not SQLite reals ("seq":1.0)
    for (const b of batches) expect(b.body).toMatch(/"seq":\d+,/);
    for (const b of batches) expect(b.body).not.toMatch(/"seq":\d+\./);
  });

  it('keeps each batch within the byte bound (one change alone may exceed it) and numbers sequences within the epoch', async () => {
    const orgs = store.repo('organisations');
    for (let i = 0; i < 40; i++)
      await orgs.create(
        { odsCode: `R${i}Y`, name: `Trust ${i} ${'x'.repeat(i * 4)}`, type: 'acute' },
        ctx,
      );
    const maxBytes = 800;
    const batches = await allBatches({ maxChanges: 1000, maxBytes });
    expect(batches.length).toBeGreaterThan(5);
    for (const b of batches) {
      if (b.batch.changes.length > 1)
        expect(Buffer.byteLength(b.body)).toBeLessThanOrEqual(maxBytes);
    }
    expect(batches.flatMap((b) => b.batch.changes.map((c) => c.seq))).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );

    // a later epoch starts after `base`: sequences are renumbered from 1 and the first batch says reset
    const state = {
      ...(await readSyncState(store)),
      base: 30,
      acked: 0,
      resetPending: true,
      epoch: 'epoch-2',
    };
    const again = await allBatches({ maxChanges: 4, maxBytes: 1024 * 1024 }, state);
    expect(again.map((b) => [b.batch.fromSeq, b.batch.toSeq, b.batch.reset ?? false])).toEqual([
      [1, 4, true],
      [5, 8, false],
      [9, 10, false],
    ]);
    expect(again[0]!.batch.changes[0]!.payload?.['odsCode']).toBe('R30Y');
  });

  it('reads a page in seq order without sorting inside the aggregates, exactly as with the sort spelled out', async () => {
    const orgs = store.repo('organisations');
    for (let i = 0; i < 30; i++) {
      await orgs.create(
        { odsCode: `R${i}Z`, name: AWKWARD[i % AWKWARD.length]!, type: 'acute' },
        ctx,
      );
      if (i % 4 === 0)
        await store.write((tx) =>
          orgs.upsertManyIn(
            tx,
            [
              {
                id: `01900000-0000-7000-8000-0000000000${String(i).padStart(2, '0')}`,
                fields: { odsCode: `H${i}X`, name: 'National', type: 'acute' },
              },
            ],
            ctx,
            'hub',
          ),
        );
    }
    const state = await readSyncState(store);
    for (const bounds of [
      { maxChanges: 7, maxBytes: 1 << 20 },
      { maxChanges: 1000, maxBytes: 900 },
    ]) {
      const plain = (await store.client.execute(pageQuery(store, state, bounds, false))).rows[0]!;
      const sorted = (await store.client.execute(pageQuery(store, state, bounds, true))).rows[0]!;
      expect([plain[0], plain[1]]).toEqual([sorted[0], sorted[1]]);
      const seqs = (JSON.parse(String(plain[0])) as [number][]).map((e) => e[0]);
      expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    }
  });

  it('has nothing to send from an empty log or once everything is acknowledged', async () => {
    const state = await readSyncState(store);
    expect(await nextBatch(store, state, { maxChanges: 10, maxBytes: 10_000 })).toBeNull();
    await store.repo('organisations').create({ odsCode: 'RZZ', name: 'Z', type: 'acute' }, ctx);
    expect(
      await nextBatch(store, { ...state, acked: 1 }, { maxChanges: 10, maxBytes: 10_000 }),
    ).toBeNull();
  });
});
