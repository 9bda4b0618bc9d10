import { count, eq } from 'drizzle-orm';
import { SCHEMA_VERSION } from '@tessera/core';
import { syncOrigins, syncQuarantine, type Store } from '@tessera/store';
import { ownedDigest } from '../digest.js';
import type { HubStatus, OriginStatus } from '../local/hub-client.js';

/** Per origin: epoch, last sequence, last success and error, live records and their digest, quarantined changes. */
export async function hubStatus(
  store: Store,
  options: { origin?: string } = {},
): Promise<HubStatus> {
  const rows = options.origin
    ? await store.db.select().from(syncOrigins).where(eq(syncOrigins.origin, options.origin))
    : await store.db.select().from(syncOrigins);
  const origins: OriginStatus[] = [];
  for (const r of rows) {
    const [q] = await store.db
      .select({ n: count() })
      .from(syncQuarantine)
      .where(eq(syncQuarantine.origin, r.origin));
    origins.push({
      origin: r.origin,
      epoch: r.epoch,
      lastSeq: r.lastSeq,
      lastSuccessAt: r.lastSuccessAt,
      lastError: r.lastError,
      ...(await ownedDigest(store, r.origin)),
      quarantined: q?.n ?? 0,
    });
  }
  return {
    role: 'hub',
    instance: store.instance,
    epoch: store.epoch,
    schemaVersion: SCHEMA_VERSION,
    origins: origins.sort((a, b) => a.origin.localeCompare(b.origin)),
  };
}
