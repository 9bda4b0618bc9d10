import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
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
    const err = e as { code?: unknown; lines?: unknown; message?: string };
    if (typeof err.code !== 'string' || !err.code.startsWith('CSV_')) throw e;
    const line = typeof err.lines === 'number' ? err.lines : 0;
    throw new ValidationError(`The file is not valid CSV: ${err.message ?? err.code}`, [
      { path: ['line', line], message: err.code },
    ]);
  } finally {
    parser.destroy();
  }
}
