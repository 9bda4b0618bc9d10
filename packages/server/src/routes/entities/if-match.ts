import { DomainError } from '@tessera/core';
import type { EntityRepository } from '@tessera/store';
import { etagOf } from '../../cache/read-cache.js';

/**
 * The version a write must find, from its `If-Match` header: the `ETag` a GET of the record sent
 * (strong or weak form, one of a list), a bare version number (`3` or `"3"`), or `*`. A tag that
 * is not the record's current one is 412 (precondition failed): the client's copy is stale.
 * Returns undefined without the header.
 */
export async function ifMatchVersion(
  header: string | undefined,
  repo: EntityRepository,
  id: string,
): Promise<number | undefined> {
  if (header === undefined) return undefined;
  const tags = header
    .split(',')
    // strong comparison (RFC 9110 13.1.1): a weak tag (W/"...") matches nothing
    .map((t) => t.trim())
    .filter(Boolean);
  const current = await repo.require(id);
  if (tags.includes('*')) return current.version;
  const etag = etagOf(JSON.stringify(current));
  for (const tag of tags) {
    if (tag === etag) return current.version;
    const bare = /^"?(\d{1,15})"?$/.exec(tag);
    if (bare && Number(bare[1]) === current.version) return current.version;
  }
  throw new DomainError(
    'precondition_failed',
    `If-Match ${header.slice(0, 100)} is not the current state of ${repo.def.name} ${id} (version ${current.version}, ETag ${etag}): read it again`,
    { data: { id, version: current.version, etag } },
  );
}
