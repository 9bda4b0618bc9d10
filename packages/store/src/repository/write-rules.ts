import {
  ConflictError,
  ForbiddenError,
  ValidationError,
  idMintedBy,
  referencedEntity,
  type EntityDefinition,
} from '@tessera/core';
import { sql } from 'drizzle-orm';
import { HUB_INSTANCE } from '../hub-instance.js';
import { snakeCase } from '../schema/zod-column.js';
import type { Tx } from '../db.js';

/**
 * The rules every write path obeys (API, CLI, plugins, imports), kept apart from the repository's
 * mechanics: national records are written only at the hub, a region's records live under ids it
 * minted, natural keys are unique England-wide.
 */

/** Refuses (403 `national_record`) a record of a national entity that this non-hub instance would own. */
export function refuseNationalWrite(def: EntityDefinition, instance: string, owner: string): void {
  if (def.authority !== 'national' || instance === HUB_INSTANCE || owner !== instance) return;
  throw new ForbiddenError(
    `${def.collection} are national records: only the national hub writes them (rule national_record); this is instance "${instance}"`,
    { code: 'national_record', rule: 'national_record', entity: def.name },
  );
}

/** Refuses (403 `national_record`) any change at a non-hub instance to a record of a national entity. */
export function refuseNationalChange(def: EntityDefinition, instance: string): void {
  if (def.authority !== 'national' || instance === HUB_INSTANCE) return;
  throw new ForbiddenError(
    `${def.collection} are national records: only the national hub changes them (rule national_record); this is instance "${instance}"`,
    { code: 'national_record', rule: 'national_record', entity: def.name },
  );
}

/**
 * Refuses (400 on `id`) a caller-chosen id for a record this region will own when the id is not
 * bound to this instance (`newId(instance)`): the hub would refuse it, and no region may take an
 * id another origin minted. The hub (which writes national records under natural ids) is exempt.
 */
export function refuseForeignId(instance: string, owner: string, id: string): void {
  if (instance === HUB_INSTANCE || owner !== instance || idMintedBy(id, instance)) return;
  throw new ValidationError(
    `The id ${id} was not minted by this instance ("${instance}"): a region's records carry ids from newId("${instance}")`,
    [{ path: ['id'], message: 'not an id minted by this instance', code: 'foreign_id' }],
  );
}

/** The live record (other than `id`) holding a natural key value of `fields`, if any. */
export async function naturalKeyHolder(
  tx: Tx,
  def: EntityDefinition,
  fields: Record<string, unknown>,
  id: string,
): Promise<{ field: string; value: unknown; id: string; owner: string } | undefined> {
  for (const field of def.naturalKeys) {
    const value = fields[field];
    if (value === undefined || value === null) continue;
    const rows = await tx.all<Record<string, unknown>>(
      sql`SELECT "id", "owner" FROM ${sql.identifier(def.table)} WHERE ${sql.identifier(snakeCase(field))} = ${value as string} AND "deleted" = 0 AND "id" <> ${id} LIMIT 1`,
    );
    const row = rows[0];
    if (row) return { field, value, id: String(row['id']), owner: String(row['owner']) };
  }
  return undefined;
}

/** Refuses (409 `natural_key_taken`, naming the holder) a natural key another live record holds. */
export async function refuseTakenNaturalKey(
  tx: Tx,
  def: EntityDefinition,
  fields: Record<string, unknown>,
  id: string,
): Promise<void> {
  if (def.naturalKeys.length === 0) return;
  const holder = await naturalKeyHolder(tx, def, fields, id);
  if (!holder) return;
  throw new ConflictError(
    `${holder.field} ${String(holder.value)} is already held by ${def.name} ${holder.id} (owner "${holder.owner}"): natural keys are unique England-wide`,
    {
      code: 'natural_key_taken',
      field: holder.field,
      holder: { entity: def.name, id: holder.id, owner: holder.owner },
    },
  );
}

/**
 * Refuses (409 `natural_key_taken`) the first of a batch of new records whose natural key another
 * record of the batch gives too, or a stored live record holds: one query per key and batch.
 */
