/**
 * Shared helpers of the end-to-end sync suites: temp dirs, a hub that can be restarted on its file,
 * region stores on files, sync tokens, random records of a few entity kinds, digests, manifests,
 * exactly-once checks of the hub's change log, table dumps, crafted push batches, fetch wrappers
 * and child processes of the real `tessera` command.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@libsql/client';
import { startInstance, type RunningInstance } from '@tessera/cli';
import { Prng, SCHEMA_VERSION } from '@tessera/core';
import { Store, TokenRepository, changeLog, type StoredRecord } from '@tessera/store';
import {
  isPulled,
  localStatus,
  ownedDigest,
  readSyncState,
  type PushBatch,
  type SyncChange,
} from '@tessera/sync';
import { and, asc, eq, gt } from 'drizzle-orm';

// ---------------------------------------------------------------------------------------------
// cleanup and temp dirs

/** Cleanup actions run in reverse order (servers and stores before the dirs that hold them). */
export class Cleanup {
  readonly #fns: (() => Promise<void> | void)[] = [];
  add(fn: () => Promise<void> | void): void {
    this.#fns.push(fn);
  }
  async run(): Promise<void> {
    const errors: unknown[] = [];
    for (const f of this.#fns.splice(0).reverse()) {
      try {
        await f();
      } catch (e) {
        errors.push(e);
      }
    }
    if (errors.length) throw errors[0];
  }
}

export function tempDir(cleanup: Cleanup, prefix = 'tessera-sync-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  cleanup.add(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

export const fileUrl = (path: string) => `file:${path}`;

/** Copies a database file with its -wal/-shm companions (the caller checkpoints or closes first). */
export function copyDb(from: string, to: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    rmSync(to + suffix, { force: true });
    if (existsSync(from + suffix)) copyFileSync(from + suffix, to + suffix);
  }
}

