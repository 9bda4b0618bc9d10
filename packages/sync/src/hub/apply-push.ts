import { eq } from 'drizzle-orm';
import { ConflictError, ForbiddenError, type EntityDefinition } from '@tessera/core';
import { auditLog, syncOrigins, syncQuarantine, type RemoteChange, type Store } from '@tessera/store';
import { changeKey, type PushResult, type SyncChange } from '../protocol.js';
import { isPulled } from '../shared-schema.js';
import { payloadProblem, type EntityLookup, type ScreenedPush } from './screen-push.js';

/** Upgrades a change written under an older schema version to the current one (v1 is current: identity). */
function upgrade(change: SyncChange, _from: number): SyncChange {
  return change;
}

/** The hub's entities, for `screenPush`: each by name, or `unknown`. */
export function storeLookup(store: Store): EntityLookup {
  const defs = new Map(store.entities.map((e) => [e.name, e]));
  return (name) => defs.get(name) ?? 'unknown';
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
export async function applyPush(store: Store, screened: ScreenedPush, caller: { actor: string }): Promise<PushResult> {
  const { batch } = screened;
  const defs = new Map(store.entities.map((e) => [e.name, e]));
  const quarantined = [...screened.quarantined];
  // changes screened where this store's entities were not known (plugin entities, off the main thread)
  for (const i of screened.elsewhere) {
    const change = batch.changes[i]!;
    const def = defs.get(change.entity);
    const reason = def ? payloadProblem(def, change, i) : `unknown entity "${change.entity}"`;
    if (reason) quarantined.push({ seq: change.seq, entity: change.entity, id: change.id, version: change.version, reason });
  }
  quarantined.sort((a, b) => a.seq - b.seq);
  const skip = new Set(quarantined.map((q) => q.seq));
  // a SyncChange is a RemoteChange with its sequence: applied as it came, no copies
  const byEntity = new Map<EntityDefinition, SyncChange[]>();
  for (const raw of batch.changes) {
    if (skip.has(raw.seq)) continue;
    const change = upgrade(raw, batch.schemaVersion);
    const def = defs.get(change.entity)!;
    const list = byEntity.get(def);
    if (list) list.push(change);
    else byEntity.set(def, [change]);
  }

  const now = new Date().toISOString();
  return store.write(async (tx) => {
    const [state] = await tx.select().from(syncOrigins).where(eq(syncOrigins.origin, batch.origin));
    let lastSeq = state?.lastSeq ?? 0;
    if (!state || state.epoch !== batch.epoch) {
      if (batch.fromSeq !== 1 || (state && !batch.reset)) {
        throw new ConflictError(
          state ? `The hub knows ${batch.origin} in another epoch; start the new epoch with reset at sequence 1` : `The hub has nothing from ${batch.origin} yet; start at sequence 1`,
          { expectedSeq: 1, hubEpochForOrigin: state?.epoch ?? null, lastSeq: state?.lastSeq ?? 0 },
          'sequence_gap',
        );
      }
      lastSeq = 0;
    }
    const sameEpoch = state?.epoch === batch.epoch;
    const result: PushResult = { origin: batch.origin, epoch: batch.epoch, lastSeq, applied: 0, ignored: 0, quarantined: [], hubEpoch: store.epoch, lastChangeSeq: sameEpoch ? state.lastChangeSeq : 0, lastChangeKey: sameEpoch ? state.lastChangeKey : '' };
    if (batch.toSeq <= lastSeq) {
      result.ignored = batch.changes.length;
      return result;
    }
    if (batch.fromSeq > lastSeq + 1) {
      throw new ConflictError(`Sequence gap from ${batch.origin}: the hub has applied up to ${lastSeq} and expects ${lastSeq + 1}, not ${batch.fromSeq}`, { expectedSeq: lastSeq + 1, lastSeq }, 'sequence_gap');
    }
    for (const [def, items] of byEntity) {
      const fresh: RemoteChange[] = lastSeq === 0 ? items : items.filter((it) => it.seq > lastSeq);
      result.ignored += items.length - fresh.length;
      // the hub's log is its pull feed: it logs what it serves by pull, and only that
      const out = await store.repo(def.name).applyRemoteIn(tx, fresh, { log: isPulled(def), now });
      if (out.ownerConflicts.length) {
        const c = out.ownerConflicts[0]!;
        throw new ForbiddenError(`${batch.origin} may not change the owner of ${def.name} ${c.id}: the hub holds it for another instance`, { id: c.id, entity: def.name });
      }
      result.applied += out.applied.length;
      result.ignored += out.stale.length;
    }
    for (const q of quarantined.filter((q) => q.seq > lastSeq)) {
      await tx.insert(syncQuarantine).values({ origin: batch.origin, epoch: batch.epoch, seq: q.seq, entity: q.entity, recordId: q.id, version: q.version, reason: q.reason, at: now });
      result.quarantined.push(q);
    }
    result.lastSeq = batch.toSeq;
    const last = batch.changes.filter((c) => c.seq > lastSeq).at(-1);
    if (last) {
      result.lastChangeSeq = last.seq;
      result.lastChangeKey = changeKey(last);
    }
    const values = { epoch: batch.epoch, lastSeq: batch.toSeq, lastChangeSeq: result.lastChangeSeq, lastChangeKey: result.lastChangeKey, schemaVersion: batch.schemaVersion, lastSuccessAt: now, lastError: null, lastErrorAt: null, updatedAt: now };
    await tx.insert(syncOrigins).values({ origin: batch.origin, ...values }).onConflictDoUpdate({ target: syncOrigins.origin, set: values });
    await tx.insert(auditLog).values({ at: now, actor: caller.actor, actorRole: 'sync', action: 'sync:push', entity: 'sync', recordId: batch.origin, version: batch.toSeq, detail: { epoch: batch.epoch, fromSeq: batch.fromSeq, toSeq: batch.toSeq, applied: result.applied, ignored: result.ignored, quarantined: result.quarantined.length } });
    return result;
  });
}

/** Records a refused push (who, why) for the operator; never throws. */
export async function recordPushError(store: Store, origin: string, actor: string, message: string): Promise<void> {
  const now = new Date().toISOString();
  try {
    await store.write(async (tx) => {
      await tx.update(syncOrigins).set({ lastError: message.slice(0, 500), lastErrorAt: now }).where(eq(syncOrigins.origin, origin));
      await tx.insert(auditLog).values({ at: now, actor, actorRole: 'sync', action: 'sync:refused', entity: 'sync', recordId: origin, version: null, detail: { reason: message.slice(0, 500) } });
    });
  } catch {
    /* the refusal itself is what the caller reports */
  }
}
