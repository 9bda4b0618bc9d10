import { isDomainError } from '@tessera/core';
import { resetEpoch, type PushRun } from './push-run.js';
import { readSyncState, writeSyncState } from './sync-state.js';

/** The sequence the hub expects next, from a `sequence_gap` refusal (NaN when it does not say). */
function expectedSeq(e: unknown): number {
  return Number(
    (e as { data?: { expectedSeq?: number } }).data?.expectedSeq ??
      (e as { problem?: { expectedSeq?: number } }).problem?.expectedSeq,
  );
}

/**
 * Answers a batch the hub refused (no later batch's answer vouching for it): a 413 halves the
 * batch; a gap behind rewinds to where the hub is (a restored hub); any other gap starts a new
 * epoch (a restored or recreated local). Anything else is thrown.
 */
export async function handleRefusal(run: PushRun, e: unknown): Promise<void> {
  const { bounds, store } = run;
  if (
    isDomainError(e) &&
    e.code === 'payload_too_large' &&
    (bounds.maxChanges > 1 || bounds.maxBytes > 1024)
  ) {
    bounds.maxChanges = Math.max(1, Math.floor(bounds.maxChanges / 2));
    bounds.maxBytes = Math.max(1024, Math.floor(bounds.maxBytes / 2));
    run.report.splits++;
    return;
  }
  if (!isDomainError(e) || e.code !== 'sequence_gap') throw e;
  const expected = expectedSeq(e);
  const { acked } = run.state;
  if (
    Number.isInteger(expected) &&
    expected >= 1 &&
    expected <= acked + 1 &&
    !(expected === 1 && acked === 0)
  ) {
    // the hub is behind what it once acknowledged (restored or recreated): send again from there
    await store.write((tx) => writeSyncState(tx, { acked: expected - 1 }));
  } else {
    await resetEpoch(run);
  }
  run.state = await readSyncState(store);
}
