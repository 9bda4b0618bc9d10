import { eq } from 'drizzle-orm';
import { meta } from './schema/system-tables.js';
import type { Db, Tx } from './db.js';

/** Reads a key of the `meta` table. */
export async function getMeta(db: Db | Tx, key: string): Promise<string | undefined> {
  const rows = await db.select().from(meta).where(eq(meta.key, key)).limit(1);
  return rows[0]?.value;
}

/** Writes a key of the `meta` table (inside the caller's transaction when given one). */
export async function setMeta(db: Db | Tx, key: string, value: string): Promise<void> {
  await db
    .insert(meta)
    .values({ key, value })
    .onConflictDoUpdate({ target: meta.key, set: { value } });
}
