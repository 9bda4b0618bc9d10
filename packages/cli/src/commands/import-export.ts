import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { Writable, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Presets, SingleBar } from 'cli-progress';
import {
  Store,
  collectionRows,
  exportRecords,
  importOrganisations,
  importRecords,
  type ImportReport,
} from '@tessera/store';
import { CliError } from '../cli-error.js';

export interface ImportCommandOptions {
  collection: string;
  file: string;
  db: string;
  instance?: string;
  partial?: boolean;
  /** Draw a progress bar (on a terminal). */
  tty?: boolean;
}

/** A progress bar over the bytes of a file as they are read, or nothing off a terminal. */
function bytesRead(file: string, tty: boolean): { stream: Readable; done: () => void } {
  const total = statSync(file).size;
  const input = createReadStream(file);
  if (!tty) return { stream: input, done: () => {} };
  const bar = new SingleBar(
    {
      format: 'import [{bar}] {percentage}% {value}/{total} bytes {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
    },
    Presets.shades_classic,
  );
  bar.start(Math.max(total, 1), 0);
  let read = 0;
  input.on('data', (chunk) => {
    read += chunk.length;
    bar.update(read);
  });
  return { stream: input, done: () => bar.stop() };
}

/** The report as lines: counts, then each refused row with its line, then skipped rows. */
export function reportLines(collection: string, file: string, r: ImportReport): string[] {
  const related = Object.entries(r.related)
    .map(([e, t]) => `; ${e}: ${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged`)
    .join('');
  const lines = [
    `${collection} from ${file}: ${r.rows} rows; ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged, ${r.skippedCount} skipped, ${r.refusedCount} refused${related}`,
  ];
  for (const x of r.refused)
    lines.push(
      `  line ${x.line}: refused: ${x.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')}`,
    );
  if (r.refusedCount > r.refused.length)
    lines.push(`  ... and ${r.refusedCount - r.refused.length} more refused rows`);
  for (const x of r.skipped) lines.push(`  line ${x.line}: skipped: ${x.reason}`);
  if (!r.written) lines.push('Nothing was written (run with --partial to write the other rows).');
  return lines;
}

/**
 * `tessera import <collection> FILE`: organisations from an ODS file or CSV, or any collection from
 * a CSV of field names, streaming, in one transaction. Throws (exit 1) when nothing was written.
 */
export async function runImport(
  o: ImportCommandOptions,
  out: (line: string) => void,
): Promise<ImportReport> {
  const store = await Store.open({ url: o.db, ...(o.instance ? { instance: o.instance } : {}) });
  const { stream, done } = bytesRead(o.file, o.tty ?? false);
  try {
    const options = { partial: o.partial ?? false, actor: 'cli:import' };
    const report =
      o.collection === 'organisations'
        ? await importOrganisations(store, stream, options)
        : await importRecords(store, collectionRows(stream, store.repo(o.collection).def), options);
    done();
    for (const line of reportLines(o.collection, o.file, report)) out(line);
    if (!report.written) throw new CliError(`${report.refusedCount} rows refused; nothing written`);
    return report;
  } finally {
    done();
    stream.destroy();
    store.close();
  }
}

export interface ExportCommandOptions {
  collection: string;
  db: string;
  format: 'csv' | 'json';
  /** A file to write; standard output when absent. */
  out?: string;
  tty?: boolean;
}

/** `tessera export <collection>`: every live record, streamed as CSV or a JSON array. */
export async function runExport(o: ExportCommandOptions, stdout: Writable): Promise<number> {
  const store = await Store.open({ url: o.db });
  const total = await store.repo(o.collection).count();
  const bar =
    o.tty && o.out
      ? new SingleBar(
          { format: 'export [{bar}] {value}/{total} records', clearOnComplete: true },
          Presets.shades_classic,
        )
      : null;
  bar?.start(Math.max(total, 1), 0);
  let written = 0;
  try {
    const source = exportRecords(store, o.collection, {
      format: o.format,
      onProgress: (n) => {
        written = n;
        bar?.update(n);
      },
    });
    const sink = o.out ? createWriteStream(o.out) : stdout;
    // standard output stays open after the export: only a file is ended by the pipeline
    await pipeline(source, o.out ? sink : passThroughTo(sink));
    return written;
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT' || (e as { code?: string }).code === 'EACCES')
      throw new CliError(`cannot write ${o.out}: ${(e as Error).message}`);
    throw e;
  } finally {
    bar?.stop();
    store.close();
  }
}

/** A sink that writes into `target` without ending it (for standard output). */
function passThroughTo(target: Writable): Writable {
  return new Writable({
    write(chunk, _enc, cb) {
      if (target.write(chunk)) cb();
      else target.once('drain', () => cb());
    },
  });
}
