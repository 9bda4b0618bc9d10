import { inArray } from 'drizzle-orm';
import { ConflictError, parseOrThrow, assertRecordRules, assertSafeInput } from '@tessera/core';
import type { Tx } from '../db.js';
import { bulkInsert } from '../internal/bulk-insert.js';
import { newRecord, type EntityAccess, type StoredRecord } from './entity-access.js';
import { writeUpdate } from './local-writes.js';
import { refuseLowThreshold, refuseOtherNetwork } from './record-authority.js';
import { LOG_COLUMNS } from './remote-rows.js';
import type { WriteContext } from './write-context.js';
import {
  missingReferenceError,
  missingReferences,
  refuseForeignId,
  refuseNationalWrite,
  refuseTakenNaturalKeys,
} from './write-rules.js';

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

/** The stored records (tombstones too) among `ids`, by id: imports merge into them. */
export async function getManyIn(
  a: EntityAccess,
  tx: Tx,
  ids: readonly string[],
): Promise<Map<string, StoredRecord>> {
  const found = new Map<string, StoredRecord>();
  for (let start = 0; start < ids.length; start += 500) {
    const rows = await tx
      .select()
      .from(a.table)
      .where(inArray(a.col('id'), ids.slice(start, start + 500) as string[]));
    for (const r of rows) {
      const record = a.toRecord(r as Record<string, unknown>);
      found.set(record.id, record);
    }
  }
  return found;
}

/** The stored records among `ids` (at most 500 of them: one read). */
async function storedAmong(
  a: EntityAccess,
  tx: Tx,
  ids: string[],
): Promise<Map<string, StoredRecord>> {
  return new Map(
    (
      await tx
        .select()
        .from(a.table)
        .where(inArray(a.col('id'), ids))
    ).map((r) => [r['id'] as string, a.toRecord(r as Record<string, unknown>)]),
  );
}

/** Inserts new records with their change-log and audit rows in bulk, and notes the changes. */
async function insertFresh(
  a: EntityAccess,
  tx: Tx,
  fresh: StoredRecord[],
  ctx: WriteContext,
  now: string,
): Promise<void> {
  await refuseTakenNaturalKeys(
    tx,
    a.def,
    fresh.map((r) => ({ id: r.id, fields: r as Record<string, unknown> })),
  );
  await bulkInsert(
    tx,
    a.def.table,
    a.columns,
    fresh.map((r) => a.encode(r)),
  );
  await bulkInsert(
    tx,
    'change_log',
    LOG_COLUMNS,
    fresh.map((r) => [a.def.name, r.id, 1, 'upsert', r.owner, JSON.stringify(a.payload(r)), now]),
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
      a.def.name,
      r.id,
      1,
      JSON.stringify({ fields: Object.keys(r).filter((k) => a.fields.includes(k)) }),
    ]),
  );
  for (const r of fresh)
    a.host.noteChange({ entity: a.def.name, id: r.id, op: 'upsert', version: 1, owner: r.owner });
}

export interface UpsertManyOptions {
  /** The fields are this entity's schema's output already (an import validated them). */
  validated?: boolean;
  /** The stored records among the items' ids, when the caller has read them in this tx. */
  known?: ReadonlyMap<string, StoredRecord>;
}

/**
 * Seeds and imports records with deterministic ids, in bulk (one read per 500 ids, multi-row
 * inserts): inserts those absent, brings up to date those whose fields differ, and leaves equal
 * ones alone (no version, no log). Idempotent.
 */
export async function upsertManyIn(
  a: EntityAccess,
  tx: Tx,
  items: { id: string; fields: unknown }[],
  ctx: WriteContext,
  owner: string,
  options: UpsertManyOptions,
): Promise<Record<'created' | 'updated' | 'unchanged', number>> {
  const tally = { created: 0, updated: 0, unchanged: 0 };
  const now = ctx.now ?? new Date().toISOString();
  refuseNationalWrite(a.def, a.host.instance, owner);
  const parsed = items.map((i) => {
    assertSafeInput(i.fields);
    const fields = options.validated ? i.fields : parseOrThrow(a.def.schema, i.fields);
    assertRecordRules(a.def, fields as Record<string, unknown>);
    return { id: i.id, fields: fields as Record<string, unknown> };
  });
  // references name records held here or given in the same call (a successor among the trusts)
  const ids = new Set(parsed.map((p) => p.id));
  const missing = await missingReferences(
    tx,
    a.def,
    parsed.map((p) => p.fields),
    a.tableOf,
    (entity, id) => entity === a.def.name && ids.has(id),
  );
  if (missing.length > 0) throw missingReferenceError(missing, (i) => [i]);
  await refuseLowThreshold(
    tx,
    a.def,
    parsed.map((p) => p.fields),
  );
  if (owner === a.host.instance && a.def.networkField !== undefined) {
    const seen = new Set<unknown>();
    for (const p of parsed) {
      const network = p.fields[a.def.networkField];
      if (seen.has(network)) continue;
      seen.add(network);
      await refuseOtherNetwork(tx, a.def, p.fields, a.host.instance, a.tableOf);
    }
  }
  for (let start = 0; start < parsed.length; start += 500) {
    const chunk = parsed.slice(start, start + 500);
    const existing =
      options.known ??
      (await storedAmong(
        a,
        tx,
        chunk.map((c) => c.id),
      ));
    const fresh: StoredRecord[] = [];
    const freshIds = new Set<string>();
    for (const { id, fields } of chunk) {
      const current = existing.get(id);
      if (!current) {
        // only a new record mints an id; a region's must be bound to it (newId(instance))
        refuseForeignId(a.host.instance, owner, id);
        if (freshIds.has(id)) throw new ConflictError(`Duplicate id ${id} in one batch`, { id });
        freshIds.add(id);
        fresh.push(newRecord(id, owner, now, fields));
        continue;
      }
      const changed =
        current.owner === owner &&
        a.fields.some(
          (f) => JSON.stringify(current[f] ?? null) !== JSON.stringify(fields[f] ?? null),
        );
      if (!changed) {
        tally.unchanged++;
        continue;
      }
      await writeUpdate(a, tx, current, fields, ctx, 'seed');
      tally.updated++;
    }
    await insertFresh(a, tx, fresh, ctx, now);
    tally.created += fresh.length;
  }
  return tally;
}
