import type { EntityDefinition } from '@tessera/core';
import type { RepositoryHost, Tx } from '../db.js';
import type { EntityTable } from '../schema/entity-table.js';
import { getManyIn, upsertManyIn, type UpsertManyOptions } from './bulk-upsert.js';
import { EntityAccess, type StoredRecord } from './entity-access.js';
import {
  createRecord,
  createRecordIn,
  deleteRecord,
  tombstoneIn,
  updateRecord,
  updateRecordIn,
} from './local-writes.js';
import {
  manifest,
  raiseVersionIn,
  reassignIn,
  snapshotOwnIn,
  versionsPage,
  type RecordVersion,
} from './owned-records.js';
import {
  allRecords,
  countRecords,
  listRecords,
  type ListOptions,
  type Page,
} from './record-queries.js';
import {
  applyEncodedIn,
  applyRemoteIn,
  type RemoteApplyOptions,
  type RemoteOutcome,
} from './remote-apply.js';
import type { EncodedRecords, RemoteChange, RemoteRows } from './remote-rows.js';
import type { CreateOptions, WriteContext } from './write-context.js';

export type { StoredRecord } from './entity-access.js';
export { MAX_LIMIT, type ListOptions, type Page } from './record-queries.js';
export type { RemoteOutcome } from './remote-apply.js';
export type { RemoteChange } from './remote-rows.js';

/**
 * Create, read, update and delete the records of one entity. Every mutation writes the row, a
 * change-log entry (the outbox, `shared` fields only) and an audit entry in one transaction.
 * The work is done by one module per concern (queries, local writes, bulk upserts, remote
 * changes, owned records), over the entity's `EntityAccess`; this class is their one face.
 */
export class EntityRepository {
  readonly def: EntityDefinition;
  /** How remote changes become rows and change-log entries (shared with the hub's screening worker). */
  readonly remoteRows: RemoteRows;
  readonly #a: EntityAccess;

  constructor(store: RepositoryHost, def: EntityDefinition, table: EntityTable) {
    this.#a = new EntityAccess(store, def, table);
    this.def = def;
    this.remoteRows = this.#a.remoteRows;
  }

  /** One record by id (tombstones only with `includeDeleted`). */
  get(
    id: string,
    options: { includeDeleted?: boolean; tx?: Tx } = {},
  ): Promise<StoredRecord | undefined> {
    return this.#a.get(id, options);
  }

  /** One record by id, or a `NotFoundError`. */
  require(id: string, tx?: Tx): Promise<StoredRecord> {
    return this.#a.require(id, tx);
  }

