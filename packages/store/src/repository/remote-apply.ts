import { eq } from 'drizzle-orm';
import { idMintedBy, isNetworkInstance } from '@tessera/core';
import { suppressionFloorIn } from '../suppression-floor.js';
import { networkAuthorityProblem, thresholdProblem } from './record-authority.js';
import type { Tx } from '../db.js';
import { bulkInsert, insertJsonRows } from '../internal/bulk-insert.js';
import { selectByIds } from '../internal/select-by-ids.js';
import { upsertClause } from '../internal/upsert-clause.js';
import type { EntityAccess } from './entity-access.js';
import { LOG_COLUMNS, type EncodedRecords, type RemoteChange } from './remote-rows.js';
import { anyNaturalKeyHeld, naturalKeyHolder } from './write-rules.js';

/** What `applyRemoteIn` did with each remote change. */
export interface RemoteOutcome {
  applied: RemoteChange[];
  /** Changes creating a record here under an id not minted by `mintedBy` (squatting). */
  foreignIds: RemoteChange[];
  stale: RemoteChange[];
  ownerConflicts: RemoteChange[];
  keyConflicts: { change: RemoteChange; holder: { id: string; owner: string; field: string } }[];
  /**
   * Changes of a push (`mintedBy` given) that break a rule on what a record says: a network the
   * origin does not speak for (`network_authority`), a threshold below this instance's suppression
   * floor (`below_suppression_floor`).
   */
  ruleRefusals: { change: RemoteChange; code: RuleCode; reason: string }[];
}

export type RuleCode = 'network_authority' | 'below_suppression_floor';

export interface RemoteApplyOptions {
  log: boolean;
  now: string;
  mintedBy?: string;
}

type Existing = ReadonlyMap<string, { owner: string; version: number }>;

/** Who holds a natural key of a remote upsert: a live record here or one written earlier in the same batch. */
async function keyHolder(
  a: EntityAccess,
  tx: Tx,
  ch: RemoteChange,
  batch: ReadonlyMap<string, RemoteChange>,
): Promise<{ id: string; owner: string; field: string } | undefined> {
  if (a.def.naturalKeys.length === 0 || ch.op === 'delete' || !ch.payload) return undefined;
  for (const field of a.def.naturalKeys) {
    const value = ch.payload[field];
    if (value === undefined || value === null) continue;
    for (const other of batch.values())
      if (other.id !== ch.id && other.op !== 'delete' && other.payload?.[field] === value)
        return { id: other.id, owner: other.owner, field };
  }
  const holder = await naturalKeyHolder(tx, a.def, ch.payload, ch.id);
  // a holder this batch removes first frees its key (a repair's tombstone, then the rightful record)
  return holder && batch.get(holder.id)?.op === 'delete' ? undefined : holder;
}

/** Why a pushed change from `origin` breaks a rule on what a record says (see `ruleRefusals`). */
async function ruleRefusal(
  a: EntityAccess,
  tx: Tx,
  ch: RemoteChange,
  origin: string,
): Promise<{ code: RuleCode; reason: string } | undefined> {
  if (ch.op === 'delete' || !ch.payload) return undefined;
  const network = await networkAuthorityProblem(tx, a.def, ch.payload, origin, a.tableOf);
  if (network) return { code: 'network_authority', reason: network };
  if (a.def.thresholdField === undefined) return undefined;
  const low = thresholdProblem(a.def, ch.payload, await suppressionFloorIn(tx));
  return low ? { code: 'below_suppression_floor', reason: low } : undefined;
}

/**
 * Sorts remote changes into those to write (the last per id) and the refused: another owner's
 * record, an id not minted by `mintedBy`, a version not newer, a natural key another record holds.
 */
async function screenRemote(
  a: EntityAccess,
  tx: Tx,
  changes: readonly RemoteChange[],
  existing: Existing,
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
    const holder = await keyHolder(a, tx, ch, toWrite);
    if (holder) {
      out.keyConflicts.push({ change: ch, holder });
      continue;
    }
    const refusal = mintedBy === undefined ? undefined : await ruleRefusal(a, tx, ch, mintedBy);
    if (refusal) {
      out.ruleRefusals.push({ change: ch, ...refusal });
      continue;
    }
    toWrite.set(ch.id, ch);
    out.applied.push(ch);
  }
  return toWrite;
}

