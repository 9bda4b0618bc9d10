/**
 * Personal data leaves its instance only as suppressed aggregates, whoever computes them: a region
 * that skipped suppression (or a hostile client with its sync token) pushes a diversity table
 * showing a small count, or one whose lone suppressed cell its totals give away. The hub sets the
 * change aside (`invalid_payload`, with its reason), stores and serves nothing of it, and the region's
 * queue moves on. A region's own store refuses to hold such a table in the first place.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ValidationError, newId } from '@tessera/core';
import { Cleanup, WRITER, call, hubAndTwoRegions } from './_harness.js';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

const table = (cell: { value: number } | { suppressed: true }, rowTotal: number) => ({
  population: 'participants',
  characteristic: 'sex',
  groupBy: 'programme',
  threshold: 10,
  computedOn: '2015-10-01',
  categories: ['female', 'male'],
  rows: [
    { group: 'Programme A', cells: [{ value: 40 }, cell], total: { value: rowTotal } },
    { group: 'Programme B', cells: [{ value: 25 }, { value: 30 }], total: { value: 55 } },
  ],
  columnTotals: [{ value: 65 }, { value: 30 + rowTotal - 40 }],
  grandTotal: { value: 55 + rowTotal },
});

describe('no unsuppressed table reaches the hub', () => {
  it('a pushed table with a small count or a recoverable one is set aside; nothing of it is stored', async () => {
    const { hub, a } = await hubAndTwoRegions(cleanup);
    const small = newId('region-a');
    const recoverable = newId('region-a');
    const fine = newId('region-a');
    const push = await call(hub.url, '/api/v1/sync/push', {
      token: a.syncToken,
      body: {
        origin: 'region-a',
        epoch: 'raw-client-epoch',
        schemaVersion: 1,
        fromSeq: 1,
        toSeq: 3,
        changes: [
          {
            seq: 1,
            entity: 'diversity-aggregate',
            id: small,
            owner: 'region-a',
            version: 1,
            op: 'upsert',
            payload: table({ value: 3 }, 43),
          },
          {
            seq: 2,
            entity: 'diversity-aggregate',
            id: recoverable,
            owner: 'region-a',
            version: 1,
            op: 'upsert',
            payload: {
              ...table({ suppressed: true }, 43),
              columnTotals: [{ value: 65 }, { value: 33 }],
            },
          },
          {
            seq: 3,
            entity: 'diversity-aggregate',
            id: fine,
            owner: 'region-a',
            version: 1,
            op: 'upsert',
            payload: table({ value: 12 }, 52),
          },
        ],
      },
    });
    expect(push.status).toBe(200);
    expect(push.body['applied']).toBe(1);
    expect(push.body['quarantined']).toMatchObject([
      { id: small, code: 'invalid_payload' },
      { id: recoverable, code: 'invalid_payload' },
    ]);
    const repo = hub.store.repo('diversity-aggregate');
    expect(await repo.get(small)).toBeUndefined();
    expect(await repo.get(recoverable)).toBeUndefined();
    expect(await repo.get(fine)).toBeDefined();
    // set aside with the reason, for the region's operator to see
    const held = await hub.store.client.execute(
      "SELECT record_id, reason FROM sync_quarantine WHERE origin = 'region-a' ORDER BY seq",
    );
    expect(held.rows.map((r) => [r['record_id'], r['reason']])).toEqual([
      [small, expect.stringMatching(/rows\.0\.cells\.1: shows 3, below the table's threshold 10/)],
      [recoverable, expect.stringMatching(/alone in its line/)],
    ]);
    // and the region's own store never holds one
    await expect(
      a.store.repo('diversity-aggregate').create(table({ value: 3 }, 43), WRITER),
    ).rejects.toThrow(ValidationError);
  });
});
