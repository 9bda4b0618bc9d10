import { eq } from 'drizzle-orm';
import { syncQuarantine, type Store } from '@tessera/store';
import type { QuarantineItem } from './hub-client.js';

/** The most the hub lists at once (`GET /sync/quarantine`): a longer list may be cut short. */
const HUB_LIST_LIMIT = 500;

/**
 * Makes this instance's record of what the hub set aside match the hub's own list, so a change
 * that applied since (after the hub's admin repaired what blocked it) leaves the local status too.
 * A list as long as the hub's page may be cut short: then only what is new is added.
 */
export async function mirrorQuarantine(
  store: Store,
  epoch: string,
  items: readonly QuarantineItem[],
): Promise<void> {
  const complete = items.length < HUB_LIST_LIMIT;
  await store.write(async (tx) => {
    const held = complete
      ? []
      : await tx
          .select({ seq: syncQuarantine.seq, epoch: syncQuarantine.epoch })
          .from(syncQuarantine)
          .where(eq(syncQuarantine.origin, store.instance));
    if (complete) await tx.delete(syncQuarantine).where(eq(syncQuarantine.origin, store.instance));
    const known = new Set(held.map((h) => `${h.epoch}:${h.seq}`));
    const fresh = items.filter((q) => !known.has(`${q.epoch ?? epoch}:${q.seq}`));
    if (fresh.length === 0) return;
    await tx.insert(syncQuarantine).values(
      fresh.map((q) => ({
        origin: store.instance,
        epoch: q.epoch ?? epoch,
        seq: q.seq,
        entity: q.entity,
        recordId: q.recordId,
        version: q.version,
        reason: q.reason,
        at: q.at,
      })),
    );
  });
}
