import { faultPoint } from '../fault-point.js';
import { nextBatch, type PreparedBatch } from './outbox.js';
import type { PushRun } from './push-run.js';

/** Sends `batch` to the hub; its answer (or failure) waits in the run's flight. */
export function sendBatch(run: PushRun, batch: PreparedBatch): void {
  faultPoint('push:before-send');
  run.flight.push({
    batch,
    answer: run.hub.push(batch.body).then(
      (result) => ({ ok: true as const, result }),
      (error: unknown) => ({ ok: false as const, error }),
    ),
  });
}

/**
 * Keeps `depth` batches on their way; each one after the first is read on the assumption that
 * the hub acknowledges all of the one before.
 */
export async function fillFlight(run: PushRun): Promise<void> {
  while (run.flight.length < run.depth) {
    const last = run.flight.at(-1)?.batch;
    const batch = await nextBatch(
      run.store,
      last ? { ...run.state, acked: last.toSeq, resetPending: false } : run.state,
      run.bounds,
    );
    if (!batch) break;
    sendBatch(run, batch);
    // let the request start before the next is read
    if (run.flight.length < run.depth) await new Promise<void>((r) => setImmediate(r));
  }
}

/** Waits for every batch still on its way, and returns their answers in order. */
export async function landFlight(run: PushRun) {
  return Promise.all(run.flight.splice(0).map((f) => f.answer));
}
