import type { InValue } from '@libsql/client';
import { sql } from 'drizzle-orm';
import type { Tx } from '../store.js';
import { nativeTx } from './native-tx.js';
import { quoteIdent as quote } from './quote.js';

/** Rows per JSON statement: one parameter each, so only memory bounds it. */
const JSON_ROWS = 2000;

/**
 * Whether SQLite may read a value from JSON text unchanged: well-formed strings, safe integers and
 * nulls. Not a fractional number: SQLite's text-to-double conversion is off by one unit in the
 * last place for about 1 in 10,000 doubles. Not a string with a lone UTF-16 surrogate: JSON
 * escapes it and SQLite would store invalid UTF-8 that no read survives (a bound parameter stores
 * U+FFFD instead). Those go as bound parameters.
 */
const LONE_SURROGATE = /\p{Surrogate}/u;
const jsonExact = (v: InValue): boolean => v === null || (typeof v === 'string' ? !LONE_SURROGATE.test(v) : typeof v === 'number' && Number.isSafeInteger(v));

/**
 * INSERT of already-encoded rows, bypassing drizzle's query builder (which costs more than SQLite
 * itself for large batches). Used by seeds, imports and sync ingest.
 * - Rows of strings, safe integers and nulls only go as one JSON array per 2,000 rows, expanded by
 *   json_each: a short statement with one parameter, instead of thousands to prepare and bind.
 * - Anything else goes as multi-row VALUES with bound parameters (exact for every double).
 * Rows are inserted in the order given (change-log sequences follow it).
 */
export async function bulkInsert(tx: Tx, table: string, columns: readonly string[], rows: readonly InValue[][], onConflict = ''): Promise<void> {
  if (rows.length === 0) return;
  const native = nativeTx(tx);
  const into = `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')})`;
  const tail = onConflict ? ` ${onConflict}` : '';
  if (native && rows.every((r) => r.every(jsonExact))) {
    // WHERE disambiguates an upsert's ON CONFLICT from a join constraint (SQLite's rule for INSERT ... SELECT)
    const text = `${into} SELECT ${columns.map((_, i) => `value->>${i}`).join(', ')} FROM json_each(?) WHERE true ORDER BY key${tail}`;
    for (let i = 0; i < rows.length; i += JSON_ROWS) await native.execute({ sql: text, args: [JSON.stringify(rows.slice(i, i + JSON_ROWS))] });
    return;
  }
  const perStatement = Math.max(1, Math.min(200, Math.floor(30_000 / columns.length)));
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const part = rows.slice(i, i + perStatement);
    const text = `${into} VALUES ${part.map(() => tuple).join(', ')}${tail}`;
    const args = part.flat();
    if (native) await native.execute({ sql: text, args });
    else await tx.run(sql.raw(text.replace(/\?/g, () => literal(args.shift()))));
  }
}

function literal(v: InValue | undefined): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? '1' : '0';
  return `'${String(v).replace(/'/g, "''")}'`;
}

/** `ON CONFLICT(id) DO UPDATE SET col = excluded.col, ...` */
export function upsertClause(columns: readonly string[]): string {
  return `ON CONFLICT("id") DO UPDATE SET ${columns.map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', ')}`;
}
