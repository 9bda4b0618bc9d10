import { DomainError, SCHEMA_VERSION } from '@tessera/core';
import type { RemoteChange, Store } from '@tessera/store';
import type { HubClient } from './hub-client.js';
import { readSyncState, writeSyncState } from './sync-state.js';

export interface PullProgress {
  phase: 'pull';
  after: number;
  applied: number;
}

/**
 * Pulls national data and the directory from the hub until caught up, applying each page in one
 * transaction with the cursor (a crash never moves the cursor past data that is not durable).
 * A hub whose epoch changed (recreated) is pulled again from the start; records apply only when
 * newer, so repeats change nothing. A hub on a newer schema is refused, cursor kept.
 */
export async function pullAll(
  store: Store,
  hub: HubClient,
  options: { pageSize?: number; onProgress?: (p: PullProgress) => void } = {},
): Promise<{ pages: number; applied: number }> {
  let pages = 0;
  let applied = 0;
  const known = new Set(store.syncEntities.map((e) => e.name));
  for (;;) {
    const state = await readSyncState(store);
    let after = state.pullAfter;
    let page = await hub.pull(after, options.pageSize ?? 1000, state.pullAfterKey);
    if (state.hubEpoch && page.hubEpoch !== state.hubEpoch && after > 0) {
      after = 0;
      page = await hub.pull(0, options.pageSize ?? 1000);
    }
    if (page.schemaVersion > SCHEMA_VERSION) {
      throw new DomainError(
        'unsupported_version',
        `The hub sends schema version ${page.schemaVersion}; this instance reads version ${SCHEMA_VERSION}. Upgrade this instance; the pull cursor is kept.`,
        { data: { hubSchemaVersion: page.schemaVersion, localSchemaVersion: SCHEMA_VERSION } },
      );
    }
    const byEntity = new Map<string, RemoteChange[]>();
    for (const c of page.changes) {
      // its own records come back only as tombstones (one the hub's admin removed, or its own)
      if (!known.has(c.entity) || (c.owner === store.instance && c.op !== 'delete')) continue;
      const list = byEntity.get(c.entity) ?? [];
      list.push({
        entity: c.entity,
        id: c.id,
        owner: c.owner,
        version: c.version,
        op: c.op,
        payload: c.payload,
      });
      byEntity.set(c.entity, list);
    }
    const now = new Date().toISOString();
    applied += await store.write(async (tx) => {
      let n = 0;
      for (const [entity, changes] of byEntity)
        n += (await store.repo(entity).applyRemoteIn(tx, changes, { log: false, now })).applied
          .length;
      await writeSyncState(tx, {
        pullAfter: page.next,
        pullAfterKey: page.nextKey ?? '',
        hubEpoch: page.hubEpoch,
      });
      return n;
    });
    pages++;
    options.onProgress?.({ phase: 'pull', after: page.next, applied });
    if (!page.hasMore) return { pages, applied };
  }
}
