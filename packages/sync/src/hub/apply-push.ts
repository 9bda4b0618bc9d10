import { and, eq } from 'drizzle-orm';
import { ConflictError, type EntityDefinition } from '@tessera/core';
import {
  auditLog,
  syncOrigins,
  syncQuarantine,
  type RemoteChange,
  type Store,
} from '@tessera/store';
import {
  REFUSAL_CODES,
  type PushResult,
  type QuarantinedChange,
  type SyncChange,
} from '../protocol.js';
import { ownershipRefusals } from './ownership-refusals.js';
import { isPulled } from '../shared-schema.js';
import {
  changesByEntity,
  nationalProblem,
  payloadProblem,
  type EntityLookup,
  type ScreenedPush,
} from './screen-push.js';

/** The hub's entities, for `screenPush`: each by name, or `unknown`. */
export function storeLookup(store: Store): EntityLookup {
  const defs = new Map(store.syncEntities.map((e) => [e.name, e]));
  return (name) => defs.get(name) ?? 'unknown';
}

type Tx = Parameters<Parameters<Store['write']>[0]>[0];
type OriginState = typeof syncOrigins.$inferSelect;

/** Changes screened where this store's entities were not known (plugin entities, off the main thread) that cannot apply. */
function refusedElsewhere(
  screened: ScreenedPush,
  defs: ReadonlyMap<string, EntityDefinition>,
): QuarantinedChange[] {
  const { head: batch } = screened;
  const refused: QuarantinedChange[] = [];
  for (const i of screened.elsewhere) {
    const change = screened.changes()[i]!;
    const def = defs.get(change.entity);
    const national = def ? nationalProblem(def, batch.origin) : null;
    const reason = def
      ? (national ?? payloadProblem(def, change, i))
      : `unknown entity "${change.entity}"`;
    if (reason)
      refused.push({
        seq: change.seq,
        entity: change.entity,
        id: change.id,
        version: change.version,
        reason,
        code: !def ? 'unknown_entity' : national ? 'national_record' : 'invalid_payload',
      });
  }
  return refused;
}

/** The origin's last applied sequence in the batch's epoch: 0 for a new epoch (which must start at 1). */
function startingSeq(state: OriginState | undefined, batch: ScreenedPush['head']): number {
  if (!state || state.epoch !== batch.epoch) {
    if (batch.fromSeq !== 1 || (state && !batch.reset)) {
      throw new ConflictError(
        state
          ? `The hub knows ${batch.origin} in another epoch; start the new epoch with reset at sequence 1`
          : `The hub has nothing from ${batch.origin} yet; start at sequence 1`,
        { expectedSeq: 1, hubEpochForOrigin: state?.epoch ?? null, lastSeq: state?.lastSeq ?? 0 },
        'sequence_gap',
      );
    }
    return 0;
  }
  return state.lastSeq;
}

/** Records that apply now leave the origin's quarantine. */
async function releaseQuarantine(
  tx: Tx,
  origin: string,
  appliedIds: readonly { entity: string; id: string }[],
): Promise<void> {
  for (const { entity, id } of appliedIds)
    await tx
      .delete(syncQuarantine)
      .where(
        and(
          eq(syncQuarantine.origin, origin),
          eq(syncQuarantine.entity, entity),
          eq(syncQuarantine.recordId, id),
        ),
      );
}

/** Sets refused changes aside in the quarantine, auditing the refusals of authority. */
async function setAsideRefused(
  tx: Tx,
  batch: ScreenedPush['head'],
  setAside: readonly QuarantinedChange[],
  at: { now: string; actor: string },
): Promise<void> {
  for (const q of setAside) {
    await tx.insert(syncQuarantine).values({
      origin: batch.origin,
      epoch: batch.epoch,
      seq: q.seq,
      entity: q.entity,
      recordId: q.id,
      version: q.version,
      reason: q.reason,
      at: at.now,
    });
    if (q.code && REFUSAL_CODES.has(q.code))
      await tx.insert(auditLog).values({
        at: at.now,
        actor: at.actor,
        actorRole: 'sync',
        action: 'sync:refused',
        entity: q.entity,
        recordId: q.id,
        version: q.version,
        detail: { code: q.code, status: 403, origin: batch.origin, seq: q.seq, reason: q.reason },
      });
  }
}