export function removeDb(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

/** Folds the WAL into the main file, so that copying the main file alone is a consistent backup. */
export async function checkpoint(path: string): Promise<void> {
  const c = createClient({ url: fileUrl(path) });
  try {
    await c.execute('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    c.close();
  }
}

// ---------------------------------------------------------------------------------------------
// the hub (in-process, restartable on its file) and regions

/** An in-process hub on a database file; `restart` closes it and opens it again on the same port. */
export class Hub {
  readonly file: string;
  #running: RunningInstance | null = null;
  #port = 0;

  private constructor(file: string) {
    this.file = file;
  }

  static async start(
    dir: string,
    cleanup: Cleanup,
    options: { name?: string; seed?: boolean } = {},
  ): Promise<Hub> {
    const hub = new Hub(join(dir, options.name ?? 'hub.db'));
    await hub.open(options.seed ?? false);
    cleanup.add(() => hub.stop());
    return hub;
  }

  async open(seed = false): Promise<void> {
    if (this.#running) return;
    this.#running = await startInstance(
      {
        db: fileUrl(this.file),
        port: this.#port,
        host: '127.0.0.1',
        instance: 'hub',
        role: 'hub',
        ...(seed ? { seed: 'england' } : {}),
      },
      () => {},
    );
    this.#port = Number(new URL(this.#running.url).port);
  }

  /** Stops serving: requests in flight may finish within `graceMs`, then every socket is cut (as a crash would). */
  async stop(graceMs = 1500): Promise<void> {
    const r = this.#running;
    this.#running = null;
    if (r) {
      const timer = setTimeout(
        () => (r.server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.(),
        graceMs,
      );
      try {
        await r.close();
      } finally {
        clearTimeout(timer);
      }
      // let clients in this process see their keep-alive sockets closed before a restart on the same port
      await new Promise((r) => setTimeout(r, 30));
    }
  }

  async restart(graceMs?: number): Promise<void> {
    await this.stop(graceMs);
    await this.open();
  }

  get running(): boolean {
    return this.#running !== null;
  }

  get url(): string {
    return this.#running?.url ?? `http://127.0.0.1:${this.#port}`;
  }

  get store(): Store {
    if (!this.#running) throw new Error('the hub is stopped');
    return this.#running.store;
  }

  async token(role: 'sync' | 'admin' | 'editor' | 'viewer', instance?: string): Promise<string> {
    return (
      await new TokenRepository(this.store).create({ role, ...(instance ? { instance } : {}) })
    ).token;
  }
}

/** A local instance as an in-process store on a file, with the sync token the hub issued for it. */
export class Region {
  readonly id: string;
  readonly file: string;
  token: string;
  #store: Store | null = null;

  private constructor(id: string, file: string, token: string) {
    this.id = id;
    this.file = file;
    this.token = token;
  }

  static async open(dir: string, id: string, hub: Hub | null, cleanup: Cleanup): Promise<Region> {
    const r = new Region(id, join(dir, `${id}.db`), hub ? await hub.token('sync', id) : '');
    await r.reopen();
    cleanup.add(() => r.close());
    return r;
  }

  async reopen(): Promise<void> {
    this.close();
    this.#store = await Store.open({ url: fileUrl(this.file), instance: this.id });
  }

  close(): void {
    this.#store?.close();
    this.#store = null;
  }

  get store(): Store {
    if (!this.#store) throw new Error(`region ${this.id} is closed`);
    return this.#store;
  }
}

// ---------------------------------------------------------------------------------------------
// random records

/** Core's seeded PRNG as a function, for the suites that are not fast-check properties. */
export function prng(seed: number): () => number {
  const p = new Prng(seed);
  return () => p.next();
}

export const KINDS = ['organisation', 'membership', 'assurance-return', 'participant'] as const;
export type Kind = (typeof KINDS)[number];

const ORG_TYPES = [
  'acute',
  'mental_health',
  'community',
  'university',
  'voluntary',
  'other',
] as const;
const TIERS = ['core', 'associate', 'partner'] as const;
const RAGS = ['red', 'amber', 'green'] as const;
const ETHNICITIES = [
  'white_british',
  'asian_indian',
  'black_african',
  'mixed_other',
  'other_arab',
] as const;
const pick = <T>(xs: readonly T[], r: number): T => xs[Math.floor(r * xs.length) % xs.length]!;

/** Every personal value these generators ever write, by the marker they all carry. */
export const PERSONAL_MARKER = 'Zq';

/** A valid create input of `kind`; `n` and `r` (in [0,1)) vary it. Participants carry personal fields. */
export function createInput(kind: Kind, n: number, r: number): Record<string, unknown> {
  switch (kind) {
    case 'organisation':
      return {
        name: `Org ${n}`,
        type: pick(ORG_TYPES, r),
        ...(r > 0.5 ? { postcode: `OX${n % 10} 1AA` } : {}),
      };
    case 'membership':
      return {
        organisationId: `org-${n}`,
        networkId: 'ahsn-oxford',
        tier: pick(TIERS, r),
        subscriptionGbp: Math.floor(r * 10000),
      };
    case 'assurance-return':
      return {
        networkId: 'ahsn-oxford',
        period: `2015-Q${1 + (n % 4)}`,
        overallRag: pick(RAGS, r),
        deliverables: [{ title: `Deliverable ${n}`, rag: pick(RAGS, 1 - r) }],
        metrics: [{ name: 'spread', value: n }],
      };
    case 'participant':
      return {
        name: `${PERSONAL_MARKER}name${n}x${Math.floor(r * 1e6)}`,
        email: `${PERSONAL_MARKER.toLowerCase()}mail${n}@example.org`,
        organisationId: `org-${n}`,
        profession: 'nursing',
        band: pick(['7', '8a', '8b', 'VSM'], r),
        sex: 'female',
        ageBand: '35_44',
        ethnicity: pick(ETHNICITIES, r),
        disability: 'no',
        sexualOrientation: 'not_stated',
        religion: 'not_stated',
      };
  }
}

/** A patch of `kind` that changes at least one shared field (so every update is a new version the hub sees differ). */
export function updatePatch(kind: Kind, n: number, r: number): Record<string, unknown> {
  switch (kind) {
    case 'organisation':
      return {
        name: `Org ${n} renamed ${Math.floor(r * 1e6)}`,
        postcode: `OX${n % 10} ${1 + Math.floor(r * 9)}BB`,
      };
    case 'membership':
      return { tier: pick(TIERS, r), subscriptionGbp: 10_000 + n };
    case 'assurance-return':
      return {
        overallRag: pick(RAGS, r),
        deliverables: [{ title: `Deliverable ${n} (rev)`, rag: pick(RAGS, r) }],
      };
    case 'participant':
      return {
        band: `b${n}`,
        name: `${PERSONAL_MARKER}renamed${n}`,
        ethnicity: pick(ETHNICITIES, 1 - r),
      };
  }
}

export const WRITER = { actor: 'test', actorRole: 'editor' } as const;

/**
 * Whether the random writers delete records (on by default; SYNC_DELETES=0 turns deletions off to
 * tell a deletion problem from others). Deletions travel as tombstones carrying the record's last
 * shared state, so a copy that never had the record can still hold its tombstone.
 */
export const DELETES = process.env['SYNC_DELETES'] !== '0';

/** Tracks the records a region wrote, so random updates and deletes pick live ones. */
export class Writer {
  readonly live = new Map<string, Kind>();
  readonly personal: string[] = [];
  #n = 0;
  readonly store: () => Store;

  constructor(store: () => Store) {
    this.store = store;
  }

  async create(kind: Kind, r: number): Promise<StoredRecord> {
    const input = createInput(kind, ++this.#n, r);
    if (kind === 'participant') this.personal.push(String(input['name']), String(input['email']));
    const rec = await this.store().repo(kind).create(input, WRITER);
    this.live.set(rec.id, kind);
    return rec;
  }

  /** Updates (or, if `del`, deletes) the live record picked by `r`; creates one if none is live. */
  async change(r: number, del: boolean): Promise<StoredRecord> {
    const ids = [...this.live.keys()];
    if (ids.length === 0) return this.create(pick(KINDS, r), r);
    const id = pick(ids, r);
    const kind = this.live.get(id)!;
    if (del) {
      this.live.delete(id);
      return this.store().repo(kind).delete(id, WRITER);
    }
    const patch = updatePatch(kind, ++this.#n, r);
    if (kind === 'participant') this.personal.push(String(patch['name']));
    return this.store().repo(kind).update(id, patch, WRITER);
  }

  /** One random write: mostly creates, some updates, a few deletes (only when DELETES is on). */
  async random(rand: () => number): Promise<StoredRecord> {
    const x = rand();
    if (x < 0.55 || this.live.size === 0) return this.create(pick(KINDS, rand()), rand());
    return this.change(rand(), DELETES && x > 0.9);
  }
}

// ---------------------------------------------------------------------------------------------
// what each side holds

export interface HeldRecord {
  version: number;
  deleted: boolean;
  payload: Record<string, unknown> | undefined;
}

/** (entity:id) -> version, tombstone and shared payload of every record `owner` holds in `store`. */
export async function holdings(
  store: Store,
  owner: string,
  options: { entities?: (name: string) => boolean } = {},
): Promise<Map<string, HeldRecord>> {
  const out = new Map<string, HeldRecord>();
  for (const def of store.entities) {
    if (options.entities && !options.entities(def.name)) continue;
    let after: string | undefined;
    for (;;) {
      const page = await store
        .repo(def.name)
        .manifest(owner, { ...(after ? { after } : {}), limit: 1000, withPayload: true });
      for (const r of page)
        out.set(`${def.name}:${r.id}`, {
          version: r.version,
          deleted: r.deleted,
          payload: r.deleted ? undefined : r.payload,
        });
      if (page.length < 1000) break;
      after = page[page.length - 1]!.id;
    }
  }
  return out;
}

/** The set (entity, id, version, deleted) as sorted strings: what digests are made of. */
export function envelopeSet(h: Map<string, HeldRecord>): string[] {
  return [...h].map(([k, v]) => `${k}:${v.version}:${v.deleted ? 'deleted' : 'live'}`).sort();
}

/** Shared payloads of live records, as sorted `key -> json` strings. */
export function payloadSet(h: Map<string, HeldRecord>): string[] {
  return [...h]
    .filter(([, v]) => !v.deleted)
    .map(([k, v]) => `${k} ${stableJson(v.payload)}`)
    .sort();
}

export function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(
          Object.entries(x as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : x,
  );
}

export interface Comparison {
  region: string;
  localDigest: string;
  hubDigest: string;
  envelopesEqual: boolean;
  payloadsEqual: boolean;
  onlyLocal: string[];
  onlyHub: string[];
  payloadDiff: string[];
  exactlyOnce: string[];
  backlog: number;
}

/** Compares what the hub and a region hold of the region's records, and checks the hub's log. */
export async function compare(hubStore: Store, regionStore: Store): Promise<Comparison> {
  const owner = regionStore.instance;
  const [hubH, localH] = [await holdings(hubStore, owner), await holdings(regionStore, owner)];
  const [he, le] = [envelopeSet(hubH), envelopeSet(localH)];
  const [hp, lp] = [payloadSet(hubH), payloadSet(localH)];
  const heS = new Set(he);
  const leS = new Set(le);
  const hpS = new Set(hp);
  const local = await localStatus(regionStore);
  return {
    region: owner,
    localDigest: local.owned.digest,
    hubDigest: (await ownedDigest(hubStore, owner)).digest,
    envelopesEqual: he.join('\n') === le.join('\n'),
    payloadsEqual: hp.join('\n') === lp.join('\n'),
    onlyLocal: le.filter((x) => !heS.has(x)).slice(0, 10),
    onlyHub: he.filter((x) => !leS.has(x)).slice(0, 10),
    payloadDiff: lp.filter((x) => !hpS.has(x)).slice(0, 5),
    exactlyOnce: await exactlyOnceViolations(hubStore, owner, hubH),
    backlog: local.backlog,
  };
}

/** Whether a comparison shows full agreement. */
export const agrees = (c: Comparison) =>
  c.localDigest === c.hubDigest &&
  c.envelopesEqual &&
  c.payloadsEqual &&
  c.exactlyOnce.length === 0 &&
  c.backlog === 0;

/**
 * Exactly-once at the hub, from its change log (its pull feed, so for the entities it serves by
 * pull; of the writers' kinds, organisations and memberships): one entry per (record, version) of
 * `owner`'s records, versions of a record strictly increasing in log order, and the version the
 * hub holds now logged (the pull feed carries it). The log holds nothing of the other entities.
 */
export async function exactlyOnceViolations(
  hubStore: Store,
  owner: string,
  held?: Map<string, HeldRecord>,
): Promise<string[]> {
  const rows = await hubStore.db
    .select()
    .from(changeLog)
    .where(eq(changeLog.owner, owner))
    .orderBy(asc(changeLog.seq));
  const seen = new Set<string>();
  const lastVersion = new Map<string, number>();
  const problems: string[] = [];
  for (const r of rows) {
    const rec = `${r.entity}:${r.recordId}`;
    const key = `${rec}:${r.version}`;
    if (seen.has(key)) problems.push(`duplicate log entry ${key} (seq ${r.seq})`);
    seen.add(key);
    const prev = lastVersion.get(rec) ?? 0;
    if (r.version <= prev)
      problems.push(`version ${r.version} of ${rec} logged after version ${prev} (seq ${r.seq})`);
    lastVersion.set(rec, Math.max(prev, r.version));
  }
  const pulled = new Set(hubStore.entities.filter(isPulled).map((d) => d.name));
  for (const r of rows)
    if (!pulled.has(r.entity))
      problems.push(
        `${r.entity}:${r.recordId} is in the hub's log, but the hub does not serve ${r.entity} by pull`,
      );
  for (const [rec, h] of held ?? (await holdings(hubStore, owner))) {
    if (!pulled.has(rec.slice(0, rec.indexOf(':')))) continue;
    if (lastVersion.get(rec) !== h.version)
      problems.push(
        `${rec} held at version ${h.version} but last logged at ${lastVersion.get(rec) ?? 'none'}`,
      );
  }
  return problems.slice(0, 10);
}

export async function changeLogCount(store: Store): Promise<number> {
  const r = await store.client.execute('select count(*) as n from change_log');
  return Number(r.rows[0]!['n']);
}

/** Every row of every table of a database file, as one string (to search for values that must not be there). */
export async function dumpDatabase(path: string): Promise<string> {
  const c = createClient({ url: fileUrl(path) });
  try {
    const tables = await c.execute("select name from sqlite_master where type = 'table'");
    const parts: string[] = [];
    for (const t of tables.rows) {
      const name = String(t['name']);
      const rows = await c.execute(`select * from "${name.replace(/"/g, '""')}"`);
      parts.push(`## ${name}\n${JSON.stringify(rows.rows)}`);
    }
    return parts.join('\n');
  } finally {
    c.close();
  }
}

// ---------------------------------------------------------------------------------------------
// crafted batches and raw requests

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

/** A fetch that performs the request and then, when `drop` says so, throws instead of returning the answer (the hub acted; the caller never heard). */
export function droppingFetch(
  drop: (url: string, n: number) => boolean,
  inner: typeof fetch = fetch,
): typeof fetch {
  let n = 0;
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const res = await inner(input, init);
    if (drop(String(input), ++n)) {
      await res.arrayBuffer().catch(() => undefined);
      throw new Error('connection lost after the hub answered (test)');
    }
    return res;
  }) as typeof fetch;
}

// ---------------------------------------------------------------------------------------------
// the real command, as child processes

const here = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = resolve(here, '../../..');
const BIN = join(REPO_ROOT, 'packages/cli/src/bin.ts');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

/** Spawns `tessera <args>` from sources. */
export function spawnTessera(
  args: string[],
  env: Record<string, string> = {},
): ChildProcess & { output: () => { out: string; err: string }; exited: Promise<Exit> } {
  const child = spawn(
    process.execPath,
    ['--conditions=@tessera/source', '--import', 'tsx', BIN, ...args],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, TESSERA_FAULT: '', TESSERA_FAULT_AFTER: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<Exit>((resolve) =>
    // 'close', not 'exit': 'exit' can come before the last of stdout/stderr has been read
    child.on('close', (code, signal) => resolve({ code, signal, out, err })),
  );
  return Object.assign(child, { output: () => ({ out, err }), exited });
}

/** Runs `tessera <args>` to its end. */
export async function runTessera(
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 90_000,
): Promise<Exit> {
  const child = spawnTessera(args, env);
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  try {
    return await child.exited;
  } finally {
    clearTimeout(timer);
  }
}

/** A hub as a `tessera serve` child process on a file (port 0: the port it printed). */
export class HubProcess {
  readonly file: string;
  #child: ReturnType<typeof spawnTessera> | null = null;
  url = '';

  constructor(file: string) {
    this.file = file;
  }

  async start(env: Record<string, string> = {}, port = 0): Promise<void> {
    const child = spawnTessera(
      [
        'serve',
        '--db',
        fileUrl(this.file),
        '--port',
        String(port),
        '--instance',
        'hub',
        '--role',
        'hub',
      ],
      env,
    );
    this.#child = child;
    this.url = await new Promise<string>((resolvePromise, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the hub did not start: ${child.output().err}`)),
        60_000,
      );
      const onData = () => {
        const m = /Listening on (http:\/\/\S+)/.exec(child.output().out);
        if (m) {
          clearTimeout(timer);
          child.stdout!.off('data', onData);
          resolvePromise(m[1]!);
        }
      };
      child.stdout!.on('data', onData);
      void child.exited.then((e) => {
        clearTimeout(timer);
        reject(new Error(`the hub exited before listening (${e.code ?? e.signal}): ${e.err}`));
      });
    });
  }

  get exited(): Promise<Exit> {
    if (!this.#child) throw new Error('not started');
    return this.#child.exited;
  }

  get alive(): boolean {
    return this.#child !== null && this.#child.exitCode === null && this.#child.signalCode === null;
  }

  /** Stops it (SIGTERM: the command closes cleanly), or reaps it if it already died. */
  async stop(): Promise<void> {
    const child = this.#child;
    if (!child) return;
    if (this.alive) child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await child.exited;
    clearTimeout(timer);
    this.#child = null;
  }
}

// ---------------------------------------------------------------------------------------------
// served instances (hub or region) for the HTTP suites

/** `tessera serve` in process on 127.0.0.1 over a file in `dir`, seeded with England if asked. */
export async function serveInstance(
  dir: string,
  instance: string,
  role: 'hub' | 'local',
  cleanup: Cleanup,
  options: { seed?: boolean } = {},
): Promise<RunningInstance> {
  const r = await startInstance(
    {
      db: fileUrl(join(dir, `${instance}.db`)),
      port: 0,
      host: '127.0.0.1',
      instance,
      role,
      ...(options.seed ? { seed: 'england' } : {}),
    },
    () => {},
  );
  cleanup.add(() => r.close());
  return r;
}

/** A new token of a served instance (`extra`: its instance or scope). */
export async function tokenOf(
  r: { store: Store },
  role: string,
  extra: { instance?: string; scope?: string; name?: string } = {},
): Promise<string> {
  return (await new TokenRepository(r.store).create({ role, ...extra })).token;
}
