import { and, asc, count, eq, gt, inArray, lt, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  newId,
  idMintedBy,
  parseOrThrow,
  assertRecordRules,
  assertSafeInput,
  fieldPolicy,
  type EntityDefinition,
} from '@tessera/core';
import type { RepositoryHost, Tx } from '../db.js';
import type { EntityTable } from '../schema/entity-table.js';
import { columnShapeOf } from '../schema/zod-column.js';
import { changeLog, auditLog } from '../schema/system-tables.js';
import { decodeCursor, encodeCursor } from '../internal/cursor.js';
import { bulkInsert, insertJsonRows } from '../internal/bulk-insert.js';
import { upsertClause } from '../internal/upsert-clause.js';
import {
  LOG_COLUMNS,
  RemoteRows,
  encodeValue,
  type EncodedRecords,
  type RemoteChange,
} from './remote-rows.js';

export type { RemoteChange } from './remote-rows.js';
import { selectByIds } from '../internal/select-by-ids.js';
import { quoteIdent } from '../internal/quote.js';
import type { InValue } from '@libsql/client';
import type { CreateOptions, WriteContext } from './write-context.js';
import {
  anyNaturalKeyHeld,
  refuseMissingReferences,
  naturalKeyHolder,
  refuseForeignId,
  refuseNationalChange,
  refuseNationalWrite,
  refuseTakenNaturalKey,
  refuseTakenNaturalKeys,
} from './write-rules.js';

/** A stored record: envelope plus fields. */
export type StoredRecord = {
  id: string;
  owner: string;
  version: number;
  deleted: boolean;
  createdAt: string;
  updatedAt: string;
} & Record<string, unknown>;

export interface ListOptions {
  filters?: Record<string, string | number | boolean | undefined>;
  limit?: number;
  cursor?: string;
  includeDeleted?: boolean;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const MAX_LIMIT = 500;

/** A field's value as SQLite stores it: JSON text for nested values, 0/1 for booleans, null when absent. */
const AUDIT_COLUMNS = [
  'at',
  'actor',
  'actor_role',
  'action',
  'entity',
  'record_id',
  'version',
  'detail',
];
const ENVELOPE = ['id', 'owner', 'version', 'deleted', 'createdAt', 'updatedAt'] as const;

/** What `applyRemoteIn` did with each remote change. */
export interface RemoteOutcome {
  applied: RemoteChange[];
  /** Changes creating a record here under an id not minted by `mintedBy` (squatting). */
  foreignIds: RemoteChange[];
  stale: RemoteChange[];
  ownerConflicts: RemoteChange[];
  keyConflicts: { change: RemoteChange; holder: { id: string; owner: string; field: string } }[];
}

/**
 * Create, read, update and delete the records of one entity. Every mutation writes the row, a
 * change-log entry (the outbox, `shared` fields only) and an audit entry in one transaction.
 */
export class EntityRepository {
  readonly def: EntityDefinition;
  readonly #store: RepositoryHost;
  readonly #table: EntityTable;
  readonly #fields: string[];
  readonly #optional: Set<string>;
  /** The fields that may leave this instance (the sync allowlist), and whether each is one. */
  readonly #shared: string[];
  /** How remote changes become rows and change-log entries (shared with the hub's screening worker). */
  readonly remoteRows: RemoteRows;

