/**
 * Helpers of the security suites: a real hub and real regions, each an HTTP server on 127.0.0.1
 * over a libSQL database file, with tokens per role; raw requests; counts of what a refused request
 * must leave as it was.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startInstance, type RunningInstance } from '@tessera/cli';
import { TokenRepository, type Store } from '@tessera/store';
import { syncWithHub, type SyncReport } from '@tessera/sync';

export const WRITER = { actor: 'test', actorRole: 'editor' } as const;

/** Cleanup actions, run in reverse order. */
export class Cleanup {
  readonly #fns: (() => Promise<void> | void)[] = [];
  add(fn: () => Promise<void> | void): void {
    this.#fns.push(fn);
  }
  async run(): Promise<void> {
    for (const f of this.#fns.splice(0).reverse()) await f();
  }
}

export function tempDir(cleanup: Cleanup): string {
  const d = mkdtempSync(join(tmpdir(), 'tessera-security-'));
  cleanup.add(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

/** A running instance (hub or region) with a token per role. */
export interface Instance {
  id: string;
  url: string;
  store: Store;
  tokens: { admin: string; editor: string; viewer: string };
  /** For a region: the sync token its hub issued for it. */
  syncToken: string;
  running: RunningInstance;
}

async function tokensOf(store: Store) {
  const repo = new TokenRepository(store);
  return {
    admin: (await repo.create({ role: 'admin', name: 'test admin' })).token,
    editor: (await repo.create({ role: 'editor', name: 'test editor' })).token,
    viewer: (await repo.create({ role: 'viewer', name: 'test viewer' })).token,
  };
}

/** Starts an instance on a database file in `dir` (the hub when `id` is `hub`). */
export async function startNode(
  dir: string,
  id: string,
  cleanup: Cleanup,
  hub?: Instance,
): Promise<Instance> {
  const running = await startInstance(
    {
      db: `file:${join(dir, `${id}.db`)}`,
      port: 0,
      host: '127.0.0.1',
      instance: id,
      role: id === 'hub' ? 'hub' : 'local',
    },
    () => {},
  );
  cleanup.add(() => running.close());
  const syncToken = hub
    ? (await new TokenRepository(hub.store).create({ role: 'sync', instance: id })).token
    : '';
  return {
    id,
    url: running.url,
    store: running.store,
    tokens: await tokensOf(running.store),
    syncToken,
    running,
  };
}

/** A hub and two regions, each on its own port and database file. */
export async function hubAndTwoRegions(cleanup: Cleanup) {
  const dir = tempDir(cleanup);
  const hub = await startNode(dir, 'hub', cleanup);
  const a = await startNode(dir, 'region-a', cleanup, hub);
  const b = await startNode(dir, 'region-b', cleanup, hub);
  return { dir, hub, a, b };
}

export const sync = (
  region: Instance,
  hub: Instance,
  token = region.syncToken,
): Promise<SyncReport> => syncWithHub({ store: region.store, hubUrl: hub.url, token });

export interface Answer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

/** One request; JSON bodies are sent as given (a string is sent raw). */
export async function call(
  base: string,
  path: string,
  options: {
    method?: string;
    token?: string;
    body?: unknown;
    headers?: Record<string, string>;
  } = {},
): Promise<Answer> {
  const hasBody = options.body !== undefined;
  const res = await fetch(base + path, {
    method: options.method ?? (hasBody ? 'POST' : 'GET'),
    headers: {
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(hasBody ? { 'content-type': 'application/json' } : {}),
      ...(options.headers ?? {}),
    },
    ...(hasBody
      ? { body: typeof options.body === 'string' ? options.body : JSON.stringify(options.body) }
      : {}),
  });
  const text = await res.text();
  let body: Record<string, unknown>;
  try {
    body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    body = { text };
  }
  return { status: res.status, headers: res.headers, body };
}

/** What a refused request must leave unchanged: rows per table, change log and audit log. */
export async function footprint(store: Store): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const def of store.entities) {
    const r = await store.client.execute(`SELECT count(*) FROM "${def.table}"`);
    out[def.table] = Number(r.rows[0]![0]);
  }
  for (const t of ['change_log', 'audit_log', 'sync_quarantine', 'tokens']) {
    const r = await store.client.execute(`SELECT count(*) FROM "${t}"`);
    out[t] = Number(r.rows[0]![0]);
  }
  return out;
}

/** Audit entries of an action, oldest first. */
export async function audited(store: Store, action: string) {
  const r = await store.client.execute({
    sql: 'SELECT entity, record_id, actor, detail FROM audit_log WHERE action = ? ORDER BY id',
    args: [action],
  });
  return r.rows.map((row) => ({
    entity: String(row['entity']),
    recordId: row['record_id'] as string | null,
    actor: String(row['actor']),
    detail: JSON.parse(String(row['detail'] ?? 'null')) as Record<string, unknown>,
  }));
}
