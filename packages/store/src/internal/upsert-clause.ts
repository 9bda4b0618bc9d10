import { quoteIdent as quote } from './quote.js';

/** `ON CONFLICT(id) DO UPDATE SET col = excluded.col, ...` */
export function upsertClause(columns: readonly string[]): string {
  return `ON CONFLICT("id") DO UPDATE SET ${columns.map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', ')}`;
}
