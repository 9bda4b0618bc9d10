import { eq } from 'drizzle-orm';
import { ConflictError, DomainError, ForbiddenError, SCHEMA_VERSION, ValidationError, type EntityDefinition } from '@tessera/core';
import { auditLog, syncOrigins, syncQuarantine, type RemoteChange, type Store } from '@tessera/store';
import { MIN_SUPPORTED_SCHEMA_VERSION, changeKey, type PushBatch, type PushResult, type QuarantinedChange, type SyncChange } from '../protocol.js';
import { isPulled, personalFieldsIn, sharedSchema } from '../shared-schema.js';

/** Upgrades a change written under an older schema version to the current one (v1 is current: identity). */
function upgrade(change: SyncChange, _from: number): SyncChange {
  return change;
}

/**
 * The hub applies a push batch from `origin`, exactly once, in one transaction with the origin's
 * sequence mark:
 * - the token's instance must be the origin, and every change the origin's own record (403);
 * - schema versions outside what the hub reads are refused (422), naming both versions;
 * - a change carrying a personal (`local`/`aggregate`) field refuses the whole batch (400);
 * - a change at or below the origin's mark is ignored (a replay); a gap is refused (409) with the
 *   sequence the hub expects; a new epoch starts only with `reset` at sequence 1;
 * - a change that can never apply (unknown entity, invalid payload) is quarantined and
 *   acknowledged, so one poison record never wedges the queue.
 */
export async function applyPush(store: Store, batch: PushBatch, caller: { instance: string | null; actor: string }): Promise<PushResult> {
  if (caller.instance !== batch.origin) {
    throw new ForbiddenError(`This sync token speaks for instance "${caller.instance ?? '(none)'}", not "${batch.origin}"`, { origin: batch.origin });
  }
  if (batch.schemaVersion > SCHEMA_VERSION || batch.schemaVersion < MIN_SUPPORTED_SCHEMA_VERSION) {
    throw new DomainError('unsupported_version', `The batch is schema version ${batch.schemaVersion}; this hub reads versions ${MIN_SUPPORTED_SCHEMA_VERSION} to ${SCHEMA_VERSION}. ${batch.schemaVersion > SCHEMA_VERSION ? 'Upgrade the hub' : 'Upgrade the local instance'}; the queue is kept.`, {
      data: { batchSchemaVersion: batch.schemaVersion, hubSchemaVersion: SCHEMA_VERSION, minSupported: MIN_SUPPORTED_SCHEMA_VERSION },
    });
  }
  const defs = new Map(store.entities.map((e) => [e.name, e]));
  const quarantined: QuarantinedChange[] = [];
  // a SyncChange is a RemoteChange with its sequence: applied as it came, no copies
  const byEntity = new Map<EntityDefinition, SyncChange[]>();
  batch.changes.forEach((raw, i) => {
    const change = upgrade(raw, batch.schemaVersion);
    if (change.owner !== batch.origin) {
      throw new ForbiddenError(`Change ${change.seq} is for a record owned by "${change.owner}"; ${batch.origin} may only write its own records`, { seq: change.seq, id: change.id });
    }
    const def = defs.get(change.entity);
    if (!def) {
      quarantined.push({ seq: change.seq, entity: change.entity, id: change.id, version: change.version, reason: `unknown entity "${change.entity}"` });
      return;
    }
    if (change.payload) {
      const personal = personalFieldsIn(def, change.payload);
      if (personal.length) {
        throw new ValidationError(`Change ${change.seq} (${def.name}) carries personal fields that never leave their instance: ${personal.join(', ')}`, personal.map((f) => ({ path: ['changes', i, 'payload', f], message: `${f} is ${def.policy[f as never]}: it must not leave its instance` })));
      }
    }
    if (change.op === 'upsert' || change.payload) {
      const r = sharedSchema(def).safeParse(change.payload ?? undefined);
      if (!r.success) {
        const issue = r.error.issues[0]!;
        quarantined.push({ seq: change.seq, entity: def.name, id: change.id, version: change.version, reason: `invalid payload at ${issue.path.join('.') || '(root)'}: ${issue.message}` });
        return;
      }
    }
    const list = byEntity.get(def);
    if (list) list.push(change);
    else byEntity.set(def, [change]);
  });

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
