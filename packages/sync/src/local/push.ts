import type { Store } from '@tessera/store';
import type { HubClient } from './hub-client.js';
import { localMaxSeq } from './outbox.js';
import { acceptAnswer, landAll } from './push-answer.js';
import { fillFlight } from './push-flight.js';
import { handleRefusal } from './push-refusal.js';
import { openPushRun, reportProgress, type PushOptions, type PushReport } from './push-run.js';
import { readSyncState } from './sync-state.js';

export type { PushOptions, PushProgress, PushReport } from './push-run.js';

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
  options: PushOptions = {},
): Promise<PushReport> {
  const run = await openPushRun(store, hub, options);
  for (;;) {
    await fillFlight(run);
    const total = await localMaxSeq(store, run.state.base);
    const head = run.flight.shift();
    if (!head) {
      reportProgress(run, run.state.acked, total);
      return run.report;
    }
    const answer = await head.answer;
    if (answer.ok) {
      if ((await acceptAnswer(run, head.batch, answer.result, total)) !== 'ok') {
        await landAll(run, total);
        run.state = await readSyncState(store);
      }
      continue;
    }
    // a later batch the hub applied proves this one applied (the hub refuses gaps): what was lost
    // is the answer
    const recovered = await landAll(run, total);
    run.state = await readSyncState(store);
    if (!recovered) await handleRefusal(run, answer.error);
  }
}
