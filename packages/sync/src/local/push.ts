import { ConflictError, DomainError } from '@tessera/core';
import type { Store } from '@tessera/store';
import { changeLog, syncQuarantine } from '@tessera/store';
import { eq } from 'drizzle-orm';
import { faultPoint } from '../fault-point.js';
import { MAX_BATCH_BYTES, MAX_BATCH_CHANGES, changeKey } from '../protocol.js';
import type { HubClient } from './hub-client.js';
import { localMaxSeq, nextBatch, type PreparedBatch } from './outbox.js';
import { startNewEpoch } from './reconcile.js';
import { readSyncState, writeSyncState } from './sync-state.js';

/** Whether this log holds, at `seq` of the epoch, the change the hub says it applied last. */
async function followsLog(store: Store, base: number, seq: number, key: string): Promise<boolean> {
  if (seq === 0) return true;
  const [row] = await store.db.select().from(changeLog).where(eq(changeLog.seq, base + seq)).limit(1);
  return row !== undefined && changeKey({ entity: row.entity, id: row.recordId, version: row.version, payload: row.payload }) === key;
}

export interface PushProgress {
  phase: 'push';
  acked: number;
  total: number;
  applied: number;
}

export interface PushReport {
  batches: number;
  applied: number;
  ignored: number;
  quarantined: number;
  resets: number;
  splits: number;
}

/**
 * Pushes the outbox to the hub until it is empty: batch after batch in log order, marking each
 * acknowledged only after the hub's answer (a crash in between re-sends a batch the hub then
 * ignores). A 413 halves the batch; a gap behind rewinds to where the hub is (a restored hub); a
 * hub ahead of this log, or an unknown epoch, starts a new epoch (a restored or recreated local).
 */
export async function pushAll(store: Store, hub: HubClient, options: { maxChanges?: number; maxBytes?: number; onProgress?: (p: PushProgress) => void } = {}): Promise<PushReport> {
  const bounds = { maxChanges: options.maxChanges ?? MAX_BATCH_CHANGES, maxBytes: options.maxBytes ?? MAX_BATCH_BYTES };
  const report: PushReport = { batches: 0, applied: 0, ignored: 0, quarantined: 0, resets: 0, splits: 0 };
  const reset = async () => {
    if (++report.resets > 3) throw new Error('sync: the hub and this instance keep disagreeing on sequences after 3 new epochs; stopping');
    await startNewEpoch(store, hub);
  };
  let state = await readSyncState(store);
  /** The next batch, read while the hub applies the one before (on the assumption that it acknowledges all of it). */
  let ahead: Promise<PreparedBatch | null> | undefined;
  const discardAhead = async () => {
    await ahead?.catch(() => null);
    ahead = undefined;
    state = await readSyncState(store);
  };
  for (;;) {
    const next = await (ahead ?? nextBatch(store, state, bounds));
    ahead = undefined;
    const total = await localMaxSeq(store, state.base);
    if (!next) {
      options.onProgress?.({ phase: 'push', acked: state.acked, total, applied: report.applied });
      return report;
    }
    faultPoint('push:before-send');
    const answer = hub.push(next.body);
    // once the request is on its way, read the following batch while the hub applies this one
    ahead = new Promise<void>((r) => setImmediate(r)).then(() => nextBatch(store, { ...state, acked: next.toSeq, resetPending: false }, bounds));
    ahead.catch(() => {}); // handled where it is awaited; never an unhandled rejection if this loop throws first
    let result;
    try {
      result = await answer;
    } catch (e) {
      await discardAhead();
      if (e instanceof DomainError && e.code === 'payload_too_large' && (bounds.maxChanges > 1 || bounds.maxBytes > 1024)) {
        bounds.maxChanges = Math.max(1, Math.floor(bounds.maxChanges / 2));
        bounds.maxBytes = Math.max(1024, Math.floor(bounds.maxBytes / 2));
        report.splits++;
        continue;
      }
      if (e instanceof ConflictError && e.code === 'sequence_gap') {
        const expected = Number((e.data as { expectedSeq?: number } | undefined)?.expectedSeq ?? (e as unknown as { problem?: { expectedSeq?: number } }).problem?.expectedSeq);
        if (Number.isInteger(expected) && expected >= 1 && expected <= state.acked + 1 && !(expected === 1 && state.acked === 0)) {
          // the hub is behind what it once acknowledged (restored or recreated): send again from there
          await store.write((tx) => writeSyncState(tx, { acked: expected - 1 }));
          state = await readSyncState(store);
          continue;
        }
        await reset();
        state = await readSyncState(store);
        continue;
      }
      throw e;
    }
    faultPoint('push:after-answer');
    report.batches++;
    report.applied += result.applied;
    report.ignored += result.ignored;
    report.quarantined += result.quarantined.length;
    if (result.lastSeq > total || !(await followsLog(store, state.base, result.lastChangeSeq, result.lastChangeKey))) {
      // the hub has more of this epoch than this log holds, or another change at the same place:
      // this database was restored from a backup (and perhaps written since)
      await discardAhead();
      await reset();
      state = await readSyncState(store);
      continue;
    }
    const now = new Date().toISOString();
    const acked = Math.max(result.lastSeq, state.acked);
    await store.write(async (tx) => {
      for (const q of result.quarantined) {
        await tx.insert(syncQuarantine).values({ origin: store.instance, epoch: state.epoch, seq: q.seq, entity: q.entity, recordId: q.id, version: q.version, reason: q.reason, at: now });
      }
      await writeSyncState(tx, { acked, resetPending: false, lastSuccessAt: now, lastError: null });
    });
    options.onProgress?.({ phase: 'push', acked: result.lastSeq, total, applied: report.applied });
    if (acked === next.toSeq) state = { ...state, acked, resetPending: false };
    else await discardAhead();
  }
}
