import { changeLog, type Store } from '@tessera/store';
import type { HubClient } from './hub-client.js';
import { pendingOwn, pullBackOwn } from './reconcile.js';

/**
 * Anti-entropy: compares, record by record, what the hub holds of this instance's records with what
 * this instance holds; takes back what the hub has newer, and queues again (fresh change-log
 * entries with the current state) what the hub lacks or has older. Returns how many were queued.
 */
export async function repairDivergence(store: Store, hub: HubClient): Promise<number> {
  await pullBackOwn(store, hub, await pendingOwn(store));
  const remote = new Map<string, number>();
  let cursor: string | null = null;
  do {
    const page = await hub.records(store.instance, cursor, false);
    for (const e of page.entries) remote.set(`${e.entity}\u0000${e.id}`, e.version);
    cursor = page.next;
  } while (cursor);
  const now = new Date().toISOString();
  let queued = 0;
  for (const def of store.syncEntities) {
    const repo = store.repo(def.name);
    let after: string | undefined;
    for (;;) {
      const page = await repo.manifest(store.instance, {
        ...(after ? { after } : {}),
        limit: 1000,
        withPayload: true,
      });
      const differing = page.filter(
        (r) => (remote.get(`${def.name}\u0000${r.id}`) ?? 0) < r.version,
      );
      if (differing.length) {
        await store.write(async (tx) => {
          await tx.insert(changeLog).values(
            differing.map((r) => ({
              entity: def.name,
              recordId: r.id,
              version: r.version,
              op: r.deleted ? ('delete' as const) : ('upsert' as const),
              owner: store.instance,
              payload: r.payload ?? {},
              at: now,
            })),
          );
        });
        queued += differing.length;
      }
      if (page.length < 1000) break;
      after = page[page.length - 1]!.id;
    }
  }
  return queued;
}
