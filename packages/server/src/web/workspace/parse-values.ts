import { parse } from 'csv-parse/sync';

/** One row pasted from a spreadsheet: a date and a value. */
export interface PastedValue {
  date: string;
  value: number;
}

/** A line of the paste that cannot be read. */
export interface PasteError {
  line: number;
  message: string;
}

const UK_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/** An ISO date from `2015-04-01` or the UK's `1/4/2015`; undefined otherwise. */
export function isoDate(s: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return s;
  const m = UK_DATE.exec(s);
  if (!m) return undefined;
  return `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}

/**
 * The cells of one pasted line (csv-parse): split at tabs when the line has one (a spreadsheet's
 * copy, where a comma is a thousands separator), else at commas or semicolons; quoted cells may
 * hold the separator. A line csv-parse cannot read (an unclosed quote) is one cell, as typed.
 */
function cellsOf(line: string): string[] {
  try {
    const [cells] = parse(line, {
      delimiter: line.includes('\t') ? '\t' : [',', ';'],
      relax_quotes: true,
      relax_column_count: true,
      trim: true,
    });
    return cells ?? [];
  } catch {
    return [line];
  }
}

/**
 * Reads "date, value" rows pasted from a spreadsheet (tab, comma or semicolon between them; a
 * header row is skipped). Every bad line is reported with its number; a repeated date too.
 * @example parsePastedValues('date\tvalue\n2015-04-01\t12') // { values: [{ date: '2015-04-01', value: 12 }], errors: [] }
 */
export function parsePastedValues(text: string): { values: PastedValue[]; errors: PasteError[] } {
  const values: PastedValue[] = [];
  const errors: PasteError[] = [];
  const seen = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const cells = cellsOf(line);
    const date = isoDate(cells[0] ?? '');
    if (!date) {
      if (i === 0 && !/\d/.test(cells[1] ?? '')) return; // a header
      errors.push({
        line: i + 1,
        message: `line ${i + 1}: "${cells[0]}" is not a date like 2015-04-01`,
      });
      return;
    }
    const value = Number((cells[1] ?? '').replace(/,/g, ''));
    if (cells[1] === undefined || cells[1] === '' || !Number.isFinite(value)) {
      errors.push({ line: i + 1, message: `line ${i + 1}: "${cells[1] ?? ''}" is not a number` });
      return;
    }
    if (seen.has(date)) {
      errors.push({ line: i + 1, message: `line ${i + 1}: ${date} appears twice` });
      return;
    }
    seen.add(date);
    values.push({ date, value });
  });
  return { values, errors };
}
