import { applyAssessmentDecisions, type Store } from '@tessera/store';
import { ownedDigest } from '../digest.js';
import { HubClient, type QuarantineItem } from './hub-client.js';
import { checkHubPlugins } from './check-hub-plugins.js';
import { pullAll, type PullProgress } from './pull.js';
import { pushAll, type PushProgress, type PushReport } from './push.js';
import { repairDivergence } from './repair.js';
import { mirrorQuarantine } from './mirror-quarantine.js';
import { readSyncState, writeSyncState } from './sync-state.js';

export interface SyncOptions {
  store: Store;
  hubUrl: string;
  token: string;
  /** After syncing, compare digests and, if they differ, repair by re-sending what differs. */
  verify?: boolean;
  maxChanges?: number;
  maxBytes?: number;
  /** Push batches on their way to the hub at once (default `PUSH_IN_FLIGHT`). */
  inFlight?: number;
  onProgress?: (p: PushProgress | PullProgress) => void;
  fetch?: typeof fetch;
}

export interface SyncReport {
  push: PushReport;
  pull: { pages: number; applied: number };
  /** The hub's and this instance's digests of this instance's records. */
  local: { records: number; digest: string };
  hub: { records: number; digest: string } | null;
  agree: boolean;
  /** This instance's changes the hub has set aside (quarantine): not in sync while there are any. */
  quarantined: QuarantineItem[];
  repaired: number;
  /** Wall time of each phase, in milliseconds. */
  ms: { push: number; pull: number; compare: number };
}

/**
 * One sync with the hub: push until the outbox is empty, pull until caught up, then compare what
 * both hold of this instance's records. With `verify`, a divergence is repaired and checked again.
 * @example await syncWithHub({ store, hubUrl: 'http://127.0.0.1:8788', token })
 */
export async function syncWithHub(options: SyncOptions): Promise<SyncReport> {
  const { store } = options;
  const hub = new HubClient({
    hubUrl: options.hubUrl,
    token: options.token,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  try {
    // the token's instance first (a cheap read the hub refuses to a token of another instance)
    await hub.quarantine(store.instance);
    // a shared plugin entity the hub does not run would be quarantined there: refuse before pushing
    await checkHubPlugins(store, hub);
    const t0 = performance.now();
    const push = await pushAll(store, hub, {
      ...(options.maxChanges ? { maxChanges: options.maxChanges } : {}),
      ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
      ...(options.inFlight ? { inFlight: options.inFlight } : {}),
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    const t1 = performance.now();
    const pull = await pullAll(
      store,
      hub,
      options.onProgress ? { onProgress: options.onProgress } : {},
    );
    // the regional team's decisions (hub records) on this instance's returns and plans: the owner
    // applies them to its own records, and sends the result back at once
    if ((await applyAssessmentDecisions(store)) > 0) {
      const again = await pushAll(store, hub);
      push.applied += again.applied;
    }
    const t2 = performance.now();
    let repaired = 0;
    let { local, remote } = await compare(store, hub);
    if (options.verify && local.digest !== remote?.digest) {
      repaired = await repairDivergence(store, hub);
      const again = await pushAll(store, hub);
      push.applied += again.applied;
      ({ local, remote } = await compare(store, hub));
    }
    const { items: quarantined } = await hub.quarantine(store.instance);
    await mirrorQuarantine(store, (await readSyncState(store)).epoch, quarantined);
    const ms = {
      push: Math.round(t1 - t0),
      pull: Math.round(t2 - t1),
      compare: Math.round(performance.now() - t2),
    };
    return {
      push,
      pull,
      local,
      hub: remote,
      agree: remote !== null && remote.digest === local.digest,
      quarantined,
      repaired,
      ms,
    };
  } catch (e) {
    await store
      .write((tx) => writeSyncState(tx, { lastError: (e as Error).message.slice(0, 500) }))
      .catch(() => {});
    throw e;
  }
}

async function compare(store: Store, hub: HubClient) {
  // the hub computes its digest while this instance computes its own
  const [local, status] = await Promise.all([
    ownedDigest(store, store.instance),
    hub.status(store.instance),
  ]);
  const origin = status.origins.find((o) => o.origin === store.instance);
  const remote = origin
    ? { records: origin.records, digest: origin.digest }
    : local.records + local.tombstones === 0
      ? { records: 0, digest: local.digest }
      : null;
  return { local: { records: local.records, digest: local.digest }, remote };
}
