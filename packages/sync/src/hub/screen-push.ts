import {
  DomainError,
  ForbiddenError,
  MAX_JSON_DEPTH,
  jsonDepth,
  SCHEMA_VERSION,
  ValidationError,
  parseOrThrow,
  shareableFields,
  type EntityDefinition,
} from '@tessera/core';
import { HUB_INSTANCE, type EncodedRecords } from '@tessera/store';
import {
  MIN_SUPPORTED_SCHEMA_VERSION,
  PushBatch,
  changeKey,
  type QuarantinedChange,
  type SyncChange,
} from '../protocol.js';
import { personalFieldsIn, sharedSchema } from '../shared-schema.js';

/** What the hub knows of an entity a change names: its definition, or that it is not one of its entities. */
export type EntityLookup = (name: string) => EntityDefinition | 'unknown' | 'elsewhere';

/** Upgrades a change written under an older schema version to the current one (v1 is current: identity). */
export function upgrade(change: SyncChange, _from: number): SyncChange {
  return change;
}

/**
 * The changes of a batch that will apply, by entity in batch order, upgraded to the current schema
 * version: all but those `leave` names (quarantined, or applied another way).
 */
export function changesByEntity(
  changes: readonly SyncChange[],
  schemaVersion: number,
  leave: (change: SyncChange, index: number) => boolean,
): Map<string, SyncChange[]> {
  const out = new Map<string, SyncChange[]>();
  changes.forEach((raw, i) => {
    if (leave(raw, i)) return;
    const change = upgrade(raw, schemaVersion);
    const list = out.get(change.entity);
    if (list) list.push(change);
    else out.set(change.entity, [change]);
  });
  return out;
}

/** A push batch without its changes. */
export type PushHead = Omit<PushBatch, 'changes'>;

/** A push batch that passed the checks that need no database, and the changes to quarantine. */
export interface ScreenedPush {
  head: PushHead;
  /** How many changes the batch carries. */
  count: number;
  /** The sequence and `changeKey` of its last change (null if it carries none). */
  last: { seq: number; key: string } | null;
  quarantined: QuarantinedChange[];
  /** Indexes of changes of entities `lookup` called `elsewhere`: not screened here (plugin entities, off the main thread). */
  elsewhere: number[];
  /** The batch's changes (parsed on first call when screened off the main thread). */
  changes(): SyncChange[];
  /** New records per entity, encoded off the main thread (`encodeNewRecords`), with the time they were encoded at. */
  plan?: { now: string; groups: EncodedRecords[] };
}

/**
 * The checks of a push that need no database (DESIGN.md "Sync"), in one pass over the batch:
 * - the body is a `PushBatch` (400 with the field's path);
 * - the token's instance is the origin, and every change the origin's own record (403);
 * - a schema version outside what the hub reads is refused (422), naming both versions;
 * - a change carrying a personal (`local`/`aggregate`) field refuses the whole batch (400);
 * - a change that can never apply (unknown entity, invalid payload) is to be quarantined.
 * Pure: the hub runs it off its main thread while it applies the batch before.
 */
export function screenPush(
  body: unknown,
  instance: string | null,
  lookup: EntityLookup,
): ScreenedPush {
  const batch = parseOrThrow(PushBatch, body, 'The request is not valid');
  refuseBatch(batch, instance);
  const { quarantined, elsewhere } = screenChanges(batch, lookup);
  const { changes, ...head } = batch;
  const tail = changes.at(-1);
  return {
    head,
    count: changes.length,
    last: tail ? { seq: tail.seq, key: changeKey(tail) } : null,
    quarantined,
    elsewhere,
    changes: () => changes,
  };
}

