import type { InValue } from '@libsql/client';
import { sql } from 'drizzle-orm';
import type { Tx } from '../store.js';
import { nativeTx } from './native-tx.js';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;


/**
 * Multi-row INSERT of already-encoded values, bypassing drizzle's query builder (which costs more
 * than SQLite itself for large batches). Used by seeds, imports and sync ingest.
 */
export async function bulkInsert(tx: Tx, table: string, columns: readonly string[], rows: readonly InValue[][], onConflict = ''): Promise<void> {
  if (rows.length === 0) return;
  const perStatement = Math.max(1, Math.min(200, Math.floor(30_000 / columns.length)));
  const head = `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const native = nativeTx(tx);
  for (let i = 0; i < rows.length; i += perStatement) {
    const part = rows.slice(i, i + perStatement);
    const text = head + part.map(() => tuple).join(', ') + (onConflict ? ` ${onConflict}` : '');
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
