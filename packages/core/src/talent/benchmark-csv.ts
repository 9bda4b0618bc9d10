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
  const records = csvRecords(text.startsWith('\uFEFF') ? text.slice(1) : text);
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

/** Splits CSV text into records (RFC 4180: quoted fields may hold commas, quotes as "", newlines). */
function csvRecords(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: start, fields });
    fields = [];
    field = '';
    start = line;
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRecord();
    } else field += ch;
    i++;
  }
  if (quoted)
    throw new ValidationError(
      `benchmark CSV has an unterminated quote (record starting line ${start})`,
      [{ path: [start], message: 'unterminated quote' }],
    );
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}
