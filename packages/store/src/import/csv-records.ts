import type { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import { ValidationError } from '@tessera/core';

/**
 * The records of a CSV stream with the line each ends on. A file that is not CSV (an unclosed
 * quote, a stray quote) is a `ValidationError` naming the line, never an internal error.
 */
export async function* csvRecords(
  input: Readable,
  options: { relaxColumnCount?: boolean } = {},
): AsyncGenerator<{ row: string[]; line: number }> {
  const parser = input.pipe(
    parse({
      relax_column_count: options.relaxColumnCount ?? false,
      skip_empty_lines: true,
      bom: true,
      info: true,
    }),
  );
  input.once('error', (e) => parser.destroy(e));
  try {
    for await (const { record, info } of parser)
      yield { row: record as string[], line: (info as { lines: number }).lines };
  } catch (e) {
    // every error of the parser (CSV_..., INVALID_OPENING_QUOTE, ...) is the file's, not ours
    if (!(e instanceof CsvError)) throw e;
    const line = typeof e.lines === 'number' ? e.lines : 0;
    throw new ValidationError(`The file is not valid CSV: ${e.message}`, [
      { path: ['line', line], message: e.code },
    ]);
  } finally {
    parser.destroy();
  }
}
