import type { InValue } from '@libsql/client';
import { shareableFields, type EntityDefinition } from '@tessera/core';
import { columnShapeOf, snakeCase } from '../schema/zod-column.js';
import { rowsAsJson } from '../internal/json-exact.js';
import { upsertClause } from '../internal/upsert-clause.js';

/** A change of a record another instance owns, as sync carries it (shared fields only). */
export interface RemoteChange {
  entity: string;
  id: string;
  owner: string;
  version: number;
  op: 'upsert' | 'delete';
  payload: Record<string, unknown> | null;
}

/** A field's SQL value: JSON text for objects and arrays, 0/1 for booleans, null for absent. */
export function encodeValue(kind: string, v: unknown): InValue {
  return v === undefined || v === null
    ? null
    : kind === 'json'
      ? JSON.stringify(v)
      : kind === 'boolean'
        ? v
          ? 1
          : 0
        : (v as InValue);
}

export const LOG_COLUMNS = ['entity', 'record_id', 'version', 'op', 'owner', 'payload', 'at'];

/**
 * How a remote change becomes the row of its entity's table and an entry of the change log. Pure
 * (an entity definition is all it needs), so the hub encodes a push batch on its screening worker
 * while its main thread applies the batch before.
 */
export class RemoteRows {
  readonly def: EntityDefinition;
  /** The table's columns, in the order of `row`'s values. */
  readonly columns: string[];
  /** The fields that may leave their instance (the sync allowlist). */
  readonly shared: string[];
  /** Each field's SQL column, whether its value is stored as JSON text or a 0/1 boolean, and whether it is shared. */
  readonly fields: { field: string; column: string; kind: string; shared: boolean }[];
  /** `ON CONFLICT` of a remote upsert: the envelope and the shared fields change; the others keep their local values. */
  readonly upsert: string;

  constructor(def: EntityDefinition) {
    this.def = def;
    this.shared = shareableFields(def);
    this.fields = Object.keys(def.schema.shape).map((f) => ({
      field: f,
      column: snakeCase(f),
      kind: columnShapeOf(def.schema.shape[f] as never).kind,
      shared: this.shared.includes(f),
    }));
    this.columns = [
      'id',
      'owner',
      'version',
      'deleted',
      'created_at',
      'updated_at',
      ...this.fields.map((f) => f.column),
    ];
    this.upsert = upsertClause([
      'owner',
      'version',
      'deleted',
      'updated_at',
      ...this.shared.map(snakeCase),
    ]);
  }

  /** The SQL values of a remote change's record (its shared fields; null for the others), in `columns` order. */
  row(ch: RemoteChange, now: string): InValue[] {
    const out: InValue[] = [ch.id, ch.owner, ch.version, ch.op === 'delete' ? 1 : 0, now, now];
    const payload = ch.payload;
    for (const f of this.fields)
      out.push(encodeValue(f.kind, f.shared && payload ? payload[f.field] : undefined));
    return out;
  }

  /** The change-log entry of an applied remote change (its shared fields only), in `LOG_COLUMNS` order. */
  logRow(ch: RemoteChange, now: string): InValue[] {
    return [
      this.def.name,
      ch.id,
      ch.version,
      ch.op,
      ch.owner,
      ch.payload ? JSON.stringify(this.sharedOnly(ch.payload)) : null,
      now,
    ];
  }

  /** Only the shared fields of a payload. */
  sharedOnly(payload: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const f of this.shared)
      if (payload[f] !== undefined && payload[f] !== null) out[f] = payload[f];
    return out;
  }
}

/** New records of one entity from one push, encoded (by `encodeNewRecords`) as `insertJsonRows` takes them. */
export interface EncodedRecords {
  entity: string;
  ids: string[];
  versions: number[];
  owner: string;
  /** The rows, as JSON texts of at most 2,000 rows. */
  rows: string[];
  /** The change-log entries (the hub logs what it serves by pull), likewise; null if not encoded. */
  log: string[] | null;
  /** The values of each natural key the records carry (distinct within the batch). */
  keys: Record<string, unknown[]>;
}

/**
 * Encodes a push's changes of one entity for `EntityRepository.applyEncodedIn`, when each is an
 * upsert of a distinct record with its payload and every value can travel as JSON; null
 * otherwise (the changes are then applied one by one with `applyRemoteIn`).
 */
export function encodeNewRecords(
  codec: RemoteRows,
  changes: readonly RemoteChange[],
  now: string,
  withLog: boolean,
): EncodedRecords | null {
  const first = changes[0];
  if (!first) return null;
  const ids = new Set<string>();
  for (const ch of changes) {
    if (ch.op !== 'upsert' || !ch.payload || ch.owner !== first.owner || ids.has(ch.id))
      return null;
    ids.add(ch.id);
  }
  const keys: Record<string, unknown[]> = {};
  for (const field of codec.def.naturalKeys) {
    const values = changes.map((ch) => ch.payload?.[field]).filter((v) => v != null);
    // two records of one batch with the same key: weighed change by change
    if (new Set(values).size !== values.length) return null;
    keys[field] = values;
  }
  const rows = rowsAsJson(changes.map((ch) => codec.row(ch, now)));
  const log = withLog ? rowsAsJson(changes.map((ch) => codec.logRow(ch, now))) : null;
  if (!rows || (withLog && !log)) return null;
  return {
    entity: codec.def.name,
    ids: [...ids],
    versions: changes.map((ch) => ch.version),
    owner: first.owner,
    rows,
    log,
    keys,
  };
}
