import type { InValue, ResultSet } from '@libsql/client';
import type { Tx } from '../db.js';

export interface NativeTx {
  execute(stmt: { sql: string; args: InValue[] }): Promise<ResultSet>;
}

/** The libSQL transaction under a drizzle transaction (drizzle's LibSQLSession keeps it as `tx`). */
export function nativeTx(tx: Tx): NativeTx | undefined {
  const native = (tx as unknown as { session?: { tx?: { execute?: unknown } } }).session?.tx;
  return native && typeof native.execute === 'function' ? (native as NativeTx) : undefined;
}
