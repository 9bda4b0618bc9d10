import { and, asc, eq, gt, lt } from 'drizzle-orm';
import type { Tx } from '../db.js';
import { quoteIdent } from '../internal/quote.js';
import { auditLog, changeLog } from '../schema/system-tables.js';
import type { EntityAccess, StoredRecord } from './entity-access.js';
import type { WriteContext } from './write-context.js';

/** Id, version and tombstone flag of a record, as digests and manifests list them. */
export interface RecordVersion {
  id: string;
  version: number;
  deleted: boolean;
}

/** Hands a record to `owner` at version 0 (the hub's repair of a squatter's copy), audited. */
export async function reassignIn(
  a: EntityAccess,
  tx: Tx,
  id: string,
  owner: string,
  ctx: WriteContext & { reason: string },
): Promise<StoredRecord> {
  const current = await a.get(id, { includeDeleted: true, tx });
  if (!current) throw a.notFound(id);
  const now = ctx.now ?? new Date().toISOString();
  await tx
    .update(a.table)
    .set({ owner, version: 0, updatedAt: now } as never)
    .where(eq(a.col('id'), id));
  await tx.insert(auditLog).values({
    at: now,
    actor: ctx.actor,
    actorRole: ctx.actorRole,
    action: 'sync:repair',
    entity: a.def.name,
    recordId: id,
    version: 0,
    detail: { from: current.owner, to: owner, version: current.version, reason: ctx.reason },
  });
  return current;
}

/** Raises a record's version to `version` (if lower), without a change-log entry. */
export async function raiseVersionIn(
  a: EntityAccess,
  tx: Tx,
  id: string,
  version: number,
): Promise<void> {
  await tx
    .update(a.table)
    .set({ version } as never)
    .where(and(eq(a.col('id'), id), lt(a.col('version'), version)));
}

/** A change-log entry with the current state of every record `owner` holds here (tombstones too). */
export async function snapshotOwnIn(
  a: EntityAccess,
  tx: Tx,
  owner: string,
  now: string,
): Promise<number> {
  let after = '';
  let n = 0;
  for (;;) {
    const rows = (await tx
      .select()
      .from(a.table)
      .where(and(eq(a.col('owner'), owner), gt(a.col('id'), after)))
      .orderBy(asc(a.col('id')))
      .limit(500)) as Record<string, unknown>[];
    if (rows.length === 0) return n;
    const records = rows.map((r) => a.toRecord(r));
    await tx.insert(changeLog).values(
      records.map((r) => ({
        entity: a.def.name,
        recordId: r.id,
        version: r.version,
        op: r.deleted ? ('delete' as const) : ('upsert' as const),
        owner,
        payload: a.payload(r),
        at: now,
      })),
    );
    n += rows.length;
    after = records[records.length - 1]!.id;
  }
}

/** Id, version and tombstone flag of up to `limit` records of `owner` after the id `after`, in id order. */
export async function versionsPage(
  a: EntityAccess,
  owner: string,
  after: string,
  limit: number,
): Promise<RecordVersion[]> {
  // one row back (a JSON array built by SQLite): the client's per-row objects cost more than the read
  const rs = await a.host.client.execute({
    sql: `SELECT json_group_array(json_array(id, version, deleted) ORDER BY id) FROM (SELECT id, version, deleted FROM ${quoteIdent(a.def.table)} WHERE owner = ? AND id > ? ORDER BY id LIMIT ?)`,
    args: [owner, after, limit],
  });
  return (JSON.parse(String(rs.rows[0]![0])) as [string, number, number][]).map(
    ([id, version, deleted]) => ({ id, version, deleted: Boolean(deleted) }),
  );
}

/** Sync manifest: id, version, tombstone flag (and payload) of `owner`'s records, in id order, paged. */
export async function manifest(
  a: EntityAccess,
  owner: string,
  options: { after?: string; limit?: number; withPayload?: boolean },
): Promise<(RecordVersion & { payload?: Record<string, unknown> })[]> {
  // ids and versions only: a narrow read
  if (!options.withPayload)
    return versionsPage(a, owner, options.after ?? '', options.limit ?? 1000);
  const where = and(eq(a.col('owner'), owner), gt(a.col('id'), options.after ?? ''));
  const rows = (await a.host.db
    .select()
    .from(a.table)
    .where(where)
    .orderBy(asc(a.col('id')))
    .limit(options.limit ?? 1000)) as Record<string, unknown>[];
  return rows.map((r) => {
    const rec = a.toRecord(r);
    return { id: rec.id, version: rec.version, deleted: rec.deleted, payload: a.payload(rec) };
  });
}