/** Moves the origin's mark to the batch's end and audits the push. */
async function recordOrigin(
  tx: Tx,
  batch: ScreenedPush['head'],
  result: PushResult,
  at: { now: string; actor: string },
): Promise<void> {
  const values = {
    epoch: batch.epoch,
    lastSeq: batch.toSeq,
    lastChangeSeq: result.lastChangeSeq,
    lastChangeKey: result.lastChangeKey,
    schemaVersion: batch.schemaVersion,
    lastSuccessAt: at.now,
    lastError: null,
    lastErrorAt: null,
    updatedAt: at.now,
  };
  await tx
    .insert(syncOrigins)
    .values({ origin: batch.origin, ...values })
    .onConflictDoUpdate({ target: syncOrigins.origin, set: values });
  await tx.insert(auditLog).values({
    at: at.now,
    actor: at.actor,
    actorRole: 'sync',
    action: 'sync:push',
    entity: 'sync',
    recordId: batch.origin,
    version: batch.toSeq,
    detail: {
      epoch: batch.epoch,
      fromSeq: batch.fromSeq,
      toSeq: batch.toSeq,
      applied: result.applied,
      ignored: result.ignored,
      quarantined: result.quarantined.length,
    },
  });
}

/**
 * Applies the changes past `lastSeq`: a plan's new records as encoded, the rest change by change;
 * counts into `result`. Returns the records applied (when the origin has some set aside) and the
 * changes refused for ownership, to set aside.
 */
async function applyChanges(
  store: Store,
  tx: Tx,
  screened: ScreenedPush,
  c: {
    defs: ReadonlyMap<string, EntityDefinition>;
    lastSeq: number;
    now: string;
    result: PushResult;
    byEntity: (served: ReadonlySet<string>) => Map<string, SyncChange[]>;
    quarantinedCount: number;
  },
): Promise<{ appliedIds: { entity: string; id: string }[]; lateRefusals: QuarantinedChange[] }> {
  const { defs, lastSeq, now, result, byEntity, quarantinedCount } = c;
  const batch = screened.head;
  // a batch none of which applied before: its new records, encoded off the main thread, go in as
  // they are (an entity with a record already here is applied change by change below)
  const served = new Set<string>();
  const lateRefusals: QuarantinedChange[] = [];
  // records of this origin set aside before: one that applies now leaves the quarantine
  const [held] = await tx
    .select({ id: syncQuarantine.id })
    .from(syncQuarantine)
    .where(eq(syncQuarantine.origin, batch.origin))
    .limit(1);
  const appliedIds: { entity: string; id: string }[] = [];
  let planned = 0;
  if (screened.plan && lastSeq < batch.fromSeq) {
    for (const group of screened.plan.groups) {
      const def = defs.get(group.entity);
      const n = def
        ? await store.repo(def.name).applyEncodedIn(tx, group, {
            log: isPulled(def),
            now: screened.plan.now,
            mintedBy: batch.origin,
          })
        : null;
      if (n === null) continue;
      served.add(group.entity);
      if (held) for (const id of group.ids) appliedIds.push({ entity: group.entity, id });
      planned += n;
    }
    result.applied += planned;
  }
  // a SyncChange is a RemoteChange with its sequence: applied as it came, no copies
  const rest =
    planned === screened.count - quarantinedCount
      ? new Map<string, SyncChange[]>()
      : byEntity(served);
  for (const [entity, items] of rest) {
    const def = defs.get(entity)!;
    const fresh: RemoteChange[] = lastSeq === 0 ? items : items.filter((it) => it.seq > lastSeq);
    result.ignored += items.length - fresh.length;
    // the hub's log is its pull feed: it logs what it serves by pull, and only that
    const out = await store.repo(def.name).applyRemoteIn(tx, fresh, {
      log: isPulled(def),
      now,
      mintedBy: batch.origin,
    });
    // set aside, never thrown: a squatter's change must not stop the origin's queue, nor the owner's
    lateRefusals.push(...ownershipRefusals(def.name, batch.origin, out));
    result.applied += out.applied.length;
    if (held) for (const ch of out.applied) appliedIds.push({ entity: def.name, id: ch.id });
    result.ignored += out.stale.length;
  }
  return { appliedIds, lateRefusals };
}

