import { getMeta, setMeta } from './meta-store.js';
import type { Store } from './store.js';
import type { Db, Tx } from './db.js';

/** The default floor of small-number suppression: counts below 10 are never published. */
export const DEFAULT_SUPPRESSION_FLOOR = 10;
const KEY = 'suppression_floor';

/**
 * The instance's suppression floor: a caller may ask for a higher threshold, never a lower one.
 * Set by an admin (`tessera config suppression-floor <n>`); 10 unless set.
 */
export async function suppressionFloor(store: Store): Promise<number> {
  return suppressionFloorIn(store.db);
}

/** The instance's suppression floor, read in a caller's transaction (the write path's rules). */
export async function suppressionFloorIn(db: Db | Tx): Promise<number> {
  const v = Number(await getMeta(db, KEY));
  return Number.isInteger(v) && v >= 2 ? v : DEFAULT_SUPPRESSION_FLOOR;
}

/** Sets the instance's suppression floor (a whole number 2..100). */
export async function setSuppressionFloor(store: Store, floor: number): Promise<void> {
  if (!Number.isInteger(floor) || floor < 2 || floor > 100)
    throw new RangeError(`the suppression floor is a whole number from 2 to 100: ${floor}`);
  await store.write((tx) => setMeta(tx, KEY, String(floor)));
}

/**
 * The threshold a published aggregate uses: what the caller asked for, never below the
 * instance's floor (a caller may raise it, never lower it).
 * @example await suppressionThreshold(store, q.threshold) // 10 for 2, 20 for 20
 */
export async function suppressionThreshold(store: Store, asked?: number): Promise<number> {
  return Math.max(await suppressionFloor(store), asked ?? 0);
}
