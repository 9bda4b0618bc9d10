import type { InValue } from '@libsql/client';

/**
 * Whether SQLite may read a value from JSON text unchanged: well-formed strings, safe integers and
 * nulls. Not a fractional number: SQLite's text-to-double conversion is off by one unit in the
 * last place for about 1 in 10,000 doubles. Not a string with a lone UTF-16 surrogate: JSON
 * escapes it and SQLite would store invalid UTF-8 that no read survives (a bound parameter stores
 * U+FFFD instead). Those go as bound parameters.
 */
const LONE_SURROGATE = /\p{Surrogate}/u;
export const jsonExact = (v: InValue): boolean =>
  v === null ||
  (typeof v === 'string'
    ? !LONE_SURROGATE.test(v)
    : typeof v === 'number' && Number.isSafeInteger(v));

/** Rows per JSON statement: one parameter each, so only memory bounds it. */
export const JSON_ROWS = 2000;

/** Rows as JSON texts of at most `JSON_ROWS` rows each (what `json_each` expands), or null if a value must be bound. */
export function rowsAsJson(rows: readonly InValue[][]): string[] | null {
  if (!rows.every((r) => r.every(jsonExact))) return null;
  const out: string[] = [];
  for (let i = 0; i < rows.length; i += JSON_ROWS)
    out.push(JSON.stringify(rows.slice(i, i + JSON_ROWS)));
  return out;
}