/** Throws if the whole batch is refused: too deep a payload (400), another origin (403), a schema version the hub does not read (422). */
function refuseBatch(batch: PushBatch, instance: string | null): void {
  // before anything walks or hashes a payload (a 5,000-level one overflowed the stack in changeKey)
  batch.changes.forEach((change, i) => {
    if (change.payload && jsonDepth(change.payload) > MAX_JSON_DEPTH - 3)
      throw new ValidationError(
        `Change ${change.seq} nests deeper than ${MAX_JSON_DEPTH} levels in all`,
        [{ path: ['changes', i, 'payload'], message: 'nests too deeply', code: 'too_deep' }],
      );
  });
  if (instance !== batch.origin) {
    throw new ForbiddenError(
      `This sync token speaks for instance "${instance ?? '(none)'}", not "${batch.origin}"`,
      { origin: batch.origin },
    );
  }
  if (batch.schemaVersion > SCHEMA_VERSION || batch.schemaVersion < MIN_SUPPORTED_SCHEMA_VERSION) {
    throw new DomainError(
      'unsupported_version',
      `The batch is schema version ${batch.schemaVersion}; this hub reads versions ${MIN_SUPPORTED_SCHEMA_VERSION} to ${SCHEMA_VERSION}. ${batch.schemaVersion > SCHEMA_VERSION ? 'Upgrade the hub' : 'Upgrade the local instance'}; the queue is kept.`,
      {
        data: {
          batchSchemaVersion: batch.schemaVersion,
          hubSchemaVersion: SCHEMA_VERSION,
          minSupported: MIN_SUPPORTED_SCHEMA_VERSION,
        },
      },
    );
  }
}

/**
 * Screens each change: another owner's record refuses the batch (403), as does a personal field
 * (400); an unknown entity, a national record or an invalid payload is to be quarantined; an
 * entity screened elsewhere is set aside by index.
 */
function screenChanges(
  batch: PushBatch,
  lookup: EntityLookup,
): { quarantined: QuarantinedChange[]; elsewhere: number[] } {
  const quarantined: QuarantinedChange[] = [];
  const elsewhere: number[] = [];
  batch.changes.forEach((change, i) => {
    if (change.owner !== batch.origin) {
      throw new ForbiddenError(
        `Change ${change.seq} is for a record owned by "${change.owner}"; ${batch.origin} may only write its own records`,
        { seq: change.seq, id: change.id },
      );
    }
    const def = lookup(change.entity);
    if (def === 'elsewhere') {
      elsewhere.push(i);
      return;
    }
    const { seq, id, version } = change;
    if (def === 'unknown') {
      const reason = `unknown entity "${change.entity}"`;
      quarantined.push({ seq, entity: change.entity, id, version, reason, code: 'unknown_entity' });
      return;
    }
    const national = nationalProblem(def, batch.origin);
    const reason = national ?? payloadProblem(def, change, i);
    if (reason) {
      const code = national ? 'national_record' : 'invalid_payload';
      quarantined.push({ seq, entity: def.name, id, version, reason, code });
    }
  });
  return { quarantined, elsewhere };
}

/** Why a change from `origin` to a record of `def` breaks the national authority rule (null if it does not). */
export function nationalProblem(def: EntityDefinition, origin: string): string | null {
  if (def.authority !== 'national' || origin === HUB_INSTANCE) return null;
  return `national_record: ${def.collection} are national records, written only at the hub; ${origin} may not push them`;
}

/** Why a change's payload can never apply (null if it can); throws if it carries a personal field. */
export function payloadProblem(
  def: EntityDefinition,
  change: PushBatch['changes'][number],
  index: number,
): string | null {
  if (change.payload) {
    const personal = personalFieldsIn(def, change.payload);
    if (personal.length) {
      throw new ValidationError(
        `Change ${change.seq} (${def.name}) carries personal fields that never leave their instance: ${personal.join(', ')}`,
        personal.map((f) => ({
          path: ['changes', index, 'payload', f],
          message: `${f} is ${def.policy[f as never]}: it must not leave its instance`,
        })),
      );
    }
  }
  if (change.op === 'upsert' || change.payload) {
    const r = sharedSchema(def).safeParse(change.payload ?? undefined);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      return `invalid payload at ${issue.path.join('.') || '(root)'}: ${issue.message}`;
    }
    // the entity's whole-record rules (a published table suppressed as it must be), on a payload
    // that carries the whole record (no field of it stays at its instance)
    // (asked only of entities that have such rules: this runs for every change of every push)
    if (def.recordIssues && shareableFields(def).length === Object.keys(def.schema.shape).length) {
      const rule = def.recordIssues(r.data as never)[0];
      if (rule) return `invalid payload at ${rule.path.join('.') || '(root)'}: ${rule.message}`;
    }
  }
  return null;
}
