import { eq } from 'drizzle-orm';
import {
  ConflictError,
  ValidationError,
  newId,
  parseOrThrow,
  assertRecordRules,
  assertSafeInput,
} from '@tessera/core';
import type { Tx } from '../db.js';
import { newRecord, type EntityAccess, type StoredRecord } from './entity-access.js';
import { logWrite } from './record-log.js';
import { refuseLowThreshold, refuseOtherNetwork } from './record-authority.js';
import type { CreateOptions, WriteContext } from './write-context.js';
import {
  refuseForeignId,
  refuseNationalChange,
  refuseNationalWrite,
  refuseTakenNaturalKey,
} from './write-rules.js';

function refuseReadOnly(a: EntityAccess, input: Record<string, unknown>): void {
  const bad = a.def.readOnly.filter((f) => input[f] !== undefined);
  if (bad.length) {
    throw new ValidationError(
      `${bad.join(', ')} of a ${a.def.name} cannot be set directly`,
      bad.map((f) => ({ path: [f], message: 'read-only: changed by its workflow' })),
    );
  }
}

/**
 * The fields of an update whose references are to be checked: those it changes (with what selects
 * their entity). A reference left as it was may name a record deleted since; the change is not
 * about it.
 */
function changedReferences(
  a: EntityAccess,
  current: StoredRecord,
  fields: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, ref] of Object.entries(a.def.references)) {
    const selector = typeof ref === 'string' ? undefined : ref!.by;
    const changed =
      current[field] !== fields[field] ||
      (selector !== undefined && current[selector] !== fields[selector]);
    if (!changed) continue;
    out[field] = fields[field];
    if (selector !== undefined) out[selector] = fields[selector];
  }
  return out;
}

/** Validates and inserts a new record owned by this instance (or `options.owner`). */
export async function createRecord(
  a: EntityAccess,
  input: unknown,
  ctx: WriteContext,
  options: CreateOptions,
): Promise<StoredRecord> {
  assertSafeInput(input);
  refuseNationalWrite(a.def, a.host.instance, options.owner ?? a.host.instance);
  if (input && typeof input === 'object') refuseReadOnly(a, input as Record<string, unknown>);
  const fields = parseOrThrow(a.def.schema, input) as Record<string, unknown>;
  assertRecordRules(a.def, fields);
  return a.host.write((tx) => createRecordIn(a, tx, fields, ctx, options));
}

/** Inserts already-validated fields inside a caller's transaction. */
export async function createRecordIn(
  a: EntityAccess,
  tx: Tx,
  fields: Record<string, unknown>,
  ctx: WriteContext,
  options: CreateOptions,
): Promise<StoredRecord> {
  const now = ctx.now ?? new Date().toISOString();
  const owner = options.owner ?? a.host.instance;
  refuseNationalWrite(a.def, a.host.instance, owner);
  const id = options.id ?? newId(a.host.instance);
  if (options.id !== undefined) refuseForeignId(a.host.instance, owner, id);
  if (await a.get(id, { includeDeleted: true, tx }))
    throw new ConflictError(`A ${a.def.name} with id ${id} already exists`, { id });
  await refuseTakenNaturalKey(tx, a.def, fields, id);
  await a.refuseMissingReferences(tx, fields);
  await refuseOtherNetwork(tx, a.def, fields, a.host.instance, a.tableOf);
  await refuseLowThreshold(tx, a.def, [fields]);
  const record = newRecord(id, owner, now, fields);
  await tx.insert(a.table).values({
    ...a.toRow(fields),
    id,
    owner: record.owner,
    version: 1,
    deleted: false,
    createdAt: now,
    updatedAt: now,
  } as never);
  await logWrite(a, tx, record, 'upsert', ctx, 'create', Object.keys(fields));
  return a.toRecord({ ...a.toRow(fields), ...record });
}

