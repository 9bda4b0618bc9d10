import type { Store } from '@tessera/store';
import {
  MAX_BATCH_BYTES,
  MAX_BATCH_CHANGES,
  PUSH_IN_FLIGHT,
  type PushResult,
} from '../protocol.js';
import type { HubClient } from './hub-client.js';
import type { PreparedBatch } from './outbox.js';
import { startNewEpoch } from './reconcile.js';
import { readSyncState, type SyncState } from './sync-state.js';

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

export interface PushOptions {
  maxChanges?: number;
  maxBytes?: number;
  inFlight?: number;
  onProgress?: (p: PushProgress) => void;
}

/** A batch on its way to the hub, and the hub's answer (settled: never an unhandled rejection). */
export interface InFlight {
  batch: PreparedBatch;
  answer: Promise<{ ok: true; result: PushResult } | { ok: false; error: unknown }>;
}

/** What one `pushAll` works with: its bounds, the sync state it last read, its batches in flight. */
export interface PushRun {
  store: Store;
  hub: HubClient;
  options: PushOptions;
  /** Batch bounds (halved on each 413). */
  bounds: { maxChanges: number; maxBytes: number };
  /** How many batches may be on their way at once. */
  depth: number;
  report: PushReport;
  state: SyncState;
  flight: InFlight[];
}

/** Starts a push: the options' bounds and depth, an empty report, the stored sync state. */
export async function openPushRun(
  store: Store,
  hub: HubClient,
  options: PushOptions,
): Promise<PushRun> {
  return {
    store,
    hub,
    options,
    bounds: {
      maxChanges: options.maxChanges ?? MAX_BATCH_CHANGES,
      maxBytes: options.maxBytes ?? MAX_BATCH_BYTES,
    },
    depth: Math.max(1, options.inFlight ?? PUSH_IN_FLIGHT),
    report: { batches: 0, applied: 0, ignored: 0, quarantined: 0, resets: 0, splits: 0 },
    state: await readSyncState(store),
    flight: [],
  };
}

/** Tells the caller how far the hub has acknowledged. */
export function reportProgress(run: PushRun, acked: number, total: number): void {
  run.options.onProgress?.({ phase: 'push', acked, total, applied: run.report.applied });
}

/** Starts a new epoch at the hub, giving up after 3 (the two keep disagreeing). */
export async function resetEpoch(run: PushRun): Promise<void> {
  if (++run.report.resets > 3)
    throw new Error(
      'sync: the hub and this instance keep disagreeing on sequences after 3 new epochs; stopping',
    );
  await startNewEpoch(run.store, run.hub);
}