/**
 * The hub applies a screened push batch from `origin` (see `screenPush`: token, owners, versions,
 * personal fields and payloads are checked there), exactly once, in one transaction with the
 * origin's sequence mark:
 * - a change at or below the origin's mark is ignored (a replay); a gap is refused (409) with the
 *   sequence the hub expects; a new epoch starts only with `reset` at sequence 1;
 * - a change that can never apply (unknown entity, invalid payload) is quarantined and
 *   acknowledged, so one poison record never wedges the queue.
 */
export async function applyPush(
  store: Store,
  screened: ScreenedPush,
  caller: { actor: string },
): Promise<PushResult> {
  const { head: batch } = screened;
  const defs = new Map(store.syncEntities.map((e) => [e.name, e]));
  const quarantined = [...screened.quarantined, ...refusedElsewhere(screened, defs)];
  quarantined.sort((a, b) => a.seq - b.seq);
  const skip = new Set(quarantined.map((q) => q.seq));
  /** The changes to apply, by entity, but those of `served` entities (parses the body if it was screened elsewhere). */
  const byEntity = (served: ReadonlySet<string>) =>
    changesByEntity(
      screened.changes(),
      batch.schemaVersion,
      (ch) => skip.has(ch.seq) || served.has(ch.entity),
    );

  const now = new Date().toISOString();
  return store.write(async (tx) => {
    const [state] = await tx.select().from(syncOrigins).where(eq(syncOrigins.origin, batch.origin));
    const lastSeq = startingSeq(state, batch);
    const sameEpoch = state?.epoch === batch.epoch;
    const result: PushResult = {
      origin: batch.origin,
      epoch: batch.epoch,
      lastSeq,
      applied: 0,
      ignored: 0,
      quarantined: [],
      hubEpoch: store.epoch,
      lastChangeSeq: sameEpoch ? state.lastChangeSeq : 0,
      lastChangeKey: sameEpoch ? state.lastChangeKey : '',
    };
    if (batch.toSeq <= lastSeq) {
      result.ignored = screened.count;
      return result;
    }
    if (batch.fromSeq > lastSeq + 1) {
      throw new ConflictError(
        `Sequence gap from ${batch.origin}: the hub has applied up to ${lastSeq} and expects ${lastSeq + 1}, not ${batch.fromSeq}`,
        { expectedSeq: lastSeq + 1, lastSeq },
        'sequence_gap',
      );
    }
    const { appliedIds, lateRefusals } = await applyChanges(store, tx, screened, {
      defs,
      lastSeq,
      now,
      result,
      byEntity,
      quarantinedCount: quarantined.length,
    });
    await releaseQuarantine(tx, batch.origin, appliedIds);
    const setAside = [...quarantined.filter((q) => q.seq > lastSeq), ...lateRefusals].sort(
      (a, b) => a.seq - b.seq,
    );
    await setAsideRefused(tx, batch, setAside, { now, actor: caller.actor });
    result.quarantined.push(...setAside);
    result.lastSeq = batch.toSeq;
    const last = screened.last && screened.last.seq > lastSeq ? screened.last : null;
    if (last) {
      result.lastChangeSeq = last.seq;
      result.lastChangeKey = last.key;
    }
    await recordOrigin(tx, batch, result, { now, actor: caller.actor });
    return result;
  });
}

/** Records a refused push (who, why) for the operator; never throws. */
export async function recordPushError(
  store: Store,
  origin: string,
  actor: string,
  message: string,
): Promise<void> {
  const now = new Date().toISOString();
  try {
    await store.write(async (tx) => {
      await tx
        .update(syncOrigins)
        .set({ lastError: message.slice(0, 500), lastErrorAt: now })
        .where(eq(syncOrigins.origin, origin));
      await tx.insert(auditLog).values({
        at: now,
        actor,
        actorRole: 'sync',
        action: 'sync:refused',
        entity: 'sync',
        recordId: origin,
        version: null,
        detail: { reason: message.slice(0, 500) },
      });
    });
  } catch {
    /* the refusal itself is what the caller reports */
  }
}
