import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import { migrate } from 'drizzle-orm/libsql/migrator';
import { eq, getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import {
  coreEntities,
  newId,
  NotFoundError,
  ValidationError,
  SCHEMA_VERSION,
  type EntityDefinition,
} from '@tessera/core';
import type { CommittedChange, Db, RepositoryHost, Tx } from './db.js';
import { checkDatabaseUrl } from './database-url.js';
import { Mutex } from './internal/mutex.js';
import { STORE_ROOT } from './internal/package-root.js';
import { meta } from './schema/system-tables.js';
import * as schema from './schema/index.js';
import { EntityRepository } from './repository/entity-repository.js';
import { entityTable, type EntityTable } from './schema/entity-table.js';
import { ensureEntityTables } from './schema/ensure-tables.js';
import type { PluginManifest } from '@tessera/plugin';
import { migratePlugins } from './plugins/plugin-migrations.js';

const BUSY_TIMEOUT_MS = 5000;
/** Pages of WAL (4 KiB each) after which a commit checkpoints: 40 MB. */
const WAL_AUTOCHECKPOINT_PAGES = 10_000;

/** Page size of new database files. */
export const PAGE_SIZE = 8192;

/** The migrations folder of this package (from `src/`, `dist/` or a bundle). */
const MIGRATIONS = join(STORE_ROOT, 'drizzle');

export type { CommittedChange, Db, RepositoryHost, Tx } from './db.js';

export interface OpenStoreOptions {
  /** libSQL URL: `file:./data/x.db` (default embedded), `:memory:`, or a remote `libsql://` / `http(s)://` server. */
  url: string;
  authToken?: string;
  /**
   * This instance's id (`hub` for the national hub). Recorded on first open; a later open with
   * another id is refused. May be left out for an existing database (its recorded id is used).
   */
  instance?: string;
  /** Extra entities beyond the core catalogue, with no plugin around them (tests). */
  entities?: readonly EntityDefinition[];
  /**
   * Plugins whose tables this database holds: their entity tables and numbered migrations are
   * brought up to date on open (a plugin older than its tables is refused), and the records of
   * their `local` entities never enter the change log.
   */
  plugins?: readonly PluginManifest[];
}

/** A failing commit listener, when its owner gave no handler: a process warning (the commit stands). */
function listenerFailed(error: unknown): void {
  process.emitWarning(
    `a commit listener failed (the commit stands): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
}

/** The instance's database: migrations applied, repositories per entity, serialised writes. */
export class Store implements RepositoryHost {
  readonly client: Client;
  readonly db: Db;
  #instance: string;
  readonly entities: readonly EntityDefinition[];
  /** The entities whose records may leave the instance: all but the plugin entities kept `local`. */
  readonly syncEntities: readonly EntityDefinition[];
  /** Names of the entities kept `local` (no change log, never pushed, left out of digests). */
  readonly localOnly: ReadonlySet<string>;
  /** Set on first open; identifies this database (a restore from backup keeps it, a recreation does not). */
  epoch = '';
  readonly #writes = new Mutex();
  readonly #commitListeners = new Map<
    (changes: readonly CommittedChange[]) => void,
    (error: unknown) => void
  >();
  readonly #commitSignals = new Map<() => void, (error: unknown) => void>();
  // the changes of the running write, kept only when a listener wants them (a bulk import with
  // nobody listening keeps no list of its hundreds of thousands of changes)
  #pending: CommittedChange[] | null = null;
  readonly #repos = new Map<string, EntityRepository>();
  /** A database file (WAL, tuned connections), not memory or a remote server. */
  readonly #file: boolean;
  readonly #tables = new Map<string, EntityTable>();

  private constructor(
    client: Client,
    instance: string,
    entities: readonly EntityDefinition[],
    file: boolean,
    localOnly: ReadonlySet<string>,
  ) {
    this.client = client;
    this.#file = file;
    this.db = drizzle(client, { schema });
    this.#instance = instance;
    this.entities = entities;
    this.localOnly = localOnly;
    this.syncEntities = entities.filter((e) => !localOnly.has(e.name));
    const named = new Map(
      Object.values(schema)
        .filter((v) => is(v, SQLiteTable))
        .map((t) => [getTableName(t as SQLiteTable), t]),
    );
    for (const def of entities)
      this.#tables.set(
        def.name,
        (named.get(def.table) as EntityTable | undefined) ?? entityTable(def),
      );
  }

  /** Opens (and creates, and migrates) a database. @example await Store.open({ url: ':memory:', instance: 'hub' }) */
  static async open(options: OpenStoreOptions): Promise<Store> {
    const checked = checkDatabaseUrl(options.url);
    const file = Boolean(checked.path && checked.path !== ':memory:');
    if (file) mkdirSync(dirname(resolve(checked.path!)), { recursive: true });
    // `timeout` is SQLite's busy timeout on every connection the client opens (its pool opens more under concurrency)
    const client = createClient({
      url: options.url,
      ...(options.authToken ? { authToken: options.authToken } : {}),
      ...(file ? { timeout: BUSY_TIMEOUT_MS } : {}),
    });
    const plugins = options.plugins ?? [];
    const extra = [
      ...(options.entities ?? []),
      ...plugins.flatMap((p) => p.entities.map((e) => e.entity)),
    ];
    const localOnly = new Set(
      plugins.flatMap((p) =>
        p.entities.filter((e) => e.sync === 'local').map((e) => e.entity.name),
      ),
    );
    for (const e of extra) {
      if (
        coreEntities.some(
          (c) => c.name === e.name || c.table === e.table || c.collection === e.collection,
        )
      )
        throw new ValidationError(`Entity "${e.name}" clashes with a core entity`, [
          { path: ['entities'], message: 'name, table or collection taken' },
        ]);
    }
    const store = new Store(
      client,
      options.instance ?? '',
      [...coreEntities, ...extra],
      file,
      localOnly,
    );
    try {
      if (file) {
        // a new database gets 8 KiB pages (fewer page splits per insert: bulk sync ingest measured about
        // 15% faster than with SQLite's 4 KiB); the size is fixed once the first table exists, so an
        // existing database keeps its own
        if (Number((await client.execute('PRAGMA page_count')).rows[0]![0]) === 0)
          await client.execute(`PRAGMA page_size = ${PAGE_SIZE}`);
        await client.execute('PRAGMA journal_mode = WAL');
        await store.#tuneConnection();
      }
      await migrate(store.db, { migrationsFolder: MIGRATIONS });
      const core = new Set(coreEntities.map((e) => e.name));
      await ensureEntityTables(
        client,
        (options.entities ?? []).filter((e) => !core.has(e.name)),
      );
      await migratePlugins(client, plugins);
      await store.#initMeta();
    } catch (e) {
      client.close();
      throw e;
    }
    return store;
  }

  async #initMeta(): Promise<void> {
    const rows = await this.db.select().from(meta);
    const m = new Map(rows.map((r) => [r.key, r.value]));
    if (!m.has('instance')) {
      if (!this.#instance)
        throw new ValidationError(
          'This is a new database: give the id of the instance it belongs to (--instance)',
          [{ path: ['instance'], message: 'required for a new database' }],
        );
      await this.db
        .insert(meta)
        .values([
          { key: 'instance', value: this.instance },
          { key: 'epoch', value: newId() },
          { key: 'schema_version', value: String(SCHEMA_VERSION) },
          { key: 'created_at', value: new Date().toISOString() },
        ])
        .onConflictDoNothing();
      return this.#initMeta();
    }
    if (this.#instance && m.get('instance') !== this.#instance) {
      throw new ValidationError(
        `This database belongs to instance "${m.get('instance')}", not "${this.#instance}"`,
        [{ path: ['instance'], message: 'does not match the database' }],
      );
    }
    this.#instance = m.get('instance')!;
    this.epoch = m.get('epoch') ?? '';
    if (m.get('schema_version') !== String(SCHEMA_VERSION)) {
      await this.db
        .update(meta)
        .set({ value: String(SCHEMA_VERSION) })
        .where(eq(meta.key, 'schema_version'));
    }
  }

  /** The id of the instance this database belongs to. */
  get instance(): string {
    return this.#instance;
  }

  /** The repository of an entity, by name (`network`) or collection (`networks`). */
  repo(nameOrCollection: string): EntityRepository {
    const def = this.entities.find(
      (e) => e.name === nameOrCollection || e.collection === nameOrCollection,
    );
    if (!def) throw new NotFoundError(`No entity "${nameOrCollection}"`);
    let repo = this.#repos.get(def.name);
    if (!repo) {
      repo = new EntityRepository(this, def, this.#tables.get(def.name)!);
      this.#repos.set(def.name, repo);
    }
    return repo;
  }

  /**
   * Runs `fn` in one write transaction, after any write already running (SQLite has one writer).
   * After it commits, commit listeners hear of the records it changed.
   */
  write<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.#writes.run(async () => {
      const pending = this.#commitListeners.size ? [] : null;
      this.#pending = pending;
      if (this.#file) await this.#tuneConnection();
      let result: T;
      try {
        result = await this.db.transaction(fn, { behavior: 'immediate' });
      } finally {
        this.#pending = null;
      }
      const changes = pending ?? [];
      for (const [listener, onError] of this.#commitSignals) {
        try {
          listener();
        } catch (e) {
          onError(e);
        }
      }
      for (const [listener, onError] of this.#commitListeners) {
        try {
          listener(changes);
        } catch (e) {
          onError(e);
        }
      }
      return result;
    });
  }

  /**
   * Per-connection settings for writing: `synchronous = NORMAL` (in WAL mode: no fsync per commit;
   * a killed process loses nothing, a power cut or OS crash may roll back the last commits and
   * never corrupts the file) and a 40 MB auto-checkpoint (fewer, larger checkpoints under bulk sync). SQLite refuses
   * them inside a transaction and the client's pool opens connections of its own, so they are set
   * just before each write transaction, on the idle connection the pool hands out next (it reuses
   * the most recently returned one); a connection that misses them stays on SQLite's defaults,
   * which are slower, never less safe.
   */
  async #tuneConnection(): Promise<void> {
    await this.client.executeMultiple(
      `PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = ${WAL_AUTOCHECKPOINT_PAGES};`,
    );
  }

  /** Records a change of the current write transaction (repositories call this). */
  noteChange(change: CommittedChange): void {
    this.#pending?.push(change);
  }

  /** Hears of every committed write transaction (after commit; a failing listener never undoes it). Returns an unsubscribe. */
  onCommit(
    listener: (changes: readonly CommittedChange[]) => void,
    onError: (error: unknown) => void = listenerFailed,
  ): () => void {
    this.#commitListeners.set(listener, onError);
    return () => this.#commitListeners.delete(listener);
  }

  /**
   * Hears that a write transaction committed, not what it changed: for caches that only drop what
   * they hold. Cheaper than `onCommit` (with only these, a write keeps no list of its changes).
   */
  onCommitted(
    listener: () => void,
    onError: (error: unknown) => void = listenerFailed,
  ): () => void {
    this.#commitSignals.set(listener, onError);
    return () => this.#commitSignals.delete(listener);
  }

  /** SQLite's data_version: changes when another connection (another process) commits to the same file. */
  async dataVersion(): Promise<number> {
    const r = await this.client.execute('PRAGMA data_version');
    return Number(r.rows[0]?.[0] ?? 0);
  }

  close(): void {
    this.client.close();
  }
}
