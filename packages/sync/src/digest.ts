import { hash } from 'node:crypto';
import type { Store } from '@tessera/store';

const MOD = 1n << 64n;

/** The order-independent digest of one record: its entity, id, version and tombstone flag. */
function recordHash(entity: string, id: string, version: number, deleted: boolean): bigint {
  return BigInt(
    `0x${hash('sha256', `${entity}\u0000${id}\u0000${version}\u0000${deleted ? 1 : 0}`).slice(0, 16)}`,
  );
}

/**
 * What an instance holds of `owner`'s records: how many are live and an order-independent digest
 * of (entity, id, version, tombstone) over all of them. Two instances agree on an owner's data
 * exactly when their digests agree (up to 64-bit collisions).
 */
export async function ownedDigest(
  store: Store,
  owner: string,
): Promise<{ records: number; tombstones: number; digest: string }> {
  let sum = 0n;
  let records = 0;
  let tombstones = 0;
  for (const def of store.syncEntities) {
    for await (const page of store.repo(def.name).ownedVersions(owner)) {
      for (const r of page) {
        sum = (sum + recordHash(def.name, r.id, r.version, r.deleted)) % MOD;
        if (r.deleted) tombstones++;
        else records++;
      }
    }
  }
  return { records, tombstones, digest: sum.toString(16).padStart(16, '0') };
}
