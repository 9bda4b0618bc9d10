import { max } from 'drizzle-orm';
import { SCHEMA_VERSION } from '@tessera/core';
import { changeLog, type Store } from '@tessera/store';
import type { SyncState } from './sync-state.js';

/** The highest sequence of the current epoch in the local log (0 if none). */
export async function localMaxSeq(store: Store, base: number): Promise<number> {
  const [row] = await store.db.select({ m: max(changeLog.seq) }).from(changeLog);
  return Math.max(0, (row?.m ?? 0) - base);
}

/** A serialised push batch: its body and the range of sequences it covers. */
export interface PreparedBatch {
  body: string;
  fromSeq: number;
  toSeq: number;
  /** Changes it carries (entries of the range that are not this instance's own carry nothing). */
  changes: number;
}

/**
 * One log entry as the JSON of a `SyncChange`, built by SQLite: the payload is copied verbatim
 * from the log (it was written by `JSON.stringify`), so nothing is parsed and serialised again.
 */
const CHANGE_JSON = `'{"seq":' || (seq - CAST(? AS INTEGER)) || ',"entity":' || json_quote(entity) || ',"id":' || json_quote(record_id) || ',"owner":' || json_quote(owner) || ',"version":' || version || ',"op":' || json_quote(op) || ',"payload":' || coalesce(payload, 'null') || '}'`;
/**
 * Separates the changes' JSON in one string: JSON text never holds a raw control character
 * (JSON.stringify and json_quote escape them), so U+001E cannot occur inside a change.
 */
const SEPARATOR = '\u001e';

/**
 * The next push batch after the acknowledged sequence: in log order, bounded by count and by
 * serialised bytes, reading the log a page at a time (memory stays bounded however long the
 * backlog). Entries that are not this instance's own advance the range but carry nothing.
 * SQLite returns the page as one row (each entry's sequence, ownership and size, and the changes'
 * JSON joined), as the client's per-row objects would cost more than the read itself.
 * Returns the batch's body, or null when there is nothing to push.
 */
export async function nextBatch(
  store: Store,
  state: SyncState,
  bounds: { maxChanges: number; maxBytes: number },
): Promise<PreparedBatch | null> {
  // the aggregates take the rows in the order the window function gives them (by seq): sorting them
  // again costs a quarter of the read. Both aggregates see the same rows in the same order whatever
  // it is, and the order is checked here: should it ever differ, the page is read with the sort.
  let rs = await store.client.execute(pageQuery(store, state, bounds, false));
  let entries = JSON.parse(String(rs.rows[0]![0])) as [number, number, number][];
  if (!entries.every((e, i) => i === 0 || entries[i - 1]![0] < e[0])) {
    rs = await store.client.execute(pageQuery(store, state, bounds, true));
    entries = JSON.parse(String(rs.rows[0]![0])) as [number, number, number][];
  }
  if (entries.length === 0) return null;
  const own = rs.rows[0]![1] === null ? [] : String(rs.rows[0]![1]).split(SEPARATOR);
  const head = JSON.stringify({
    origin: store.instance,
    epoch: state.epoch,
    schemaVersion: SCHEMA_VERSION,
    fromSeq: state.acked + 1,
    ...(state.resetPending && state.acked === 0 ? { reset: true } : {}),
  });
  let bytes = Buffer.byteLength(head) + 40;
  let toSeq = state.acked;
  let taken = 0;
  for (const [seq, isOwn, size] of entries) {
    if (isOwn) {
      if (taken > 0 && bytes + size + 1 > bounds.maxBytes) break;
      bytes += size + 1;
      taken++;
    }
    toSeq = seq - state.base;
  }
  const body = `${head.slice(0, -1)},"toSeq":${toSeq},"changes":[${own.slice(0, taken).join(',')}]}`;
  return { body, fromSeq: state.acked + 1, toSeq, changes: taken };
}

/**
 * The page after the acknowledged sequence, as one row. It stops once the bytes before an entry
 * reach the bound, so SQLite never builds more than about one batch of text; the exact cut is made
 * by `nextBatch`. `sorted` spells out the order inside the aggregates.
 */
export function pageQuery(
  store: Store,
  state: SyncState,
  bounds: { maxChanges: number; maxBytes: number },
  sorted: boolean,
): { sql: string; args: (string | number)[] } {
  const order = sorted ? ' ORDER BY seq' : '';
  return {
    sql: `SELECT json_group_array(json_array(seq, own, size)${order}), group_concat(change, char(30)${order}) FROM (
        SELECT seq, own, change, size, sum(size) OVER (ORDER BY seq ROWS UNBOUNDED PRECEDING) - size AS before FROM (
          SELECT seq, own, change, coalesce(length(CAST(change AS BLOB)), 0) AS size FROM (
            SELECT seq, owner = ? AS own, CASE WHEN owner = ? THEN ${CHANGE_JSON} END AS change FROM change_log WHERE seq > ? ORDER BY seq LIMIT ?)))
      WHERE before < ?`,
    args: [
      store.instance,
      store.instance,
      state.base,
      state.base + state.acked,
      bounds.maxChanges,
      bounds.maxBytes,
    ],
  };
}
