import { and, eq, gt, max } from 'drizzle-orm';
import { newId } from '@tessera/core';
import { changeLog, type RemoteChange, type Store } from '@tessera/store';
import type { HubClient } from './hub-client.js';
import { readSyncState, writeSyncState } from './sync-state.js';

type Tx = Parameters<Parameters<Store['write']>[0]>[0];

/**
 * Takes back from the hub what it holds of this instance's records and this instance lacks or has
 * older (after a restore from backup, or a recreated database): shared fields only, local fields
 * kept. Nothing is logged: the hub has these already.
 */
export async function pullBackOwn(
  store: Store,
  hub: HubClient,
  pending: ReadonlySet<string> = new Set(),
): Promise<number> {
  let cursor: string | null = null;
  let restored = 0;
  const raise = new Map<string, { entity: string; id: string; version: number }>();
  do {
    const page = await hub.records(store.instance, cursor, true);
    const byEntity = new Map<string, RemoteChange[]>();
    for (const e of page.entries) {
      if (!store.syncEntities.some((d) => d.name === e.entity)) continue;
      if (pending.has(`${e.entity}\u0000${e.id}`)) {
        // written here and not yet acknowledged: this content wins; make its version beat the hub's
        raise.set(`${e.entity}\u0000${e.id}`, {
          entity: e.entity,
          id: e.id,
          version: e.version + 1,
        });
        continue;
      }
      const list = byEntity.get(e.entity) ?? [];
      list.push({
        entity: e.entity,
        id: e.id,
        owner: store.instance,
        version: e.version,
        op: e.deleted ? 'delete' : 'upsert',
        payload: e.payload ?? null,
      });
      byEntity.set(e.entity, list);
    }
    if (byEntity.size) {
      const now = new Date().toISOString();
      restored += await store.write(async (tx) => {
        let n = 0;
        for (const [entity, changes] of byEntity) {
          const out = await store.repo(entity).applyRemoteIn(tx, changes, { log: false, now });
          n += out.applied.length + (await removedAsEdited(store, tx, entity, out.stale, now));
        }
        return n;
      });
    }
    cursor = page.next;
  } while (cursor);
  if (raise.size) {
    await store.write(async (tx) => {
      for (const r of raise.values())
        await store.repo(r.entity).raiseVersionIn(tx, r.id, r.version);
    });
  }
  return restored;
}

/**
 * Of the hub's copies not newer than this instance's, the tombstones of records this instance holds
 * live at the same version: the hub's admin removed the record (a natural key it took) while it was
 * edited here, and the edit reached the hub too late. The removal wins, one version up, logged so
 * that it goes back to the hub and both agree.
 */
async function removedAsEdited(
  store: Store,
  tx: Tx,
  entity: string,
  stale: readonly RemoteChange[],
  now: string,
): Promise<number> {
  const repo = store.repo(entity);
  const ties: RemoteChange[] = [];
  for (const ch of stale) {
    if (ch.op !== 'delete') continue;
    const cur = await repo.get(ch.id, { includeDeleted: true, tx });
    if (cur && !cur.deleted && cur.version === ch.version)
      ties.push({ ...ch, version: ch.version + 1 });
  }
  if (ties.length === 0) return 0;
  return (await repo.applyRemoteIn(tx, ties, { log: true, now })).applied.length;
}

/** Own records with changes in the log that the hub has not acknowledged. */
export async function pendingOwn(store: Store): Promise<Set<string>> {
  const s = await readSyncState(store);
  const rows = await store.db
    .select({ entity: changeLog.entity, id: changeLog.recordId })
    .from(changeLog)
    .where(and(gt(changeLog.seq, s.base + s.acked), eq(changeLog.owner, store.instance)));
  return new Set(rows.map((r) => `${r.entity}\u0000${r.id}`));
}

/**
 * Starts a new push epoch after this instance and the hub disagree on its sequence (this database
 * was restored or recreated): first takes back what the hub has that this instance lost, then
 * writes a snapshot of every own record (tombstones too) as the new epoch's first changes, which
 * the next push sends with `reset`. Nothing is lost and nothing applies twice: the hub applies a
 * record only when its version is higher than its copy.
 */
export async function startNewEpoch(
  store: Store,
  hub: HubClient,
): Promise<{ restored: number; snapshot: number }> {
  const restored = await pullBackOwn(store, hub, await pendingOwn(store));
  const now = new Date().toISOString();
  const snapshot = await store.write(async (tx) => {
    const [row] = await tx.select({ m: max(changeLog.seq) }).from(changeLog);
    const base = row?.m ?? 0;
    let n = 0;
    for (const def of store.syncEntities)
      n += await store.repo(def.name).snapshotOwnIn(tx, store.instance, now);
    await writeSyncState(tx, { epoch: newId(), base, acked: 0, resetPending: true });
    return n;
  });
  return { restored, snapshot };
}
