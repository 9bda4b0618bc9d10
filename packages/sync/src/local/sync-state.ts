import { getMeta, setMeta, type Db, type Store, type Tx } from '@tessera/store';

/** A local instance's sync position, kept in its own database (so it survives restarts). */
export interface SyncState {
  /** The push epoch: the sequence space the hub knows this instance by. */
  epoch: string;
  /** change_log.seq of the entry before sequence 1 of this epoch. */
  base: number;
  /** Highest sequence (within the epoch) the hub has acknowledged. */
  acked: number;
  /** The next push starts a new epoch at the hub (after a reset). */
  resetPending: boolean;
  /** Pull cursor into the hub's feed, and the hub epoch it belongs to. */
  pullAfter: number;
  /** The identity of the hub's log entry at `pullAfter` (detects a hub restored from a backup). */
  pullAfterKey: string;
  hubEpoch: string;
  lastSuccessAt: string | null;
  lastError: string | null;
}

/** Reads the sync state (defaults on a database that never synced: epoch = the database's epoch). */
export async function readSyncState(store: Store, db: Db | Tx = store.db): Promise<SyncState> {
  const get = (k: string) => getMeta(db, `sync.${k}`);
  return {
    epoch: (await get('epoch')) ?? store.epoch,
    base: Number((await get('base')) ?? 0),
    acked: Number((await get('acked')) ?? 0),
    resetPending: (await get('resetPending')) === '1',
    pullAfter: Number((await get('pullAfter')) ?? 0),
    pullAfterKey: (await get('pullAfterKey')) ?? '',
    hubEpoch: (await get('hubEpoch')) ?? '',
    lastSuccessAt: (await get('lastSuccessAt')) ?? null,
    lastError: (await get('lastError')) ?? null,
  };
}

/** Writes parts of the sync state in the caller's transaction. */
export async function writeSyncState(tx: Db | Tx, patch: Partial<SyncState>): Promise<void> {
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) continue;
    await setMeta(
      tx,
      `sync.${k}`,
      typeof v === 'boolean' ? (v ? '1' : '0') : v === null ? '' : String(v),
    );
  }
}
