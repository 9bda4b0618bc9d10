import { isDomainError } from '@tessera/core';
import type { Store } from '@tessera/store';
import { changeLog, syncQuarantine } from '@tessera/store';
import { eq } from 'drizzle-orm';
import { faultPoint } from '../fault-point.js';
import {
  MAX_BATCH_BYTES,
  MAX_BATCH_CHANGES,
  PUSH_IN_FLIGHT,
  changeKey,
  type PushResult,
} from '../protocol.js';
import type { HubClient } from './hub-client.js';
import { localMaxSeq, nextBatch, type PreparedBatch } from './outbox.js';
import { startNewEpoch } from './reconcile.js';
import { readSyncState, writeSyncState } from './sync-state.js';

/** Whether this log holds, at `seq` of the epoch, the change the hub says it applied last. */
async function followsLog(store: Store, base: number, seq: number, key: string): Promise<boolean> {
  if (seq === 0) return true;
  const [row] = await store.db
    .select()
    .from(changeLog)
    .where(eq(changeLog.seq, base + seq))
    .limit(1);
  return (
    row !== undefined &&
    changeKey({
      entity: row.entity,
      id: row.recordId,
      version: row.version,
      payload: row.payload,
    }) === key
  );
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

/** A batch on its way to the hub, and the hub's answer (settled: never an unhandled rejection). */
interface InFlight {
  batch: PreparedBatch;
  answer: Promise<{ ok: true; result: PushResult } | { ok: false; error: unknown }>;
}

/**
 * Pushes the outbox to the hub until it is empty: batches in log order, marking each acknowledged
 * only after the hub's answer (a crash in between re-sends a batch the hub then ignores). Up to
 * `inFlight` batches are on their way at once (default 2): the hub applies one while the next
 * travels and is read, and applies an origin's batches in the order they arrive. A 413 halves the
 * batch; a gap behind rewinds to where the hub is (a restored hub); a hub ahead of this log, or an
 * unknown epoch, starts a new epoch (a restored or recreated local).
 */
export async function pushAll(
  store: Store,
  hub: HubClient,
  options: {
    maxChanges?: number;
    maxBytes?: number;
    inFlight?: number;
    onProgress?: (p: PushProgress) => void;
  } = {},
): Promise<PushReport> {
  const bounds = {
    maxChanges: options.maxChanges ?? MAX_BATCH_CHANGES,
    maxBytes: options.maxBytes ?? MAX_BATCH_BYTES,
  };
  const depth = Math.max(1, options.inFlight ?? PUSH_IN_FLIGHT);
  const report: PushReport = {
    batches: 0,
    applied: 0,
    ignored: 0,
    quarantined: 0,
    resets: 0,
    splits: 0,
  };
  const reset = async () => {
    if (++report.resets > 3)
      throw new Error(
        'sync: the hub and this instance keep disagreeing on sequences after 3 new epochs; stopping',
      );
    await startNewEpoch(store, hub);
  };
  let state = await readSyncState(store);
  const flight: InFlight[] = [];
  const send = (batch: PreparedBatch) => {
    faultPoint('push:before-send');
    flight.push({
      batch,
      answer: hub.push(batch.body).then(
        (result) => ({ ok: true as const, result }),
        (error: unknown) => ({ ok: false as const, error }),
      ),
    });
  };
  /** Waits for every batch still on its way, and returns their answers in order. */
  const land = async () => Promise.all(flight.splice(0).map((f) => f.answer));

  /**
   * Records the hub's answer to `batch`: `ok`, or `moved` when the hub acknowledged another range
   * (batches still on their way were read from a position that no longer holds, though their
   * answers are still the hub's word), or `reset` when a new epoch started (they are not).
   */
  const accept = async (
    batch: PreparedBatch,
    result: PushResult,
    total: number,
  ): Promise<'ok' | 'moved' | 'reset'> => {
    faultPoint('push:after-answer');
    report.batches++;
    report.applied += result.applied;
    report.ignored += result.ignored;
    report.quarantined += result.quarantined.length;
    if (
      result.lastSeq > total ||
      !(await followsLog(store, state.base, result.lastChangeSeq, result.lastChangeKey))
    ) {
      // the hub has more of this epoch than this log holds, or another change at the same place:
      // this database was restored from a backup (and perhaps written since)
      await land();
      await reset();
      return 'reset';
    }
    const now = new Date().toISOString();
    const acked = Math.max(result.lastSeq, state.acked);
    await store.write(async (tx) => {
      for (const q of result.quarantined) {
        await tx.insert(syncQuarantine).values({
          origin: store.instance,
          epoch: state.epoch,
          seq: q.seq,
          entity: q.entity,
          recordId: q.id,
          version: q.version,
          reason: q.reason,
          at: now,
        });
      }
      await writeSyncState(tx, { acked, resetPending: false, lastSuccessAt: now, lastError: null });
    });
    options.onProgress?.({ phase: 'push', acked: result.lastSeq, total, applied: report.applied });
    if (acked !== batch.toSeq) return 'moved';
    state = { ...state, acked, resetPending: false };
    return 'ok';
  };
  /**
   * Waits for every batch still on its way and records, in order, the answers that came (each is
   * the hub's word, whatever happened to the batch before), up to the first that did not or a new
   * epoch. Returns whether any was recorded.
   */
  const landAll = async (total: number): Promise<boolean> => {
    const batches = flight.map((f) => f.batch);
    const answers = await land();
    let recorded = false;
    for (const [i, a] of answers.entries()) {
      if (!a.ok) break;
      recorded = true;
      if ((await accept(batches[i]!, a.result, total)) === 'reset') break;
    }
    return recorded;
  };

  for (;;) {
    // keep `depth` batches on their way; each one after the first is read on the assumption that
    // the hub acknowledges all of the one before
    while (flight.length < depth) {
      const last = flight.at(-1)?.batch;
      const batch = await nextBatch(
        store,
        last ? { ...state, acked: last.toSeq, resetPending: false } : state,
        bounds,
      );
      if (!batch) break;
      send(batch);
      // let the request start before the next is read
      if (flight.length < depth) await new Promise<void>((r) => setImmediate(r));
    }
    const total = await localMaxSeq(store, state.base);
    const head = flight.shift();
    if (!head) {
      options.onProgress?.({ phase: 'push', acked: state.acked, total, applied: report.applied });
      return report;
    }
    const answer = await head.answer;
    if (answer.ok) {
      if ((await accept(head.batch, answer.result, total)) !== 'ok') {
        await landAll(total);
        state = await readSyncState(store);
      }
      continue;
    }
    // a later batch the hub applied proves this one applied (the hub refuses gaps): what was lost is the answer
    const recovered = await landAll(total);
    state = await readSyncState(store);
    if (recovered) continue;
    const e = answer.error;
    if (
      isDomainError(e) &&
      e.code === 'payload_too_large' &&
      (bounds.maxChanges > 1 || bounds.maxBytes > 1024)
    ) {
      bounds.maxChanges = Math.max(1, Math.floor(bounds.maxChanges / 2));
      bounds.maxBytes = Math.max(1024, Math.floor(bounds.maxBytes / 2));
      report.splits++;
      continue;
    }
    if (isDomainError(e) && e.code === 'sequence_gap') {
      const expected = Number(
        (e.data as { expectedSeq?: number } | undefined)?.expectedSeq ??
          (e as unknown as { problem?: { expectedSeq?: number } }).problem?.expectedSeq,
      );
      if (
        Number.isInteger(expected) &&
        expected >= 1 &&
        expected <= state.acked + 1 &&
        !(expected === 1 && state.acked === 0)
      ) {
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
}
