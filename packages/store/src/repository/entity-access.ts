import { eq } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  fieldPolicy,
  type EntityDefinition,
} from '@tessera/core';
import type { InValue } from '@libsql/client';
import type { RepositoryHost, Tx } from '../db.js';
import type { EntityTable } from '../schema/entity-table.js';
import { columnShapeOf } from '../schema/zod-column.js';
import { RemoteRows, encodeValue } from './remote-rows.js';
import { refuseMissingReferences } from './write-rules.js';

/** A stored record: envelope plus fields. */
export type StoredRecord = {
  id: string;
  owner: string;
  version: number;
  deleted: boolean;
  createdAt: string;
  updatedAt: string;
} & Record<string, unknown>;

/** A new record at version 1, created and updated `now`. */
export function newRecord(
  id: string,
  owner: string,
  now: string,
  fields: Record<string, unknown>,
): StoredRecord {
  return {
    id,
    owner,
    version: 1,
    deleted: false,
    createdAt: now,
    updatedAt: now,
    ...fields,
  } as StoredRecord;
}

const ENVELOPE = ['id', 'owner', 'version', 'deleted', 'createdAt', 'updatedAt'] as const;

/**
 * What every operation on one entity's table works with: the host (the store, through its narrow
 * interface), the definition and table, the mapping between rows and records, and the reads and
 * checks that reads and writes share.
 */
export class EntityAccess {
  readonly host: RepositoryHost;
  readonly def: EntityDefinition;
  readonly table: EntityTable;
  readonly fields: string[];
  /** Fields absent on read when null. */
  readonly optional: Set<string>;
  /** The fields that may leave this instance (the sync allowlist). */
  readonly shared: string[];
  /** How remote changes become rows and change-log entries (shared with the hub's screening worker). */
  readonly remoteRows: RemoteRows;

  constructor(host: RepositoryHost, def: EntityDefinition, table: EntityTable) {
    this.host = host;
    this.def = def;
    this.table = table;
    this.fields = Object.keys(def.schema.shape);
    // absent on read when null: optional fields, and fields that never leave their instance (null at the hub)
    this.optional = new Set(
      this.fields.filter(
        (f) =>
          columnShapeOf(def.schema.shape[f] as never).optional || fieldPolicy(def, f) !== 'shared',
      ),
    );
    this.remoteRows = new RemoteRows(def);
    this.shared = this.remoteRows.shared;
  }

  col(name: string): SQLiteColumn {
    return (this.table as unknown as Record<string, SQLiteColumn>)[name]!;
  }

  /** Row -> record: absent optional fields are left out rather than null. */
  toRecord(row: Record<string, unknown>): StoredRecord {
    const out: Record<string, unknown> = {};
    for (const k of ENVELOPE) out[k] = row[k];
    for (const f of this.fields) if (!(row[f] === null && this.optional.has(f))) out[f] = row[f];
    return out as StoredRecord;
  }

  toRow(fields: Record<string, unknown>): Record<string, unknown> {
    const row: Record<string, unknown> = {};
    for (const f of this.fields) row[f] = fields[f] ?? null;
    return row;
  }

  /** The SQL values of a record, in `columns` order. */
  encode(record: Record<string, unknown>): InValue[] {
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

  /** The table's columns, envelope first. */
  get columns(): string[] {
    return this.remoteRows.columns;
  }

  /** What of a record may leave this instance: its shared fields. */
  payload(record: StoredRecord): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const f of this.shared) if (record[f] !== undefined) out[f] = record[f];
    return out;
  }

  /** One record by id (tombstones only with `includeDeleted`). */
  async get(
    id: string,
    options: { includeDeleted?: boolean; tx?: Tx } = {},
  ): Promise<StoredRecord | undefined> {
    const db = options.tx ?? this.host.db;
    const rows = await db
      .select()
      .from(this.table)
      .where(eq(this.col('id'), id))
      .limit(1);
    const row = rows[0] as Record<string, unknown> | undefined;
    if (!row || (row['deleted'] && !options.includeDeleted)) return undefined;
    return this.toRecord(row);
  }

  /** One record by id, or a `NotFoundError`. */
  async require(id: string, tx?: Tx): Promise<StoredRecord> {
    const r = await this.get(id, tx ? { tx } : {});
    if (!r) throw this.notFound(id);
    return r;
  }

  notFound(id: string): NotFoundError {
    return new NotFoundError(`No ${this.def.name} with id ${id}`, { entity: this.def.name, id });
  }

  checkUnlocked(current: StoredRecord): void {
    const reason = this.def.lockedReason?.(current);
    if (reason) throw new ConflictError(reason, { id: current.id });
  }

  checkOwner(current: StoredRecord): void {
    if (current.owner !== this.host.instance) {
      throw new ForbiddenError(
        `This ${this.def.name} is owned by instance "${current.owner}"; only its owner may change it`,
        { id: current.id, owner: current.owner },
      );
    }
  }

  /** The table of an entity of this store, by name. */
  readonly tableOf = (entity: string): string | undefined =>
    this.host.entities.find((e) => e.name === entity)?.table;

  /** References to records this instance does not hold: 400 naming the field. */
  refuseMissingReferences(tx: Tx, fields: Record<string, unknown>): Promise<void> {
    return refuseMissingReferences(tx, this.def, fields, this.tableOf);
  }
}
