import type { RemoteChange } from '@tessera/store';
import type { QuarantinedChange } from '../protocol.js';

type Applied = {
  ownerConflicts: readonly RemoteChange[];
  foreignIds: readonly RemoteChange[];
  keyConflicts: readonly {
    change: RemoteChange;
    holder: { id: string; owner: string; field: string };
  }[];
  ruleRefusals: readonly {
    change: RemoteChange;
    code: QuarantinedChange['code'];
    reason: string;
  }[];
};

const entry = (
  entity: string,
  ch: RemoteChange,
  code: QuarantinedChange['code'],
  reason: string,
): QuarantinedChange => ({
  seq: (ch as RemoteChange & { seq: number }).seq,
  entity,
  id: ch.id,
  version: ch.version,
  reason: `${code}: ${reason}`,
  ...(code ? { code } : {}),
});

/**
 * The changes of a push the hub refused for who holds what (identity and natural keys), as
 * quarantine entries naming the rule: a change on an id the hub holds for another instance, a first
 * change of an id `origin` did not mint, a natural key another live record holds. None of them
 * stops the origin's queue; the owner of the record is never affected.
 */
export function ownershipRefusals(
  entity: string,
  origin: string,
  out: Applied,
): QuarantinedChange[] {
  return [
    ...out.ownerConflicts.map((ch) =>
      entry(
        entity,
        ch,
        'owner_conflict',
        `the hub holds ${entity} ${ch.id} for another instance; ${origin} may not change it (an admin can repair a record held by the wrong origin)`,
      ),
    ),
    ...out.foreignIds.map((ch) =>
      entry(
        entity,
        ch,
        'foreign_id',
        `${ch.id} was not minted by ${origin}: a region creates records only under ids it minted`,
      ),
    ),
    ...out.keyConflicts.map(({ change, holder }) =>
      entry(
        entity,
        change,
        'natural_key_taken',
        `its ${holder.field} is held by ${entity} ${holder.id} (owner "${holder.owner}"): natural keys are unique England-wide`,
      ),
    ),
    ...out.ruleRefusals.map(({ change, code, reason }) => entry(entity, change, code, reason)),
  ];
}
