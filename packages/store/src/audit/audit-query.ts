import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import { auditLog } from '../schema/system-tables.js';
import type { Store } from '../store.js';

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  actorRole: string;
  action: string;
  entity: string;
  recordId: string | null;
  version: number | null;
  detail: unknown;
}

/** The audit trail, newest first, optionally for one entity or record; `before` pages by entry id. */
export async function listAudit(
  store: Store,
  q: { entity?: string; recordId?: string; limit?: number; before?: number } = {},
): Promise<{ items: AuditEntry[]; nextBefore: number | null }> {
  const conds: SQL[] = [];
  if (q.entity) conds.push(eq(auditLog.entity, q.entity));
  if (q.recordId) conds.push(eq(auditLog.recordId, q.recordId));
  if (q.before) conds.push(lt(auditLog.id, q.before));
  const limit = Math.min(Math.max(q.limit ?? 50, 1), 500);
  const rows = await store.db
    .select()
    .from(auditLog)
    .where(conds.length ? and(...conds) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit) as AuditEntry[];
  return { items, nextBefore: rows.length > limit ? (items[items.length - 1]?.id ?? null) : null };
}
