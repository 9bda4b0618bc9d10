import type { Store } from '@tessera/store';
import { changeLog, syncQuarantine } from '@tessera/store';
import { eq } from 'drizzle-orm';
import { faultPoint } from '../fault-point.js';
import { changeKey, type PushResult } from '../protocol.js';
import type { PreparedBatch } from './outbox.js';
import { landFlight } from './push-flight.js';
import { reportProgress, resetEpoch, type PushRun } from './push-run.js';
import { writeSyncState } from './sync-state.js';

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

/** Sets aside what the hub quarantined and records its acknowledgement, in one transaction. */
async function recordAnswer(run: PushRun, result: PushResult, acked: number): Promise<void> {
  const { store, state } = run;
  const now = new Date().toISOString();
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
}

/**
 * Records the hub's answer to `batch`: `ok`, or `moved` when the hub acknowledged another range
 * (batches still on their way were read from a position that no longer holds, though their
 * answers are still the hub's word), or `reset` when a new epoch started (they are not).
 */
export async function acceptAnswer(
  run: PushRun,
  batch: PreparedBatch,
  result: PushResult,
  total: number,
): Promise<'ok' | 'moved' | 'reset'> {
  faultPoint('push:after-answer');
  const { report } = run;
  report.batches++;
  report.applied += result.applied;
  report.ignored += result.ignored;
  report.quarantined += result.quarantined.length;
  if (
    result.lastSeq > total ||
    !(await followsLog(run.store, run.state.base, result.lastChangeSeq, result.lastChangeKey))
  ) {
    // the hub has more of this epoch than this log holds, or another change at the same place:
    // this database was restored from a backup (and perhaps written since)
    await landFlight(run);
    await resetEpoch(run);
    return 'reset';
  }
  const acked = Math.max(result.lastSeq, run.state.acked);
  await recordAnswer(run, result, acked);
  reportProgress(run, result.lastSeq, total);
  if (acked !== batch.toSeq) return 'moved';
  run.state = { ...run.state, acked, resetPending: false };
  return 'ok';
}

/**
 * Waits for every batch still on its way and records, in order, the answers that came (each is
 * the hub's word, whatever happened to the batch before), up to the first that did not or a new
 * epoch. Returns whether any was recorded.
 */
export async function landAll(run: PushRun, total: number): Promise<boolean> {
  const batches = run.flight.map((f) => f.batch);
  const answers = await landFlight(run);
  let recorded = false;
  for (const [i, a] of answers.entries()) {
    if (!a.ok) break;
    recorded = true;
    if ((await acceptAnswer(run, batches[i]!, a.result, total)) === 'reset') break;
  }
  return recorded;
}