  constructor(store: RepositoryHost, def: EntityDefinition, table: EntityTable) {
    this.#store = store;
    this.def = def;
    this.#table = table;
    this.#fields = Object.keys(def.schema.shape);
    // absent on read when null: optional fields, and fields that never leave their instance (null at the hub)
    this.#optional = new Set(
      this.#fields.filter(
        (f) =>
          columnShapeOf(def.schema.shape[f] as never).optional || fieldPolicy(def, f) !== 'shared',
      ),
    );
    this.remoteRows = new RemoteRows(def);
    this.#shared = this.remoteRows.shared;
  }

  #col(name: string): SQLiteColumn {
    return (this.#table as unknown as Record<string, SQLiteColumn>)[name]!;
  }

  /** Row -> record: absent optional fields are left out rather than null. */
  #toRecord(row: Record<string, unknown>): StoredRecord {
    const out: Record<string, unknown> = {};
    for (const k of ENVELOPE) out[k] = row[k];
    for (const f of this.#fields) if (!(row[f] === null && this.#optional.has(f))) out[f] = row[f];
    return out as StoredRecord;
  }

  #toRow(fields: Record<string, unknown>): Record<string, unknown> {
    const row: Record<string, unknown> = {};
    for (const f of this.#fields) row[f] = fields[f] ?? null;
    return row;
  }

  #filterValue(field: string, raw: string | number | boolean): string | number | boolean {
    if (typeof raw !== 'string') return raw;
    const kind = columnShapeOf(this.def.schema.shape[field] as never).kind;
    if (kind === 'integer' || kind === 'real') {
      const n = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(n))
        throw new ValidationError(`Filter ${field} expects a number`, [
          { path: [field], message: 'expected a number' },
        ]);
      return n;
    }
    if (kind === 'boolean') {
      if (raw !== 'true' && raw !== 'false')
        throw new ValidationError(`Filter ${field} expects true or false`, [
          { path: [field], message: 'expected true or false' },
        ]);
      return raw === 'true';
    }
    return raw;
  }

  #where(options: ListOptions, afterId?: string): SQL | undefined {
    const conds: SQL[] = [];
    if (!options.includeDeleted) conds.push(eq(this.#col('deleted'), false));
    for (const [field, value] of Object.entries(options.filters ?? {})) {
      if (value === undefined) continue;
      if (!this.def.filters.includes(field) && field !== 'owner') {
        throw new ValidationError(
          `Unknown filter "${field}" for ${this.def.collection}; filters: ${['owner', ...this.def.filters].join(', ')}`,
          [{ path: [field], message: 'unknown filter' }],
        );
      }
      conds.push(eq(this.#col(field), field === 'owner' ? value : this.#filterValue(field, value)));
    }
    if (afterId) conds.push(gt(this.#col('id'), afterId));
    return conds.length ? and(...conds) : undefined;
  }

  /** One record by id (tombstones only with `includeDeleted`). */
  async get(
    id: string,
    options: { includeDeleted?: boolean; tx?: Tx } = {},
  ): Promise<StoredRecord | undefined> {
    const db = options.tx ?? this.#store.db;
    const rows = await db
      .select()
      .from(this.#table)
      .where(eq(this.#col('id'), id))
      .limit(1);
    const row = rows[0] as Record<string, unknown> | undefined;
    if (!row || (row['deleted'] && !options.includeDeleted)) return undefined;
    return this.#toRecord(row);
  }

  /** One record by id, or a `NotFoundError`. */
  async require(id: string, tx?: Tx): Promise<StoredRecord> {
    const r = await this.get(id, tx ? { tx } : {});
    if (!r)
      throw new NotFoundError(`No ${this.def.name} with id ${id}`, { entity: this.def.name, id });
    return r;
  }

  /** A page of records in id order, filtered by equality on the entity's filter fields. */
  async list(options: ListOptions = {}): Promise<Page<StoredRecord>> {
    const limit = Math.min(Math.max(options.limit ?? 50, 1), MAX_LIMIT);
    const after = options.cursor ? decodeCursor(options.cursor) : undefined;
    const rows = await this.#store.db
      .select()
      .from(this.#table)
      .where(this.#where(options, after))
      .orderBy(asc(this.#col('id')))
      .limit(limit + 1);
    const items = rows.slice(0, limit).map((r) => this.#toRecord(r as Record<string, unknown>));
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeCursor(last.id) : null };
  }

  /** Every live record matching the filters (for computed views; use `list` for pages); `tx` reads inside a write. */
  async all(filters: ListOptions['filters'] = {}, tx?: Tx): Promise<StoredRecord[]> {
    const rows = await (tx ?? this.#store.db)
      .select()
      .from(this.#table)
      .where(this.#where({ filters }))
      .orderBy(asc(this.#col('id')));
    return rows.map((r) => this.#toRecord(r as Record<string, unknown>));
  }

  async count(filters: ListOptions['filters'] = {}): Promise<number> {
    const rows = await this.#store.db
      .select({ n: count() })
      .from(this.#table)
      .where(this.#where({ filters }));
    return rows[0]?.n ?? 0;
  }

  #refuseReadOnly(input: Record<string, unknown>): void {
    const bad = this.def.readOnly.filter((f) => input[f] !== undefined);
    if (bad.length) {
      throw new ValidationError(
        `${bad.join(', ')} of a ${this.def.name} cannot be set directly`,
        bad.map((f) => ({ path: [f], message: 'read-only: changed by its workflow' })),
      );
    }
  }

  /** Validates and inserts a new record owned by this instance (or `options.owner`). */
  async create(
    input: unknown,
    ctx: WriteContext,
    options: CreateOptions = {},
  ): Promise<StoredRecord> {
    assertSafeInput(input);
    refuseNationalWrite(this.def, this.#store.instance, options.owner ?? this.#store.instance);
    if (input && typeof input === 'object') this.#refuseReadOnly(input as Record<string, unknown>);
    const fields = parseOrThrow(this.def.schema, input) as Record<string, unknown>;
    assertRecordRules(this.def, fields);
    return this.#store.write((tx) => this.createIn(tx, fields, ctx, options));
  }

  /** Inserts already-validated fields inside a caller's transaction. */
  async createIn(
    tx: Tx,
    fields: Record<string, unknown>,
    ctx: WriteContext,
    options: CreateOptions = {},
  ): Promise<StoredRecord> {
    const now = ctx.now ?? new Date().toISOString();
    const owner = options.owner ?? this.#store.instance;
    refuseNationalWrite(this.def, this.#store.instance, owner);
    const id = options.id ?? newId(this.#store.instance);
    if (options.id !== undefined) refuseForeignId(this.#store.instance, owner, id);
    if (await this.get(id, { includeDeleted: true, tx }))
      throw new ConflictError(`A ${this.def.name} with id ${id} already exists`, { id });
    await refuseTakenNaturalKey(tx, this.def, fields, id);
    await this.#refuseMissingReferences(tx, fields);
    const record = {
      id,
      owner,
      version: 1,
      deleted: false,
      createdAt: now,
      updatedAt: now,
      ...fields,
    } as StoredRecord;
    await tx.insert(this.#table).values({
      ...this.#toRow(fields),
      id,
      owner: record.owner,
      version: 1,
      deleted: false,
      createdAt: now,
      updatedAt: now,
    } as never);
    await this.#log(tx, record, 'upsert', ctx, 'create', Object.keys(fields));
    return this.#toRecord({ ...this.#toRow(fields), ...record });
  }

  /** Applies a partial change: the merged record is validated as a whole; only the owner may write. */
  async update(
    id: string,
    patch: unknown,
    ctx: WriteContext,
    options: { expectedVersion?: number } = {},
  ): Promise<StoredRecord> {
    if (!patch || typeof patch !== 'object' || Array.isArray(patch))
      throw new ValidationError('The body must be a JSON object', [
        { path: [], message: 'expected an object' },
      ]);
    assertSafeInput(patch);
    refuseNationalChange(this.def, this.#store.instance);
    this.#refuseReadOnly(patch as Record<string, unknown>);
    return this.#store.write(async (tx) => {
      const current = await this.require(id, tx);
      this.#checkUnlocked(current);
      const merged: Record<string, unknown> = {};
      for (const f of this.#fields) if (current[f] !== undefined) merged[f] = current[f];
      for (const [k, v] of Object.entries(patch)) merged[k] = v === null ? undefined : v;
      const fields = parseOrThrow(this.def.schema, merged) as Record<string, unknown>;
      assertRecordRules(this.def, fields);
      await this.#refuseMissingReferences(tx, fields);
      return this.updateIn(tx, current, fields, ctx, 'update', options.expectedVersion);
    });
  }

  /** Writes validated fields over `current` inside a caller's transaction (workflows use this). */
  async updateIn(
    tx: Tx,
    current: StoredRecord,
    fields: Record<string, unknown>,
    ctx: WriteContext,
    action: string,
    expectedVersion?: number,
  ): Promise<StoredRecord> {
    this.#checkOwner(current);
    refuseNationalWrite(this.def, this.#store.instance, current.owner);
    return this.#writeUpdate(tx, current, fields, ctx, action, expectedVersion);
  }

  /** Writes an update whose rules were checked (the seed's refresh of hub-owned copies comes here directly). */
  async #writeUpdate(
    tx: Tx,
    current: StoredRecord,
    fields: Record<string, unknown>,
    ctx: WriteContext,
    action: string,
    expectedVersion?: number,
  ): Promise<StoredRecord> {
    if (expectedVersion !== undefined && expectedVersion !== current.version) {
      throw new ConflictError(
        `The ${this.def.name} is at version ${current.version}, not ${expectedVersion}`,
        { id: current.id, version: current.version },
      );
    }
    const changed = this.#fields.filter(
      (f) => JSON.stringify(current[f] ?? null) !== JSON.stringify(fields[f] ?? null),
    );
    if (changed.length === 0) return current;
    await refuseTakenNaturalKey(tx, this.def, fields, current.id);
    const now = ctx.now ?? new Date().toISOString();
    const version = current.version + 1;
    await tx
      .update(this.#table)
      .set({ ...this.#toRow(fields), version, updatedAt: now } as never)
      .where(eq(this.#col('id'), current.id));
    const record = { ...current, ...fields, version, updatedAt: now } as StoredRecord;
    await this.#log(tx, record, 'upsert', ctx, action, changed);
    return this.#toRecord({ ...this.#toRow(fields), ...record });
  }

  /** Deletes a record: it becomes a tombstone (kept, so the deletion can travel by sync). */
  async delete(id: string, ctx: WriteContext): Promise<StoredRecord> {
    refuseNationalChange(this.def, this.#store.instance);
    return this.#store.write(async (tx) => {
      const current = await this.require(id, tx);
      this.#checkOwner(current);
      this.#checkUnlocked(current);
      return this.#tombstoneIn(tx, current, ctx, 'delete');
    });
  }

  /**
   * Seeding: tombstones a seeded fact the seed no longer makes (e.g. a corrected line of
   * accountability), by the seed's authority like `upsertManyIn`. False when absent or gone already.
   */
  async retireIn(tx: Tx, id: string, ctx: WriteContext): Promise<boolean> {
    const current = await this.get(id, { tx });
    if (!current) return false;
    await this.#tombstoneIn(tx, current, ctx, 'seed');
    return true;
  }

  async #tombstoneIn(
    tx: Tx,
    current: StoredRecord,
    ctx: WriteContext,
    action: string,
  ): Promise<StoredRecord> {
    const now = ctx.now ?? new Date().toISOString();
    const version = current.version + 1;
    await tx
      .update(this.#table)
      .set({ deleted: true, version, updatedAt: now } as never)
      .where(eq(this.#col('id'), current.id));
    const record = { ...current, deleted: true, version, updatedAt: now };
    await this.#log(tx, record, 'delete', ctx, action, []);
    return record;
  }

  /** The stored records (tombstones too) among `ids`, by id: imports merge into them. */
  async getManyIn(tx: Tx, ids: readonly string[]): Promise<Map<string, StoredRecord>> {
    const found = new Map<string, StoredRecord>();
    for (let start = 0; start < ids.length; start += 500) {
      const rows = await tx
        .select()
        .from(this.#table)
        .where(inArray(this.#col('id'), ids.slice(start, start + 500) as string[]));
      for (const r of rows) {
        const record = this.#toRecord(r as Record<string, unknown>);
        found.set(record.id, record);
      }
    }
    return found;
  }

  /** The stored records among `ids` (at most 500 of them: one read). */
  async #storedAmong(tx: Tx, ids: string[]): Promise<Map<string, StoredRecord>> {
    return new Map(
      (
        await tx
          .select()
          .from(this.#table)
          .where(inArray(this.#col('id'), ids))
      ).map((r) => [r['id'] as string, this.#toRecord(r as Record<string, unknown>)]),
    );
  }

  /** Inserts new records with their change-log and audit rows in bulk, and notes the changes. */
  async #insertFresh(tx: Tx, fresh: StoredRecord[], ctx: WriteContext, now: string): Promise<void> {
    await refuseTakenNaturalKeys(
      tx,
      this.def,
      fresh.map((r) => ({ id: r.id, fields: r as Record<string, unknown> })),
    );
    await bulkInsert(
      tx,
      this.def.table,
      this.#rowColumns(),
      fresh.map((r) => this.#encode(r)),
    );
    await bulkInsert(
      tx,
      'change_log',
      LOG_COLUMNS,
      fresh.map((r) => [
        this.def.name,
        r.id,
        1,
        'upsert',
        r.owner,
        JSON.stringify(this.#payload(r)),
        now,
      ]),
    );
    await bulkInsert(
      tx,
      'audit_log',
      AUDIT_COLUMNS,
      fresh.map((r) => [
        now,
        ctx.actor,
        ctx.actorRole,
        'create',
        this.def.name,
        r.id,
        1,
        JSON.stringify({ fields: Object.keys(r).filter((k) => this.#fields.includes(k)) }),
      ]),
    );
    for (const r of fresh)
      this.#store.noteChange({
        entity: this.def.name,
        id: r.id,
        op: 'upsert',
        version: 1,
        owner: r.owner,
      });
  }

  /**
   * Seeds and imports records with deterministic ids, in bulk (one read per 500 ids, multi-row
   * inserts): inserts those absent, brings up to date those whose fields differ, and leaves equal
   * ones alone (no version, no log). Idempotent.
   */
  async upsertManyIn(
    tx: Tx,
    items: { id: string; fields: unknown }[],
    ctx: WriteContext,
    owner: string,
    options: {
      /** The fields are this entity's schema's output already (an import validated them). */
      validated?: boolean;
      /** The stored records among the items' ids, when the caller has read them in this tx. */
      known?: ReadonlyMap<string, StoredRecord>;
    } = {},
  ): Promise<Record<'created' | 'updated' | 'unchanged', number>> {
    const tally = { created: 0, updated: 0, unchanged: 0 };
    const now = ctx.now ?? new Date().toISOString();
    refuseNationalWrite(this.def, this.#store.instance, owner);
    const parsed = items.map((i) => {
      assertSafeInput(i.fields);
      const fields = options.validated ? i.fields : parseOrThrow(this.def.schema, i.fields);
      assertRecordRules(this.def, fields as Record<string, unknown>);
      return { id: i.id, fields: fields as Record<string, unknown> };
    });
    for (let start = 0; start < parsed.length; start += 500) {
      const chunk = parsed.slice(start, start + 500);
      const existing =
        options.known ??
        (await this.#storedAmong(
          tx,
          chunk.map((c) => c.id),
        ));
      const fresh: StoredRecord[] = [];
      const freshIds = new Set<string>();
      for (const { id, fields } of chunk) {
        const current = existing.get(id);
        if (!current) {
          // only a new record mints an id; a region's must be bound to it (newId(instance))
          refuseForeignId(this.#store.instance, owner, id);
          if (freshIds.has(id)) throw new ConflictError(`Duplicate id ${id} in one batch`, { id });
          freshIds.add(id);
          fresh.push({
            id,
            owner,
            version: 1,
            deleted: false,
            createdAt: now,
            updatedAt: now,
            ...fields,
          } as StoredRecord);
          continue;
        }
        const changed =
          current.owner === owner &&
          this.#fields.some(
            (f) => JSON.stringify(current[f] ?? null) !== JSON.stringify(fields[f] ?? null),
          );
        if (!changed) {
          tally.unchanged++;
          continue;
        }
        await this.#writeUpdate(tx, current, fields, ctx, 'seed');
        tally.updated++;
      }
      await this.#insertFresh(tx, fresh, ctx, now);
      tally.created += fresh.length;
    }
    return tally;
  }

  /** References to records this instance does not hold: 400 naming the field. */
  #refuseMissingReferences(tx: Tx, fields: Record<string, unknown>): Promise<void> {
    return refuseMissingReferences(
      tx,
      this.def,
      fields,
      (entity) => this.#store.entities.find((e) => e.name === entity)?.table,
    );
  }

  /** Who holds a natural key of a remote upsert: a live record here or one written earlier in the same batch. */
  async #keyHolder(
    tx: Tx,
    ch: RemoteChange,
    batch: ReadonlyMap<string, RemoteChange>,
  ): Promise<{ id: string; owner: string; field: string } | undefined> {
    if (this.def.naturalKeys.length === 0 || ch.op === 'delete' || !ch.payload) return undefined;
    for (const field of this.def.naturalKeys) {
      const value = ch.payload[field];
      if (value === undefined || value === null) continue;
      for (const other of batch.values())
        if (other.id !== ch.id && other.op !== 'delete' && other.payload?.[field] === value)
          return { id: other.id, owner: other.owner, field };
    }
    return naturalKeyHolder(tx, this.def, ch.payload, ch.id);
  }

  /** A natural key of `fields` held by a live record here or by an earlier record of the same batch: 409. */
  /**
   * Sorts remote changes into those to write (the last per id) and the refused: another owner's
   * record, an id not minted by `mintedBy`, a version not newer, a natural key another record holds.
   */
  async #screenRemote(
    tx: Tx,
    changes: readonly RemoteChange[],
    existing: ReadonlyMap<string, { owner: string; version: number }>,
    mintedBy: string | undefined,
    out: RemoteOutcome,
  ): Promise<Map<string, RemoteChange>> {
    const toWrite = new Map<string, RemoteChange>();
    for (const ch of changes) {
      const cur =
        toWrite.get(ch.id) ?? (existing.has(ch.id) ? { ...existing.get(ch.id)! } : undefined);
      if (cur && cur.owner !== ch.owner) {
        out.ownerConflicts.push(ch);
        continue;
      }
      if (!cur && mintedBy !== undefined && !idMintedBy(ch.id, mintedBy)) {
        out.foreignIds.push(ch);
        continue;
      }
      if (cur && cur.version >= ch.version) {
        out.stale.push(ch);
        continue;
      }
      const holder = await this.#keyHolder(tx, ch, toWrite);
      if (holder) {
        out.keyConflicts.push({ change: ch, holder });
        continue;
      }
      toWrite.set(ch.id, ch);
      out.applied.push(ch);
    }
    return toWrite;
  }

  /** Writes screened remote changes: upserts, tombstones (with their last state if unseen), the log. */
  async #writeRemote(
    tx: Tx,
    toWrite: ReadonlyMap<string, RemoteChange>,
    existing: ReadonlyMap<string, { owner: string; version: number }>,
    options: { log: boolean; now: string },
  ): Promise<void> {
    const shared = this.#shared;
    const written = [...toWrite.values()];
    const upserts = written.filter((ch) => ch.op !== 'delete');
    const deletes = written.filter((ch) => ch.op === 'delete');
    const record = (ch: RemoteChange) => this.remoteRows.row(ch, options.now);
    // fields that are not shared keep their local values; a deletion carries no payload and keeps the fields
    await bulkInsert(
      tx,
      this.def.table,
      this.#rowColumns(),
      upserts.map(record),
      this.remoteRows.upsert,
    );
    // a tombstone of a record held here keeps its fields; one of a record never seen here needs its last state
    for (const ch of deletes.filter((d) => existing.has(d.id))) {
      await tx
        .update(this.#table)
        .set({
          deleted: true,
          version: ch.version,
          owner: ch.owner,
          updatedAt: options.now,
        } as never)
        .where(eq(this.#col('id'), ch.id));
    }
    const unseen = deletes.filter((d) => !existing.has(d.id));
    const insertable = unseen.filter(
      (d) =>
        d.payload !== null &&
        shared.every((f) => this.#optional.has(f) || d.payload?.[f] !== undefined),
    );
    await bulkInsert(
      tx,
      this.def.table,
      this.#rowColumns(),
      insertable.map(record),
      upsertClause(['owner', 'version', 'deleted', 'updated_at']),
    );
    if (options.log) {
      await bulkInsert(
        tx,
        'change_log',
        LOG_COLUMNS,
        written.map((ch) => this.remoteRows.logRow(ch, options.now)),
      );
    }
    for (const ch of toWrite.values())
      this.#store.noteChange({
        entity: this.def.name,
        id: ch.id,
        op: ch.op,
        version: ch.version,
        owner: ch.owner,
      });
  }

  /**
   * Sync: applies records that another instance owns (their shared fields only), in bulk. A record
   * is written when it is new here or its version is higher; fields that are not shared keep their
   * local values. With `log`, applied changes are appended to this instance's change log: the hub
   * does this for the entities its pull feed carries; a local instance does not, as they are not
   * its own.
   * Returns the ids applied, and those refused because another owner holds them here.
   */
  async applyRemoteIn(
    tx: Tx,
    changes: readonly RemoteChange[],
    options: { log: boolean; now: string; mintedBy?: string },
  ): Promise<RemoteOutcome> {
    const out: RemoteOutcome = {
      applied: [],
      stale: [],
      ownerConflicts: [],
      foreignIds: [],
      keyConflicts: [],
    };
    if (changes.length === 0) return out;
    const existing = new Map<string, { owner: string; version: number }>();
    const ids = [...new Set(changes.map((c) => c.id))];
    for (const [id, owner, version] of await selectByIds(
      tx,
      this.def.table,
      ['id', 'owner', 'version'],
      ids,
    ))
      existing.set(id as string, { owner: owner as string, version: Number(version) });
    const toWrite = await this.#screenRemote(tx, changes, existing, options.mintedBy, out);
    await this.#writeRemote(tx, toWrite, existing, options);
    return out;
  }

  /**
   * Sync, the hub: applies a push's new records of this entity, encoded off the main thread
   * (`encodeNewRecords`), as `applyRemoteIn` would apply the same changes. Only when none of the
   * records is held here yet (a region's records reaching the hub for the first time): returns how
   * many it wrote, or null, having written nothing, when one is held (the caller then applies the
   * changes with `applyRemoteIn`, which weighs versions and owners).
   */
  async applyEncodedIn(
    tx: Tx,
    encoded: EncodedRecords,
    options: { log: boolean; now: string; mintedBy?: string },
  ): Promise<number | null> {
    if (encoded.ids.length === 0) return 0;
    const minter = options.mintedBy;
    if (minter !== undefined && !encoded.ids.every((id) => idMintedBy(id, minter))) return null;
    if (options.log && !encoded.log) return null;
    // a natural key held here already: weighed change by change (applyRemoteIn)
    if (await anyNaturalKeyHeld(tx, this.def, encoded.keys)) return null;
    if ((await selectByIds(tx, this.def.table, ['id'], encoded.ids)).length > 0) return null;
    await insertJsonRows(
      tx,
      this.def.table,
      this.#rowColumns(),
      encoded.rows,
      this.remoteRows.upsert,
    );
    if (options.log) await insertJsonRows(tx, 'change_log', LOG_COLUMNS, encoded.log!);
    for (const [i, id] of encoded.ids.entries())
      this.#store.noteChange({
        entity: this.def.name,
        id,
        op: 'upsert',
        version: encoded.versions[i]!,
        owner: encoded.owner,
      });
    return encoded.ids.length;
  }

  /**
   * The hub's repair of a record held by the wrong origin (a squatter's copy): hands it to `owner`
   * at version 0, so the rightful owner's next change, or its `sync --verify`, writes its own
   * content over it. Audited. Returns the record as it was.
   */
  async reassignIn(
    tx: Tx,
    id: string,
    owner: string,
    ctx: WriteContext & { reason: string },
  ): Promise<StoredRecord> {
    const current = await this.get(id, { includeDeleted: true, tx });
    if (!current)
      throw new NotFoundError(`No ${this.def.name} with id ${id}`, { entity: this.def.name, id });
    const now = ctx.now ?? new Date().toISOString();
    await tx
      .update(this.#table)
      .set({ owner, version: 0, updatedAt: now } as never)
      .where(eq(this.#col('id'), id));
    await tx.insert(auditLog).values({
      at: now,
      actor: ctx.actor,
      actorRole: ctx.actorRole,
      action: 'sync:repair',
      entity: this.def.name,
      recordId: id,
      version: 0,
      detail: { from: current.owner, to: owner, version: current.version, reason: ctx.reason },
    });
    return current;
  }

  /**
   * Sync, after a restore: raises a record's version (without a change-log entry) so that its
   * content, written here since the backup, wins over an older copy elsewhere with the same version.
   */
  async raiseVersionIn(tx: Tx, id: string, version: number): Promise<void> {
    await tx
      .update(this.#table)
      .set({ version } as never)
      .where(and(eq(this.#col('id'), id), lt(this.#col('version'), version)));
  }

  /** Sync snapshot: a change-log entry with the current state of every record `owner` holds here (tombstones too). */
  async snapshotOwnIn(tx: Tx, owner: string, now: string): Promise<number> {
    let after = '';
    let n = 0;
    for (;;) {
      const rows = (await tx
        .select()
        .from(this.#table)
        .where(and(eq(this.#col('owner'), owner), gt(this.#col('id'), after)))
        .orderBy(asc(this.#col('id')))
        .limit(500)) as Record<string, unknown>[];
      if (rows.length === 0) return n;
      const records = rows.map((r) => this.#toRecord(r));
      await tx.insert(changeLog).values(
        records.map((r) => ({
          entity: this.def.name,
          recordId: r.id,
          version: r.version,
          op: r.deleted ? ('delete' as const) : ('upsert' as const),
          owner,
          payload: this.#payload(r),
          at: now,
        })),
      );
      n += rows.length;
      after = records[records.length - 1]!.id;
    }
  }

  /**
   * Id, version and tombstone flag of every record `owner` holds here, a page at a time (for
   * digests): a range of the (owner, id) index per page, so nothing is sorted and memory stays
   * bounded however many records an owner has.
   */
  async *ownedVersions(
    owner: string,
    pageSize = 5000,
  ): AsyncGenerator<{ id: string; version: number; deleted: boolean }[]> {
    for (let after = ''; ; ) {
      const page = await this.#versionsPage(owner, after, pageSize);
      if (page.length === 0) return;
      yield page;
      if (page.length < pageSize) return;
      after = page[page.length - 1]!.id;
    }
  }

  /** Id, version and tombstone flag of up to `limit` records of `owner` after the id `after`, in id order. */
  async #versionsPage(
    owner: string,
    after: string,
    limit: number,
  ): Promise<{ id: string; version: number; deleted: boolean }[]> {
    // one row back (a JSON array built by SQLite): the client's per-row objects cost more than the read
    const rs = await this.#store.client.execute({
      sql: `SELECT json_group_array(json_array(id, version, deleted) ORDER BY id) FROM (SELECT id, version, deleted FROM ${quoteIdent(this.def.table)} WHERE owner = ? AND id > ? ORDER BY id LIMIT ?)`,
      args: [owner, after, limit],
    });
    return (JSON.parse(String(rs.rows[0]![0])) as [string, number, number][]).map(
      ([id, version, deleted]) => ({ id, version, deleted: Boolean(deleted) }),
    );
  }

  /** Sync manifest: id, version and tombstone flag of every record `owner` holds here, in id order, paged. */
  async manifest(
    owner: string,
    options: { after?: string; limit?: number; withPayload?: boolean } = {},
  ): Promise<
    { id: string; version: number; deleted: boolean; payload?: Record<string, unknown> }[]
  > {
    // ids and versions only: a narrow read
    if (!options.withPayload)
      return this.#versionsPage(owner, options.after ?? '', options.limit ?? 1000);
    const where = and(eq(this.#col('owner'), owner), gt(this.#col('id'), options.after ?? ''));
    const rows = (await this.#store.db
      .select()
      .from(this.#table)
      .where(where)
      .orderBy(asc(this.#col('id')))
      .limit(options.limit ?? 1000)) as Record<string, unknown>[];
    return rows.map((r) => {
      const rec = this.#toRecord(r);
      return {
        id: rec.id,
        version: rec.version,
        deleted: rec.deleted,
        payload: this.#payload(rec),
      };
    });
  }

  /** The SQL values of a record, in `#rowColumns()` order. */
  #encode(record: Record<string, unknown>): InValue[] {
    const out: InValue[] = [
      record['id'] as string,
      record['owner'] as string,
      record['version'] as number,
      record['deleted'] ? 1 : 0,
      record['createdAt'] as string,
      record['updatedAt'] as string,
    ];
    for (const c of this.remoteRows.fields) out.push(encodeValue(c.kind, record[c.field]));
    return out;
  }

  #rowColumns(): string[] {
    return this.remoteRows.columns;
  }

  #payload(record: StoredRecord): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const f of this.#shared) if (record[f] !== undefined) out[f] = record[f];
    return out;
  }

  #checkUnlocked(current: StoredRecord): void {
    const reason = this.def.lockedReason?.(current);
    if (reason) throw new ConflictError(reason, { id: current.id });
  }

  #checkOwner(current: StoredRecord): void {
    if (current.owner !== this.#store.instance) {
      throw new ForbiddenError(
        `This ${this.def.name} is owned by instance "${current.owner}"; only its owner may change it`,
        { id: current.id, owner: current.owner },
      );
    }
  }

  async #log(
    tx: Tx,
    record: StoredRecord,
    op: 'upsert' | 'delete',
    ctx: WriteContext,
    action: string,
    fields: string[],
  ): Promise<void> {
    const now = ctx.now ?? new Date().toISOString();
    // a deletion carries the record's last shared state, so a copy that never had it can hold the tombstone
    const payload = this.#payload(record);
    // a `local` plugin entity never leaves the instance: nothing of it enters the change log
    if (!this.#store.localOnly.has(this.def.name))
      await tx.insert(changeLog).values({
        entity: this.def.name,
        recordId: record.id,
        version: record.version,
        op,
        owner: record.owner,
        payload,
        at: now,
      });
    this.#store.noteChange({
      entity: this.def.name,
      id: record.id,
      op,
      version: record.version,
      owner: record.owner,
    });
    await tx.insert(auditLog).values({
      at: now,
      actor: ctx.actor,
      actorRole: ctx.actorRole,
      action,
      entity: this.def.name,
      recordId: record.id,
      version: record.version,
      detail: { fields },
    });
  }
}
