import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { Store } from '../store.js';

export interface ExportOptions {
  format: 'csv' | 'json';
  /** Called after each page with the number of records written so far. */
  onProgress?: (records: number) => void;
}

const ENVELOPE = ['id', 'owner', 'version', 'createdAt', 'updatedAt'] as const;

/** Every live record of a collection, page by page (memory stays flat however many there are). */
async function* records(store: Store, collection: string): AsyncGenerator<Record<string, unknown>> {
  const repo = store.repo(collection);
  let cursor: string | undefined;
  do {
    const page = await repo.list({ limit: 500, ...(cursor ? { cursor } : {}) });
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

/**
 * A collection as a stream of CSV (a header of the envelope and the entity's fields; nested values
 * as JSON, so `tessera import` reads the file back) or of one JSON array.
 */
export function exportRecords(store: Store, collection: string, options: ExportOptions): Readable {
  const def = store.repo(collection).def;
  const columns = [...ENVELOPE, ...Object.keys(def.schema.shape)];
  let count = 0;
  const counted = async function* () {
    for await (const r of records(store, collection)) {
      count++;
      if (count % 500 === 0) options.onProgress?.(count);
      yield r;
    }
    options.onProgress?.(count);
  };
  if (options.format === 'json') {
    return Readable.from(
      (async function* () {
        let first = true;
        yield '[';
        for await (const r of counted()) {
          yield `${first ? '\n' : ',\n'}${JSON.stringify(r)}`;
          first = false;
        }
        yield first ? ']\n' : '\n]\n';
      })(),
    );
  }
  const csv = stringify({
    header: true,
    columns,
    cast: {
      boolean: (v) => (v ? 'true' : 'false'),
      object: (v) => JSON.stringify(v),
    },
  });
  return Readable.from(
    (async function* () {
      for await (const r of counted()) yield r;
    })(),
  ).pipe(csv);
}
