import type { Tx } from '../db.js';
import { auditLog, changeLog } from '../schema/system-tables.js';
import type { EntityAccess, StoredRecord } from './entity-access.js';
import type { WriteContext } from './write-context.js';

/**
 * Logs a local write of `record` in the caller's transaction: a change-log entry (its shared
 * fields; none for a `local` entity), the change noted for after commit, and an audit entry.
 */
export async function logWrite(
  a: EntityAccess,
  tx: Tx,
  record: StoredRecord,
  op: 'upsert' | 'delete',
  ctx: WriteContext,
  action: string,
  fields: string[],
): Promise<void> {
  const now = ctx.now ?? new Date().toISOString();
  // a deletion carries the record's last shared state, so a copy that never had it can hold the tombstone
  const payload = a.payload(record);
  // a `local` plugin entity never leaves the instance: nothing of it enters the change log
  if (!a.host.localOnly.has(a.def.name))
    await tx.insert(changeLog).values({
      entity: a.def.name,
      recordId: record.id,
      version: record.version,
      op,
      owner: record.owner,
      payload,
      at: now,
    });
  a.host.noteChange({
    entity: a.def.name,
    id: record.id,
    op,
    version: record.version,
    owner: record.owner,
  });
  await tx.insert(auditLog).values({
    at: now,
    actor: ctx.actor,
    actorRole: ctx.actorRole,
    action,
    entity: a.def.name,
    recordId: record.id,
    version: record.version,
    detail: { fields },
  });
}
