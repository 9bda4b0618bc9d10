import { stringify } from 'csv-stringify/sync';
import type { Context } from 'hono';

/** The text of a cell: objects as JSON; a leading =, +, - or @ neutralised (no spreadsheet formulas). */
function cellText(value: unknown): string {
  const s =
    value === null || value === undefined
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return /^[=+\-@\t\r]/.test(s) && !/^-?\d/.test(s) ? `'${s}` : s;
}

/** csv-stringify's options: CRLF between rows; quotes around a separator, a quote or a line break. */
const CSV_OPTIONS = { record_delimiter: '\r\n', quoted_match: /[\r\n]/ } as const;

/** One CSV cell: quoted when needed; a leading =, +, - or @ is neutralised (no spreadsheet formulas). */
export function csvCell(value: unknown): string {
  return stringify([[cellText(value)]], { ...CSV_OPTIONS, eof: false });
}

/** Rows as CSV with a header row. */
export function toCsv(header: string[], rows: unknown[][]): string {
  return stringify(
    [header, ...rows].map((r) => r.map(cellText)),
    CSV_OPTIONS,
  );
}

/** Answers CSV as a download named `filename`. */
export function sendCsv(c: Context, filename: string, header: string[], rows: unknown[][]) {
  return c.body(toCsv(header, rows), 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
  });
}
