import { max } from 'drizzle-orm';
import { newId } from '@tessera/core';
import { changeLog, type RemoteChange, type Store } from '@tessera/store';
import type { HubClient } from './hub-client.js';
import { writeSyncState } from './sync-state.js';

/**
 * Takes back from the hub what it holds of this instance's records and this instance lacks or has
 * older (after a restore from backup, or a recreated database): shared fields only, local fields
 * kept. Nothing is logged: the hub has these already.
 */
export async function pullBackOwn(store: Store, hub: HubClient): Promise<number> {
  let cursor: string | null = null;
  let restored = 0;
  do {
    const page = await hub.records(store.instance, cursor, true);
    const byEntity = new Map<string, RemoteChange[]>();
    for (const e of page.entries) {
      if (!store.entities.some((d) => d.name === e.entity)) continue;
      const list = byEntity.get(e.entity) ?? [];
      list.push({ entity: e.entity, id: e.id, owner: store.instance, version: e.version, op: e.deleted ? 'delete' : 'upsert', payload: e.payload ?? null });
      byEntity.set(e.entity, list);
    }
    if (byEntity.size) {
      const now = new Date().toISOString();
      restored += await store.write(async (tx) => {
        let n = 0;
        for (const [entity, changes] of byEntity) n += (await store.repo(entity).applyRemoteIn(tx, changes, { log: false, now })).applied.length;
        return n;
      });
    }
    cursor = page.next;
  } while (cursor);
  return restored;
}

/**
 * Starts a new push epoch after this instance and the hub disagree on its sequence (this database
 * was restored or recreated): first takes back what the hub has that this instance lost, then
 * writes a snapshot of every own record (tombstones too) as the new epoch's first changes, which
 * the next push sends with `reset`. Nothing is lost and nothing applies twice: the hub applies a
 * record only when its version is higher than its copy.
 */
export async function startNewEpoch(store: Store, hub: HubClient): Promise<{ restored: number; snapshot: number }> {
  const restored = await pullBackOwn(store, hub);
  const now = new Date().toISOString();
  const snapshot = await store.write(async (tx) => {
    const [row] = await tx.select({ m: max(changeLog.seq) }).from(changeLog);
    const base = row?.m ?? 0;
    let n = 0;
    for (const def of store.entities) n += await store.repo(def.name).snapshotOwnIn(tx, store.instance, now);
    await writeSyncState(tx, { epoch: newId(), base, acked: 0, resetPending: true });
    return n;
  });
  return { restored, snapshot };
}
