import { and, asc, count, eq, gt, type SQL } from 'drizzle-orm';
import { ValidationError } from '@tessera/core';
import type { Tx } from '../db.js';
import { decodeCursor, encodeCursor } from '../internal/cursor.js';
import { columnShapeOf } from '../schema/zod-column.js';
import type { EntityAccess, StoredRecord } from './entity-access.js';

export interface ListOptions {
  filters?: Record<string, string | number | boolean | undefined>;
  limit?: number;
  cursor?: string;
  includeDeleted?: boolean;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const MAX_LIMIT = 500;

/** A filter's value as its field's type: query strings carry numbers and booleans as text. */
function filterValue(
  a: EntityAccess,
  field: string,
  raw: string | number | boolean,
): string | number | boolean {
  if (typeof raw !== 'string') return raw;
  const kind = columnShapeOf(a.def.schema.shape[field] as never).kind;
  if (kind === 'integer' || kind === 'real') {
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n))
      throw new ValidationError(`Filter ${field} expects a number`, [
        { path: [field], message: 'expected a number' },
      ]);
    return n;
  }
  if (kind === 'boolean') {
    if (raw !== 'true' && raw !== 'false')
      throw new ValidationError(`Filter ${field} expects true or false`, [
        { path: [field], message: 'expected true or false' },
      ]);
    return raw === 'true';
  }
  return raw;
}

/** The condition of a listing: live records (unless `includeDeleted`), the filters, after an id. */
function whereOf(a: EntityAccess, options: ListOptions, afterId?: string): SQL | undefined {
  const conds: SQL[] = [];
  if (!options.includeDeleted) conds.push(eq(a.col('deleted'), false));
  for (const [field, value] of Object.entries(options.filters ?? {})) {
    if (value === undefined) continue;
    if (!a.def.filters.includes(field) && field !== 'owner') {
      throw new ValidationError(
        `Unknown filter "${field}" for ${a.def.collection}; filters: ${['owner', ...a.def.filters].join(', ')}`,
        [{ path: [field], message: 'unknown filter' }],
      );
    }
    conds.push(eq(a.col(field), field === 'owner' ? value : filterValue(a, field, value)));
  }
  if (afterId) conds.push(gt(a.col('id'), afterId));
  return conds.length ? and(...conds) : undefined;
}

/** A page of records in id order, filtered by equality on the entity's filter fields. */
export async function listRecords(
  a: EntityAccess,
  options: ListOptions,
): Promise<Page<StoredRecord>> {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), MAX_LIMIT);
  const after = options.cursor ? decodeCursor(options.cursor) : undefined;
  const rows = await a.host.db
    .select()
    .from(a.table)
    .where(whereOf(a, options, after))
    .orderBy(asc(a.col('id')))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map((r) => a.toRecord(r as Record<string, unknown>));
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
}

/** Every live record matching the filters, in id order; `tx` reads inside a write. */
export async function allRecords(
  a: EntityAccess,
  filters: ListOptions['filters'],
  tx?: Tx,
): Promise<StoredRecord[]> {
  const rows = await (tx ?? a.host.db)
    .select()
    .from(a.table)
    .where(whereOf(a, { filters }))
    .orderBy(asc(a.col('id')));
  return rows.map((r) => a.toRecord(r as Record<string, unknown>));
}

/** How many live records match the filters. */
export async function countRecords(
  a: EntityAccess,
  filters: ListOptions['filters'],
): Promise<number> {
  const rows = await a.host.db.select({ n: count() }).from(a.table).where(whereOf(a, { filters }));
  return rows[0]?.n ?? 0;
}
