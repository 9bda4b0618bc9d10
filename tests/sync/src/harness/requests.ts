/**
 * Raw traffic to a hub: push batches crafted from a store's log, JSON requests with their answer,
 * and fetch wrappers that record exchanges or lose the answer after the hub acted.
 */
import { SCHEMA_VERSION } from '@tessera/core';
import { changeLog, type Store } from '@tessera/store';
import { readSyncState, type PushBatch, type SyncChange } from '@tessera/sync';
import { and, asc, gt } from 'drizzle-orm';

/** Builds the push batch of `store`'s log from sequence `fromSeq` (as the pusher would), in the current epoch. */
export async function buildBatch(
  store: Store,
  fromSeq: number,
  maxEntries = 500,
): Promise<PushBatch | null> {
  const state = await readSyncState(store);
  const rows = await store.db
    .select()
    .from(changeLog)
    .where(and(gt(changeLog.seq, state.base + fromSeq - 1)))
    .orderBy(asc(changeLog.seq))
    .limit(maxEntries);
  if (rows.length === 0) return null;
  const changes: SyncChange[] = [];
  let toSeq = fromSeq - 1;
  for (const r of rows) {
    const seq = r.seq - state.base;
    if (r.owner === store.instance)
      changes.push({
        seq,
        entity: r.entity,
        id: r.recordId,
        owner: r.owner,
        version: r.version,
        op: r.op,
        payload: (r.payload as Record<string, unknown> | null) ?? null,
      });
    toSeq = seq;
  }
  return {
    origin: store.instance,
    epoch: state.epoch,
    schemaVersion: SCHEMA_VERSION,
    fromSeq,
    toSeq,
    changes,
  };
}

export interface RawAnswer {
  status: number;
  body: Record<string, unknown>;
}

export async function request(
  url: string,
  options: { method?: string; token?: string; body?: unknown; raw?: string } = {},
): Promise<RawAnswer> {
  const res = await fetch(url, {
    method:
      options.method ?? (options.body !== undefined || options.raw !== undefined ? 'POST' : 'GET'),
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.body !== undefined || options.raw !== undefined
        ? { 'content-type': 'application/json' }
        : {}),
    },
    ...(options.raw !== undefined
      ? { body: options.raw }
      : options.body !== undefined
        ? { body: JSON.stringify(options.body) }
        : {}),
  });
  const text = await res.text();
  let body: Record<string, unknown>;
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    body = { text };
  }
  return { status: res.status, body };
}

export const pushRaw = (hubUrl: string, token: string, batch: unknown) =>
  request(`${hubUrl}/api/v1/sync/push`, {
    token,
    ...(typeof batch === 'string' ? { raw: batch } : { body: batch }),
  });

/** A fetch that records every sync request's body and answer. */
export interface Exchange {
  url: string;
  method: string;
  body: string | undefined;
  status: number;
}
export function recordingFetch(log: Exchange[], inner: typeof fetch = fetch): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const res = await inner(input, init);
    log.push({
      url: String(input),
      method: init?.method ?? 'GET',
      body: typeof init?.body === 'string' ? init.body : undefined,
      status: res.status,
    });
    return res;
  }) as typeof fetch;
}

/**
 * A fetch that performs the request and then, when `drop` says so, throws instead of returning the
 * answer (the hub acted; the caller never heard). `drop` sees requests in the order their answers
 * came back, with the answer's status (a refusal the hub applied nothing for, or a 200).
 */
export function droppingFetch(
  drop: (url: string, n: number, status: number) => boolean,
  inner: typeof fetch = fetch,
): typeof fetch {
  let n = 0;
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const res = await inner(input, init);
    if (drop(String(input), ++n, res.status)) {
      await res.arrayBuffer().catch(() => undefined);
      throw new Error('connection lost after the hub answered (test)');
    }
    return res;
  }) as typeof fetch;
}