/** Applies a partial change: the merged record is validated as a whole; only the owner may write. */
export async function updateRecord(
  a: EntityAccess,
  id: string,
  patch: unknown,
  ctx: WriteContext,
  options: { expectedVersion?: number },
): Promise<StoredRecord> {
  if (!patch || typeof patch !== 'object' || Array.isArray(patch))
    throw new ValidationError('The body must be a JSON object', [
      { path: [], message: 'expected an object' },
    ]);
  assertSafeInput(patch);
  refuseNationalChange(a.def, a.host.instance);
  refuseReadOnly(a, patch as Record<string, unknown>);
  return a.host.write(async (tx) => {
    const current = await a.require(id, tx);
    a.checkUnlocked(current);
    // no prototype: a `__proto__` key in the patch is a key like any other (refused as unknown),
    // not a prototype assignment that would silently drop it
    const merged: Record<string, unknown> = Object.create(null);
    for (const f of a.fields) if (current[f] !== undefined) merged[f] = current[f];
    for (const [k, v] of Object.entries(patch)) merged[k] = v === null ? undefined : v;
    const fields = parseOrThrow(a.def.schema, merged) as Record<string, unknown>;
    assertRecordRules(a.def, fields);
    await a.refuseMissingReferences(tx, changedReferences(a, current, fields));
    return updateRecordIn(a, tx, current, fields, ctx, 'update', options.expectedVersion);
  });
}

/** Writes validated fields over `current` inside a caller's transaction (workflows use this). */
export async function updateRecordIn(
  a: EntityAccess,
  tx: Tx,
  current: StoredRecord,
  fields: Record<string, unknown>,
  ctx: WriteContext,
  action: string,
  expectedVersion?: number,
): Promise<StoredRecord> {
  a.checkOwner(current);
  refuseNationalWrite(a.def, a.host.instance, current.owner);
  await refuseOtherNetwork(tx, a.def, fields, a.host.instance, a.tableOf);
  return writeUpdate(a, tx, current, fields, ctx, action, expectedVersion);
}

/** Writes an update whose rules were checked (the seed's refresh of hub-owned copies comes here directly). */
export async function writeUpdate(
  a: EntityAccess,
  tx: Tx,
  current: StoredRecord,
  fields: Record<string, unknown>,
  ctx: WriteContext,
  action: string,
  expectedVersion?: number,
): Promise<StoredRecord> {
  if (expectedVersion !== undefined && expectedVersion !== current.version) {
    throw new ConflictError(
      `The ${a.def.name} is at version ${current.version}, not ${expectedVersion}`,
      { id: current.id, version: current.version },
    );
  }
  const changed = a.fields.filter(
    (f) => JSON.stringify(current[f] ?? null) !== JSON.stringify(fields[f] ?? null),
  );
  if (changed.length === 0) return current;
  await refuseTakenNaturalKey(tx, a.def, fields, current.id);
  await refuseLowThreshold(tx, a.def, [fields]);
  const now = ctx.now ?? new Date().toISOString();
  const version = current.version + 1;
  await tx
    .update(a.table)
    .set({ ...a.toRow(fields), version, updatedAt: now } as never)
    .where(eq(a.col('id'), current.id));
  const record = { ...current, ...fields, version, updatedAt: now } as StoredRecord;
  await logWrite(a, tx, record, 'upsert', ctx, action, changed);
  return a.toRecord({ ...a.toRow(fields), ...record });
}

/** Deletes a record: it becomes a tombstone (kept, so the deletion can travel by sync). */
export async function deleteRecord(
  a: EntityAccess,
  id: string,
  ctx: WriteContext,
): Promise<StoredRecord> {
  refuseNationalChange(a.def, a.host.instance);
  return a.host.write(async (tx) => {
    const current = await a.require(id, tx);
    a.checkOwner(current);
    a.checkUnlocked(current);
    return tombstoneIn(a, tx, current, ctx, 'delete');
  });
}

/** Tombstones `current` in the caller's transaction, logged as `action`. */
export async function tombstoneIn(
  a: EntityAccess,
  tx: Tx,
  current: StoredRecord,
  ctx: WriteContext,
  action: string,
): Promise<StoredRecord> {
  const now = ctx.now ?? new Date().toISOString();
  const version = current.version + 1;
  await tx
    .update(a.table)
    .set({ deleted: true, version, updatedAt: now } as never)
    .where(eq(a.col('id'), current.id));
  const record = { ...current, deleted: true, version, updatedAt: now };
  await logWrite(a, tx, record, 'delete', ctx, action, []);
  return record;
}
