import { and, asc, eq, gt, inArray, max, ne, or } from 'drizzle-orm';
import { SCHEMA_VERSION } from '@tessera/core';
import { changeLog, type Store } from '@tessera/store';
import { changeKey, type PullChange, type PullPage } from '../protocol.js';
import { isPulled } from '../shared-schema.js';

/**
 * The hub's feed of national data and the directory, in the hub's own log order: every change
 * after `after` to a pulled entity that `requester` does not own (its own it has already), and the
 * tombstones of its own records (the hub's admin may have removed one that took another's natural
 * key: the owner learns it here; its own deletions come back as changes it has already).
 * Payloads carry shared fields only. Scans at most `scan` log entries per page.
 */
export async function pullFeed(
  store: Store,
  options: { after: number; afterKey?: string; limit?: number; requester: string },
): Promise<PullPage> {
  // the caller names the entry it saw last; if this log holds another one there, this hub was
  // restored from a backup and its sequence numbers were reused: start again from the beginning
  if (
    options.after > 0 &&
    options.afterKey &&
    (await keyAt(store, options.after)) !== options.afterKey
  ) {
    return { ...(await pullFeed(store, { ...options, after: 0, afterKey: '' })), restarted: true };
  }
  const limit = Math.min(Math.max(options.limit ?? 1000, 1), 5000);
  const scan = limit * 4;
  const pulled = new Set(store.syncEntities.filter(isPulled).map((e) => e.name));
  // filtered in SQL: a region's own changes and entities not pulled never leave the database
  const rows = await store.db
    .select()
    .from(changeLog)
    .where(
      and(
        gt(changeLog.seq, options.after),
        or(ne(changeLog.owner, options.requester), eq(changeLog.op, 'delete')),
        inArray(changeLog.entity, [...pulled]),
      ),
    )
    .orderBy(asc(changeLog.seq))
    .limit(scan);
  const changes: PullChange[] = [];
  let next = options.after;
  for (const r of rows) {
    next = r.seq;
    if (!pulled.has(r.entity) || (r.owner === options.requester && r.op !== 'delete')) continue;
    changes.push({
      seq: r.seq,
      entity: r.entity,
      id: r.recordId,
      owner: r.owner,
      version: r.version,
      op: r.op,
      payload: (r.payload as Record<string, unknown> | null) ?? null,
    });
    if (changes.length >= limit) break;
  }
  const hasMore = changes.length >= limit || rows.length === scan;
  // nothing left after the cursor for this requester: move the cursor to the hub's newest entry
  if (!hasMore && rows.length === 0) next = Math.max(next, await newestSeq(store));
  return {
    hubEpoch: store.epoch,
    schemaVersion: SCHEMA_VERSION,
    changes,
    next,
    nextKey: next > 0 ? await keyAt(store, next) : '',
    hasMore,
  };
}

async function newestSeq(store: Store): Promise<number> {
  const [row] = await store.db.select({ m: max(changeLog.seq) }).from(changeLog);
  return row?.m ?? 0;
}

/** The identity of the log entry at `seq` ('' if there is none). */
async function keyAt(store: Store, seq: number): Promise<string> {
  const [row] = await store.db.select().from(changeLog).where(eq(changeLog.seq, seq)).limit(1);
  return row
    ? changeKey({
        entity: row.entity,
        id: row.recordId,
        version: row.version,
        payload: row.payload,
      })
    : '';
}
