import { parse } from 'csv-parse/sync';
import { ValidationError, type FieldIssue } from '../errors/domain-error.js';

/** The share of a population in one category of a characteristic, for one geography. */
export interface BenchmarkShare {
  /** The geography the share describes, e.g. an LDP footprint or `England`. */
  geography: string;
  /** e.g. `ethnicity`, `sex`. */
  characteristic: string;
  /** e.g. `asian`, `female`. */
  category: string;
  /** Proportion 0..1. */
  share: number;
}

const COLUMNS = ['geography', 'characteristic', 'category', 'share'] as const;

/**
 * Parses population benchmark shares from CSV text with a header naming the columns `geography`,
 * `characteristic`, `category` and `share` (any order, any case; other columns ignored). Shares are
 * proportions (`0.123`) or percentages (`12.3%`). RFC 4180 quoting, CRLF and a BOM are accepted.
 * Throws a `ValidationError` listing every bad line. @example parseBenchmarkCsv('geography,characteristic,category,share\nEngland,sex,female,0.508')
 */
export function parseBenchmarkCsv(text: string): BenchmarkShare[] {
  const records = csvRecords(text);
  const header = records.shift();
  if (!header)
    throw new ValidationError('benchmark CSV is empty: expected a header line', [
      { path: [1], message: 'missing header' },
    ]);
  const names = header.fields.map((h) => h.trim().toLowerCase());
  const index = Object.fromEntries(COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<
    (typeof COLUMNS)[number],
    number
  >;
  const missing = COLUMNS.filter((c) => index[c] < 0);
  if (missing.length > 0)
    throw new ValidationError(
      `benchmark CSV header lacks ${missing.join(', ')}`,
      missing.map((c) => ({ path: [header.line, c], message: 'missing column' })),
    );

  const issues: FieldIssue[] = [];
  const seen = new Map<string, number>();
  const out: BenchmarkShare[] = [];
  for (const { line, fields } of records) {
    if (fields.length === 1 && fields[0]!.trim() === '') continue; // blank line
    const get = (c: (typeof COLUMNS)[number]) => (fields[index[c]] ?? '').trim();
    const row = {
      geography: get('geography'),
      characteristic: get('characteristic'),
      category: get('category'),
    };
    for (const c of ['geography', 'characteristic', 'category'] as const)
      if (row[c] === '') issues.push({ path: [line, c], message: 'empty' });
    const share = parseShare(get('share'));
    if (share === undefined)
      issues.push({
        path: [line, 'share'],
        message: `expected a proportion 0..1 or a percentage: ${JSON.stringify(get('share'))}`,
      });
    const key = `${row.geography}\u0000${row.characteristic}\u0000${row.category}`;
    const first = seen.get(key);
    if (first !== undefined)
      issues.push({ path: [line, 'category'], message: `duplicate of line ${first}` });
    else seen.set(key, line);
    if (share !== undefined) out.push({ ...row, share });
  }
  if (issues.length > 0) {
    const first = issues[0]!;
    throw new ValidationError(
      `benchmark CSV has ${issues.length} problem(s); line ${first.path[0]}: ${first.path[1]}: ${first.message}`,
      issues,
    );
  }
  return out;
}

function parseShare(raw: string): number | undefined {
  const percent = raw.endsWith('%');
  const body = percent ? raw.slice(0, -1).trim() : raw;
  if (!/^[+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(body)) return undefined;
  const value = Number(body) / (percent ? 100 : 1);
  return value >= 0 && value <= 1 ? value : undefined;
}

/**
 * Splits CSV text into records with the line each starts on (csv-parse: RFC 4180 quoting, a BOM,
 * LF, CRLF or CR line ends, even mixed). A file csv-parse cannot read is a `ValidationError` naming
 * the line of the record it stopped in.
 */
function csvRecords(text: string): { line: number; fields: string[] }[] {
  const ends: number[] = []; // the line each record ends on, as csv-parse reads them
  const startOf = (i: number) => (ends[i - 1] ?? 0) + 1;
  try {
    const records = parse(text, {
      bom: true,
      trim: true,
      relax_quotes: true,
      relax_column_count: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      on_record: (fields, { lines }) => {
        ends.push(lines);
        return fields;
      },
    });
    return records.map((fields, i) => ({ line: startOf(i), fields }));
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (typeof code !== 'string' || !code.startsWith('CSV_')) throw e;
    const line = startOf(ends.length);
    if (code === 'CSV_QUOTE_NOT_CLOSED')
      throw new ValidationError(
        `benchmark CSV has an unterminated quote (record starting line ${line})`,
        [{ path: [line], message: 'unterminated quote' }],
      );
    throw new ValidationError(
      `benchmark CSV is not valid CSV at line ${line}: ${(e as Error).message}`,
      [{ path: [line], message: code }],
    );
  }
}