/** Writes screened remote changes: upserts, tombstones (with their last state if unseen), the log. */
async function writeRemote(
  a: EntityAccess,
  tx: Tx,
  toWrite: ReadonlyMap<string, RemoteChange>,
  existing: Existing,
  options: { log: boolean; now: string },
): Promise<void> {
  const shared = a.shared;
  const written = [...toWrite.values()];
  const upserts = written.filter((ch) => ch.op !== 'delete');
  const deletes = written.filter((ch) => ch.op === 'delete');
  const record = (ch: RemoteChange) => a.remoteRows.row(ch, options.now);
  // a tombstone of a record held here keeps its fields; one of a record never seen here needs its
  // last state. Written first: the natural key it frees may be taken by an upsert of the batch
  for (const ch of deletes.filter((d) => existing.has(d.id))) {
    await tx
      .update(a.table)
      .set({
        deleted: true,
        version: ch.version,
        owner: ch.owner,
        updatedAt: options.now,
      } as never)
      .where(eq(a.col('id'), ch.id));
  }
  // fields that are not shared keep their local values; a deletion carries no payload and keeps the fields
  await bulkInsert(tx, a.def.table, a.columns, upserts.map(record), a.remoteRows.upsert);
  const unseen = deletes.filter((d) => !existing.has(d.id));
  const insertable = unseen.filter(
    (d) =>
      d.payload !== null && shared.every((f) => a.optional.has(f) || d.payload?.[f] !== undefined),
  );
  await bulkInsert(
    tx,
    a.def.table,
    a.columns,
    insertable.map(record),
    upsertClause(['owner', 'version', 'deleted', 'updated_at']),
  );
  if (options.log) {
    await bulkInsert(
      tx,
      'change_log',
      LOG_COLUMNS,
      written.map((ch) => a.remoteRows.logRow(ch, options.now)),
    );
  }
  for (const ch of toWrite.values())
    a.host.noteChange({
      entity: a.def.name,
      id: ch.id,
      op: ch.op,
      version: ch.version,
      owner: ch.owner,
    });
}

/**
 * Sync: applies records that another instance owns (their shared fields only), in bulk; see
 * `EntityRepository.applyRemoteIn`.
 */
export async function applyRemoteIn(
  a: EntityAccess,
  tx: Tx,
  changes: readonly RemoteChange[],
  options: RemoteApplyOptions,
): Promise<RemoteOutcome> {
  const out: RemoteOutcome = {
    applied: [],
    stale: [],
    ownerConflicts: [],
    foreignIds: [],
    keyConflicts: [],
    ruleRefusals: [],
  };
  if (changes.length === 0) return out;
  const existing = new Map<string, { owner: string; version: number }>();
  const ids = [...new Set(changes.map((c) => c.id))];
  for (const [id, owner, version] of await selectByIds(
    tx,
    a.def.table,
    ['id', 'owner', 'version'],
    ids,
  ))
    existing.set(id as string, { owner: owner as string, version: Number(version) });
  const toWrite = await screenRemote(a, tx, changes, existing, options.mintedBy, out);
  await writeRemote(a, tx, toWrite, existing, options);
  return out;
}

/**
 * Sync, the hub: applies a push's new records of this entity, encoded off the main thread; see
 * `EntityRepository.applyEncodedIn`.
 */
export async function applyEncodedIn(
  a: EntityAccess,
  tx: Tx,
  encoded: EncodedRecords,
  options: RemoteApplyOptions,
): Promise<number | null> {
  if (encoded.ids.length === 0) return 0;
  const minter = options.mintedBy;
  if (minter !== undefined && !encoded.ids.every((id) => idMintedBy(id, minter))) return null;
  if (options.log && !encoded.log) return null;
  // a natural key held here already: weighed change by change (applyRemoteIn)
  if (await anyNaturalKeyHeld(tx, a.def, encoded.keys)) return null;
  // a record of a network, from an instance bound to one, or a threshold: weighed change by change
  if (a.def.thresholdField !== undefined) return null;
  if (a.def.networkField !== undefined && minter !== undefined && isNetworkInstance(minter))
    return null;
  if ((await selectByIds(tx, a.def.table, ['id'], encoded.ids)).length > 0) return null;
  await insertJsonRows(tx, a.def.table, a.columns, encoded.rows, a.remoteRows.upsert);
  if (options.log) await insertJsonRows(tx, 'change_log', LOG_COLUMNS, encoded.log!);
  for (const [i, id] of encoded.ids.entries())
    a.host.noteChange({
      entity: a.def.name,
      id,
      op: 'upsert',
      version: encoded.versions[i]!,
      owner: encoded.owner,
    });
  return encoded.ids.length;
}
