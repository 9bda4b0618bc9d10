import { ValidationError } from '@tessera/core';
import type { Store } from '@tessera/store';
import type { ManifestPage } from '../protocol.js';

/**
 * The records the hub holds for `owner`, with their shared payloads, paged over entities and ids.
 * The cursor is `<entity index>:<last id>`. A restored or recreated instance reconciles from it.
 */
export async function originRecords(
  store: Store,
  owner: string,
  options: { cursor?: string | null; limit?: number; withPayload?: boolean } = {},
): Promise<ManifestPage> {
  const limit = Math.min(Math.max(options.limit ?? 1000, 1), 5000);
  const m = /^(\d{1,4}):(.{0,64})$/s.exec(options.cursor ?? '0:');
  if (!m || Number(m[1]) > store.entities.length)
    throw new ValidationError('The cursor is not one this hub issued', [
      { path: ['cursor'], message: 'invalid cursor' },
    ]);
  let after = m[2];
  let i = Number(m[1]);
  const entries: ManifestPage['entries'] = [];
  while (i < store.syncEntities.length && entries.length < limit) {
    const def = store.syncEntities[i]!;
    const page = await store.repo(def.name).manifest(owner, {
      ...(after ? { after } : {}),
      limit: limit - entries.length,
      withPayload: options.withPayload ?? true,
    });
    for (const r of page) entries.push({ entity: def.name, ...r });
    if (entries.length >= limit && page.length > 0)
      return { entries, next: `${i}:${page[page.length - 1]!.id}` };
    i++;
    after = '';
  }
  return { entries, next: i < store.syncEntities.length ? `${i}:` : null };
}
