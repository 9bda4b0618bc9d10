import type { Http } from './http.js';

/** One entry of the audit trail: who did what to which record, and when. */
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

/** A page of the audit trail, newest first; pass `nextBefore` as `before` for the next page. */
export interface AuditPage {
  items: AuditEntry[];
  nextBefore: number | null;
}

export interface AuditParams {
  entity?: string;
  recordId?: string;
  /** 1-500, default 50. */
  limit?: number;
  before?: number;
}

/** Reads the audit trail (admin token). */
export function readAudit(http: Http, params: AuditParams = {}): Promise<AuditPage> {
  return http.request<AuditPage>('GET', '/audit', { query: { ...params } });
}