export async function refuseTakenNaturalKeys(
  tx: Tx,
  def: EntityDefinition,
  records: readonly { id: string; fields: Record<string, unknown> }[],
): Promise<void> {
  for (const field of def.naturalKeys) {
    const first = new Map<unknown, string>();
    for (const { id, fields } of records) {
      const value = fields[field];
      if (value === undefined || value === null) continue;
      const twin = first.get(value);
      if (twin !== undefined)
        throw new ConflictError(
          `${field} ${String(value)} is given twice in one batch (${twin} and ${id})`,
          { code: 'natural_key_taken', field, holder: { entity: def.name, id: twin } },
        );
      first.set(value, id);
    }
    if (first.size === 0) continue;
    const rows = await tx.all<Record<string, unknown>>(
      sql`SELECT "id", "owner", ${sql.identifier(snakeCase(field))} AS "value" FROM ${sql.identifier(def.table)} WHERE ${sql.identifier(snakeCase(field))} IN (${sql.join(
        [...first.keys()].map((v) => sql`${v as string}`),
        sql`, `,
      )}) AND "deleted" = 0`,
    );
    const held = new Map(rows.map((r) => [r['value'], r]));
    for (const { id, fields } of records) {
      const row = held.get(fields[field]);
      if (!row || row['id'] === id) continue;
      throw new ConflictError(
        `${field} ${String(fields[field])} is already held by ${def.name} ${String(row['id'])} (owner "${String(row['owner'])}"): natural keys are unique England-wide`,
        {
          code: 'natural_key_taken',
          field,
          holder: { entity: def.name, id: String(row['id']), owner: String(row['owner']) },
        },
      );
    }
  }
}

/** Whether a live record holds any of the natural key values given per field. */
export async function anyNaturalKeyHeld(
  tx: Tx,
  def: EntityDefinition,
  keys: Record<string, unknown[]>,
): Promise<boolean> {
  for (const [field, values] of Object.entries(keys)) {
    if (values.length === 0) continue;
    const rows = await tx.all(
      sql`SELECT 1 FROM ${sql.identifier(def.table)} WHERE ${sql.identifier(snakeCase(field))} IN (SELECT value FROM json_each(${JSON.stringify(values)})) AND "deleted" = 0 LIMIT 1`,
    );
    if (rows.length > 0) return true;
  }
  return false;
}

/** A reference field of a record naming no live record held here. */
export interface MissingReference {
  /** The record's index in the list checked. */
  index: number;
  field: string;
  entity: string;
  id: string;
}

/**
 * The references of `records` (fields declared in `def.references`) that name no live record this
 * instance holds, nor one `alsoHeld` says the same write brings: one query per referenced entity.
 */
export async function missingReferences(
  tx: Tx,
  def: EntityDefinition,
  records: readonly Record<string, unknown>[],
  tableOf: (entity: string) => string | undefined,
  alsoHeld: (entity: string, id: string) => boolean = () => false,
): Promise<MissingReference[]> {
  const wanted: MissingReference[] = [];
  for (const field of Object.keys(def.references)) {
    records.forEach((record, index) => {
      const id = record[field];
      const entity = referencedEntity(def, field, record);
      if (typeof id !== 'string' || entity === undefined || alsoHeld(entity, id)) return;
      wanted.push({ index, field, entity, id });
    });
  }
  const held = new Set<string>();
  for (const entity of new Set(wanted.map((w) => w.entity))) {
    const table = tableOf(entity);
    const ids = [...new Set(wanted.filter((w) => w.entity === entity).map((w) => w.id))];
    if (!table) {
      for (const id of ids) held.add(`${entity}\u0000${id}`); // not an entity of this store
      continue;
    }
    const rows = await tx.all<Record<string, unknown>>(
      sql`SELECT "id" FROM ${sql.identifier(table)} WHERE "id" IN (SELECT value FROM json_each(${JSON.stringify(ids)})) AND "deleted" = 0`,
    );
    for (const r of rows) held.add(`${entity}\u0000${String(r['id'])}`);
  }
  return wanted
    .filter((w) => !held.has(`${w.entity}\u0000${w.id}`))
    .sort((x, y) => x.index - y.index);
}

/** The 400 problem for references to records this instance does not hold (paths name the fields). */
export function missingReferenceError(
  missing: readonly MissingReference[],
  prefix: (index: number) => (string | number)[] = () => [],
): ValidationError {
  const first = missing[0]!;
  return new ValidationError(
    `${first.field}: no ${first.entity} with id ${first.id}`,
    missing.map((m) => ({
      path: [...prefix(m.index), m.field],
      message: `no ${m.entity} with id ${m.id}`,
      code: 'missing_reference',
    })),
  );
}

/** Refuses (400 naming the field) a reference to a record this instance does not hold (live). */
export async function refuseMissingReferences(
  tx: Tx,
  def: EntityDefinition,
  fields: Record<string, unknown>,
  tableOf: (entity: string) => string | undefined,
): Promise<void> {
  const missing = await missingReferences(tx, def, [fields], tableOf);
  if (missing.length > 0) throw missingReferenceError(missing);
}
