import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  idMintedBy,
  shareableFields,
  type EntityDefinition,
} from '@tessera/core';
import { HUB_INSTANCE, auditLog, type Store } from '@tessera/store';
import { isPulled } from '../shared-schema.js';

/** Who repairs (the hub admin's token) and why: named in the audit log. */
export interface RepairActor {
  actor: string;
  actorRole: string;
  reason: string;
}

/** What a repair did: the record, its owner before and after, its version now, whether removed. */
export interface RepairOutcome {
  entity: string;
  id: string;
  from: string;
  to: string;
  version: number;
  removed: boolean;
}

/** An instance id as tokens and batches carry them. */
const INSTANCE_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

function definition(store: Store, entity: string): EntityDefinition {
  const def = store.syncEntities.find((d) => d.name === entity);
  if (!def)
    throw new ValidationError(`${entity} is not an entity the hub syncs`, [
      { path: ['entity'], message: 'not a synced entity', code: 'unknown_entity' },
    ]);
  return def;
}

/**
 * Why `owner` may not be given the record `id` of `def` (null if it may): a repair gives a record
 * back to the hub, or to the origin that minted its id, never a national record or a record of the
 * hub's (a natural id, or one the hub minted) to a region.
 */
export function repairOwnerProblem(
  def: EntityDefinition,
  id: string,
  owner: string,
): string | null {
  if (!INSTANCE_ID.test(owner)) return `"${owner}" is not an instance id`;
  if (owner === HUB_INSTANCE) return null;
  if (def.authority === 'national')
    return `${def.collection} are national records: only the hub may hold them, not ${owner}`;
  if (!idMintedBy(id, owner))
    return `${def.name} ${id} was not minted by ${owner}: a record goes only to the origin that minted its id, or back to the hub`;
  return null;
}

/**
 * The hub admin's repair of a record held by the wrong origin: hands it to `owner` (the origin that
 * minted its id, or the hub) at version 0, so the owner's next change or `tessera sync --verify`
 * writes its own content over it. Refused (400 naming `owner`) otherwise. Audited as `sync:repair`.
 */
export async function reassignRecord(
  store: Store,
  target: { entity: string; id: string; owner: string },
  by: RepairActor,
): Promise<RepairOutcome> {
  const def = definition(store, target.entity);
  const problem = repairOwnerProblem(def, target.id, target.owner);
  if (problem)
    throw new ValidationError(problem, [
      { path: ['owner'], message: problem, code: 'repair_owner' },
    ]);
  const before = await store.write((tx) =>
    store.repo(def.name).reassignIn(tx, target.id, target.owner, by),
  );
  return {
    entity: def.name,
    id: target.id,
    from: before.owner,
    to: target.owner,
    version: 0,
    removed: false,
  };
}

/**
 * The hub admin's repair of a natural-key conflict: removes (tombstones, one version up) a live
 * record a region holds, so the ODS code or network key it took is free for its rightful holder
 * (the region whose changes were set aside, or the national directory). The tombstone is the
 * record's owner's change as the hub holds it: it reaches every region by pull, and its owner by
 * `tessera sync --verify` (which takes back what the hub holds newer). Audited as `sync:repair`.
 */
export async function removeRecord(
  store: Store,
  target: { entity: string; id: string },
  by: RepairActor,
): Promise<RepairOutcome> {
  const def = definition(store, target.entity);
  const repo = store.repo(def.name);
  return store.write(async (tx) => {
    const current = await repo.get(target.id, { includeDeleted: true, tx });
    if (!current) throw new NotFoundError(`No ${def.name} ${target.id} here`);
    if (current.owner === HUB_INSTANCE)
      throw new ForbiddenError(
        `${def.name} ${target.id} is the hub's own record: change or delete it through its own route`,
        { code: 'hub_record' },
      );
    if (current.deleted)
      throw new ConflictError(`${def.name} ${target.id} is removed already`, {
        code: 'already_removed',
      });
    const version = current.version + 1;
    const payload = Object.fromEntries(
      shareableFields(def)
        .filter((f) => current[f] !== undefined)
        .map((f) => [f, current[f]]),
    );
    const now = new Date().toISOString();
    await repo.applyRemoteIn(
      tx,
      [{ entity: def.name, id: target.id, owner: current.owner, version, op: 'delete', payload }],
      { log: isPulled(def), now },
    );
    const freed = Object.fromEntries(def.naturalKeys.map((f) => [f, current[f] ?? null]));
    await tx.insert(auditLog).values({
      at: now,
      actor: by.actor,
      actorRole: by.actorRole,
      action: 'sync:repair',
      entity: def.name,
      recordId: target.id,
      version,
      detail: { action: 'remove', owner: current.owner, freed, reason: by.reason },
    });
    return {
      entity: def.name,
      id: target.id,
      from: current.owner,
      to: current.owner,
      version,
      removed: true,
    };
  });
}
