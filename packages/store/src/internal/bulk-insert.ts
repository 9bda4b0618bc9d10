import type { InValue } from '@libsql/client';
import { sql } from 'drizzle-orm';
import type { Tx } from '../db.js';
import { nativeTx } from './native-tx.js';
import { quoteIdent as quote } from './quote.js';
import { rowsAsJson } from './json-exact.js';

/**
 * INSERT of already-encoded rows, bypassing drizzle's query builder (which costs more than SQLite
 * itself for large batches). Used by seeds, imports and sync ingest.
 * - Rows of strings, safe integers and nulls only go as one JSON array per 2,000 rows, expanded by
 *   json_each: a short statement with one parameter, instead of thousands to prepare and bind.
 * - Anything else goes as multi-row VALUES with bound parameters (exact for every double).
 * Rows are inserted in the order given (change-log sequences follow it).
 */
export async function bulkInsert(
  tx: Tx,
  table: string,
  columns: readonly string[],
  rows: readonly InValue[][],
  onConflict = '',
): Promise<void> {
  if (rows.length === 0) return;
  const native = nativeTx(tx);
  const into = `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')})`;
  const tail = onConflict ? ` ${onConflict}` : '';
  const json = native ? rowsAsJson(rows) : null;
  if (json) {
    await insertJsonRows(tx, table, columns, json, onConflict);
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

/**
 * INSERT of rows given as JSON texts (`rowsAsJson`, perhaps made on another thread): each a short
 * statement with one parameter, expanded by json_each, in the order given.
 */
export async function insertJsonRows(
  tx: Tx,
  table: string,
  columns: readonly string[],
  json: readonly string[],
  onConflict = '',
): Promise<void> {
  const native = nativeTx(tx);
  if (!native) throw new Error('insertJsonRows needs a libSQL transaction');
  // WHERE disambiguates an upsert's ON CONFLICT from a join constraint (SQLite's rule for INSERT ... SELECT)
  const text = `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) SELECT ${columns.map((_, i) => `value->>${i}`).join(', ')} FROM json_each(?) WHERE true ORDER BY key${onConflict ? ` ${onConflict}` : ''}`;
  for (const part of json) await native.execute({ sql: text, args: [part] });
}

function literal(v: InValue | undefined): string {
  if (v === null || v === undefined) return 'NULL';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'boolean') return v ? '1' : '0';
  return `'${String(v).replace(/'/g, "''")}'`;
}
