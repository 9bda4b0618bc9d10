import { sql } from 'drizzle-orm';
import type { Tx } from '../db.js';
import { nativeTx } from './native-tx.js';
import { quoteIdent as quote } from './quote.js';

/**
 * Columns of the rows of `table` whose id is in `ids`, as arrays in `columns` order. One statement
 * with one parameter (the ids as a JSON array, expanded by json_each) and one row back (a JSON
 * array built by SQLite): nothing with thousands of parameters to prepare, no per-row objects
 * from the client. Sync ingest looks up every incoming id this way. For text and integer columns
 * only: SQLite's JSON renders a real with up to 17 digits but reads some back an ulp off.
 */
export async function selectByIds(
  tx: Tx,
  table: string,
  columns: readonly string[],
  ids: readonly string[],
): Promise<unknown[][]> {
  if (ids.length === 0) return [];
  const text = `SELECT json_group_array(json_array(${columns.map(quote).join(', ')})) FROM ${quote(table)} WHERE "id" IN (SELECT value FROM json_each(?))`;
  const native = nativeTx(tx);
  const json = native
    ? (await native.execute({ sql: text, args: [JSON.stringify(ids)] })).rows[0]![0]
    : Object.values(
        (
          await tx.all<Record<string, unknown>>(
            sql.raw(text.replace('?', `'${JSON.stringify(ids).replace(/'/g, "''")}'`)),
          )
        )[0]!,
      )[0];
  return JSON.parse(String(json)) as unknown[][];
}
