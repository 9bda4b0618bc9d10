import type { Store, WriteContext } from '@tessera/store';
import type { GeneratedRecord } from './generation-state.js';

export interface WriteGeneratedOptions {
  /** Records per write transaction (default 500). */
  chunk?: number;
  actor?: string;
  /** After each transaction: records written so far. */
  onProgress?: (written: number) => void;
}

/**
 * Writes generated records through the entities' repositories, a chunk of one entity per write
 * transaction, with the outbox and audit entries every write has. `upsertManyIn` is the
 * repository's bulk create: it validates every record against its schema (a `ValidationError`
 * names the failing field) and inserts a hundred rows per statement. Returns the count per entity.
 */
export async function writeGenerated(
  store: Store,
  records: Iterable<GeneratedRecord>,
  options: WriteGeneratedOptions = {},
): Promise<Map<string, number>> {
  const size = options.chunk ?? 500;
  const counts = new Map<string, number>();
  let written = 0;
  let entity = '';
  let batch: { id: string; fields: unknown }[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const items = batch;
    const repo = store.repo(entity);
    const ctx: WriteContext = { actor: options.actor ?? 'generate', actorRole: 'admin' };
    await store.write((tx) => repo.upsertManyIn(tx, items, ctx, store.instance));
    counts.set(entity, (counts.get(entity) ?? 0) + items.length);
    written += items.length;
    batch = [];
    options.onProgress?.(written);
  };
  for (const r of records) {
    if (r.entity !== entity || batch.length >= size) {
      await flush();
      entity = r.entity;
    }
    batch.push({ id: r.id, fields: r.fields });
  }
  await flush();
  return counts;
}