  /** A page of records in id order, filtered by equality on the entity's filter fields. */
  list(options: ListOptions = {}): Promise<Page<StoredRecord>> {
    return listRecords(this.#a, options);
  }

  /** Every live record matching the filters (for computed views; use `list` for pages); `tx` reads inside a write. */
  all(filters: ListOptions['filters'] = {}, tx?: Tx): Promise<StoredRecord[]> {
    return allRecords(this.#a, filters, tx);
  }

  count(filters: ListOptions['filters'] = {}): Promise<number> {
    return countRecords(this.#a, filters);
  }

  /** Validates and inserts a new record owned by this instance (or `options.owner`). */
  create(input: unknown, ctx: WriteContext, options: CreateOptions = {}): Promise<StoredRecord> {
    return createRecord(this.#a, input, ctx, options);
  }

  /** Inserts already-validated fields inside a caller's transaction. */
  createIn(
    tx: Tx,
    fields: Record<string, unknown>,
    ctx: WriteContext,
    options: CreateOptions = {},
  ): Promise<StoredRecord> {
    return createRecordIn(this.#a, tx, fields, ctx, options);
  }

  /** Applies a partial change: the merged record is validated as a whole; only the owner may write. */
  update(
    id: string,
    patch: unknown,
    ctx: WriteContext,
    options: { expectedVersion?: number } = {},
  ): Promise<StoredRecord> {
    return updateRecord(this.#a, id, patch, ctx, options);
  }

  /** Writes validated fields over `current` inside a caller's transaction (workflows use this). */
  updateIn(
    tx: Tx,
    current: StoredRecord,
    fields: Record<string, unknown>,
    ctx: WriteContext,
    action: string,
    expectedVersion?: number,
  ): Promise<StoredRecord> {
    return updateRecordIn(this.#a, tx, current, fields, ctx, action, expectedVersion);
  }

  /** Deletes a record: it becomes a tombstone (kept, so the deletion can travel by sync). */
  delete(id: string, ctx: WriteContext): Promise<StoredRecord> {
    return deleteRecord(this.#a, id, ctx);
  }

  /**
   * Seeding: tombstones a seeded fact the seed no longer makes (e.g. a corrected line of
   * accountability), by the seed's authority like `upsertManyIn`. False when absent or gone already.
   */
  async retireIn(tx: Tx, id: string, ctx: WriteContext): Promise<boolean> {
    const current = await this.#a.get(id, { tx });
    if (!current) return false;
    await tombstoneIn(this.#a, tx, current, ctx, 'seed');
    return true;
  }

  /** The stored records (tombstones too) among `ids`, by id: imports merge into them. */
  getManyIn(tx: Tx, ids: readonly string[]): Promise<Map<string, StoredRecord>> {
    return getManyIn(this.#a, tx, ids);
  }

  /**
   * Seeds and imports records with deterministic ids, in bulk (one read per 500 ids, multi-row
   * inserts): inserts those absent, brings up to date those whose fields differ, and leaves equal
   * ones alone (no version, no log). Idempotent.
   */
  upsertManyIn(
    tx: Tx,
    items: { id: string; fields: unknown }[],
    ctx: WriteContext,
    owner: string,
    options: UpsertManyOptions = {},
  ): Promise<Record<'created' | 'updated' | 'unchanged', number>> {
    return upsertManyIn(this.#a, tx, items, ctx, owner, options);
  }

  /**
   * Sync: applies records that another instance owns (their shared fields only), in bulk. A record
   * is written when it is new here or its version is higher; fields that are not shared keep their
   * local values. With `log`, applied changes are appended to this instance's change log: the hub
   * does this for the entities its pull feed carries; a local instance does not, as they are not
   * its own.
   * Returns the ids applied, and those refused because another owner holds them here.
   */
  applyRemoteIn(
    tx: Tx,
    changes: readonly RemoteChange[],
    options: RemoteApplyOptions,
  ): Promise<RemoteOutcome> {
    return applyRemoteIn(this.#a, tx, changes, options);
  }

  /**
   * Sync, the hub: applies a push's new records of this entity, encoded off the main thread
   * (`encodeNewRecords`), as `applyRemoteIn` would apply the same changes. Only when none of the
   * records is held here yet (a region's records reaching the hub for the first time): returns how
   * many it wrote, or null, having written nothing, when one is held (the caller then applies the
   * changes with `applyRemoteIn`, which weighs versions and owners).
   */
  applyEncodedIn(
    tx: Tx,
    encoded: EncodedRecords,
    options: RemoteApplyOptions,
  ): Promise<number | null> {
    return applyEncodedIn(this.#a, tx, encoded, options);
  }

  /**
   * The hub's repair of a record held by the wrong origin (a squatter's copy): hands it to `owner`
   * at version 0, so the rightful owner's next change, or its `sync --verify`, writes its own
   * content over it. Audited. Returns the record as it was.
   */
  reassignIn(
    tx: Tx,
    id: string,
    owner: string,
    ctx: WriteContext & { reason: string },
  ): Promise<StoredRecord> {
    return reassignIn(this.#a, tx, id, owner, ctx);
  }

  /**
   * Sync, after a restore: raises a record's version (without a change-log entry) so that its
   * content, written here since the backup, wins over an older copy elsewhere with the same version.
   */
  raiseVersionIn(tx: Tx, id: string, version: number): Promise<void> {
    return raiseVersionIn(this.#a, tx, id, version);
  }

  /** Sync snapshot: a change-log entry with the current state of every record `owner` holds here (tombstones too). */
  snapshotOwnIn(tx: Tx, owner: string, now: string): Promise<number> {
    return snapshotOwnIn(this.#a, tx, owner, now);
  }

  /**
   * Id, version and tombstone flag of every record `owner` holds here, a page at a time (for
   * digests): a range of the (owner, id) index per page, so nothing is sorted and memory stays
   * bounded however many records an owner has.
   */
  async *ownedVersions(owner: string, pageSize = 5000): AsyncGenerator<RecordVersion[]> {
    for (let after = ''; ; ) {
      const page = await versionsPage(this.#a, owner, after, pageSize);
      if (page.length === 0) return;
      yield page;
      if (page.length < pageSize) return;
      after = page[page.length - 1]!.id;
    }
  }

  /** Sync manifest: id, version and tombstone flag of every record `owner` holds here, in id order, paged. */
  manifest(
    owner: string,
    options: { after?: string; limit?: number; withPayload?: boolean } = {},
  ): Promise<(RecordVersion & { payload?: Record<string, unknown> })[]> {
    return manifest(this.#a, owner, options);
  }
}
