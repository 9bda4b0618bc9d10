import { count, eq } from 'drizzle-orm';
import { changeLog, syncQuarantine, type Store } from '@tessera/store';
import { gt, and } from 'drizzle-orm';
import { ownedDigest } from '../digest.js';
import { localMaxSeq } from './outbox.js';
import { readSyncState } from './sync-state.js';

export interface LocalStatus {
  role: 'local';
  instance: string;
  epoch: string;
  acked: number;
  logMax: number;
  /** Own changes not yet acknowledged by the hub. */
  backlog: number;
  lastSuccessAt: string | null;
  lastError: string | null;
  pull: { after: number; hubEpoch: string };
  owned: { records: number; tombstones: number; digest: string };
  quarantined: number;
}

/** What a local instance knows of its sync: position, backlog, last success and error, and a digest of its own records. */
export async function localStatus(store: Store): Promise<LocalStatus> {
  const s = await readSyncState(store);
  const [backlog] = await store.db
    .select({ n: count() })
    .from(changeLog)
    .where(and(gt(changeLog.seq, s.base + s.acked), eq(changeLog.owner, store.instance)));
  const [quarantined] = await store.db
    .select({ n: count() })
    .from(syncQuarantine)
    .where(eq(syncQuarantine.origin, store.instance));
  return {
    role: 'local',
    instance: store.instance,
    epoch: s.epoch,
    acked: s.acked,
    logMax: await localMaxSeq(store, s.base),
    backlog: backlog?.n ?? 0,
    lastSuccessAt: s.lastSuccessAt || null,
    lastError: s.lastError || null,
    pull: { after: s.pullAfter, hubEpoch: s.hubEpoch },
    owned: await ownedDigest(store, store.instance),
    quarantined: quarantined?.n ?? 0,
  };
}
