import { and, asc, gt, max } from 'drizzle-orm';
import { SCHEMA_VERSION } from '@tessera/core';
import { changeLog, type Store } from '@tessera/store';
import type { PushBatch, SyncChange } from '../protocol.js';
import type { SyncState } from './sync-state.js';

/** The highest sequence of the current epoch in the local log (0 if none). */
export async function localMaxSeq(store: Store, base: number): Promise<number> {
  const [row] = await store.db.select({ m: max(changeLog.seq) }).from(changeLog);
  return Math.max(0, (row?.m ?? 0) - base);
}

/**
 * The next push batch after the acknowledged sequence: in log order, bounded by count and by
 * serialised bytes, reading the log a page at a time (memory stays bounded however long the
 * backlog). Entries that are not this instance's own advance the range but carry nothing.
 * Returns the batch and its serialised body, or null when there is nothing to push.
 */
export async function nextBatch(store: Store, state: SyncState, bounds: { maxChanges: number; maxBytes: number }): Promise<{ batch: PushBatch; body: string } | null> {
  const from = state.base + state.acked;
  const rows = await store.db.select().from(changeLog).where(and(gt(changeLog.seq, from))).orderBy(asc(changeLog.seq)).limit(bounds.maxChanges);
  if (rows.length === 0) return null;
  const changes: SyncChange[] = [];
  let bytes = 300;
  let toSeq = state.acked;
  for (const r of rows) {
    const seq = r.seq - state.base;
    if (r.owner === store.instance) {
      const change: SyncChange = { seq, entity: r.entity, id: r.recordId, owner: r.owner, version: r.version, op: r.op, payload: (r.payload as Record<string, unknown> | null) ?? null };
      const size = Buffer.byteLength(JSON.stringify(change)) + 1;
      if (changes.length > 0 && bytes + size > bounds.maxBytes) break;
      bytes += size;
      changes.push(change);
    }
    toSeq = seq;
  }
  const batch: PushBatch = { origin: store.instance, epoch: state.epoch, schemaVersion: SCHEMA_VERSION, fromSeq: state.acked + 1, toSeq, changes, ...(state.resetPending && state.acked === 0 ? { reset: true } : {}) };
  return { batch, body: JSON.stringify(batch) };
}
