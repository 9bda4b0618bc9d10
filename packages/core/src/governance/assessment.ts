import { ConflictError, ValidationError } from '../errors/domain-error.js';
import type { AssuranceStatus, AssuranceStep } from './assurance-return.js';
import type { AssessmentAction, AssessmentDecision } from './assessment-decision.js';
import { allowedActions, nextStatus } from './assurance-workflow.js';

/**
 * Assessment by the Regional Medical Team (annex G 59.b, 62): a region submits its return or
 * business plan; the team, at the hub, reviews, returns it for changes or signs it off. Each
 * decision is a hub record; these pure functions fold them over the region's own record.
 */

/** The workflow state of an assessed record: an assurance return's `status`, a plan's `assessment`. */
export interface AssessableRecord {
  status: AssuranceStatus;
  history: readonly AssuranceStep[];
}

/** When the record's current submission was made (its last submit step), if it has one. */
export function latestSubmission(history: readonly AssuranceStep[]): string | undefined {
  for (let i = history.length - 1; i >= 0; i--)
    if (history[i]!.action === 'submit') return history[i]!.at;
  return undefined;
}

export interface AssessedState {
  /** The status once every decision on the current submission is taken into account. */
  status: AssuranceStatus;
  submittedAt: string | null;
  /** The decisions on the current submission, in the order they were made. */
  decisions: AssessmentDecision[];
  /** Of those, the ones the owning instance has not applied to its record yet, in order. */
  pending: AssessmentDecision[];
  /** What the assessing team may do next. */
  allowed: AssessmentAction[];
}

/**
 * Folds the hub's decisions over a record: only decisions on its current submission count (a
 * record returned and submitted again starts afresh), each moving the status it was made from.
 * @example assessedState(ret, decisions).status // 'reviewed'
 */
export function assessedState<D extends AssessmentDecision>(
  record: AssessableRecord,
  decisions: readonly D[],
): AssessedState {
  const submittedAt = record.status === 'draft' ? undefined : latestSubmission(record.history);
  const mine = submittedAt
    ? decisions
        .filter((d) => d.submittedAt === submittedAt)
        .sort((a, b) => (a.decidedAt < b.decidedAt ? -1 : a.decidedAt > b.decidedAt ? 1 : 0))
    : [];
  // steps the record already carries (applied by its owner), by when they were decided
  const applied = new Set(
    record.history.filter((s) => s.action !== 'submit').map((s) => `${s.action}@${s.at}`),
  );
  let status = record.status;
  const pending: AssessmentDecision[] = [];
  for (const d of mine) {
    if (applied.has(`${d.action}@${d.decidedAt}`)) continue;
    if (d.from !== status) continue;
    status = d.to;
    pending.push(d);
  }
  return {
    status,
    submittedAt: submittedAt ?? null,
    decisions: mine,
    pending,
    allowed: allowedActions(status).filter((a): a is AssessmentAction => a !== 'submit'),
  };
}

export interface AssessmentContext {
  assessor: string;
  /** ISO timestamp of the decision. */
  at: string;
  comment?: string;
}

/**
 * The fields of a new decision on a record, or an error: 409 `illegal_transition` when the record
 * is not (or no longer) at a status the action applies to, 400 when a return has no comment.
 * @example decideAssessment(ret, decisions, 'sign_off', { assessor: 'London RMT', at })
 */
export function decideAssessment(
  record: AssessableRecord,
  decisions: readonly AssessmentDecision[],
  action: AssessmentAction,
  ctx: AssessmentContext,
): Pick<
  AssessmentDecision,
  'submittedAt' | 'action' | 'from' | 'to' | 'assessor' | 'decidedAt' | 'comment'
> {
  const state = assessedState(record, decisions);
  if (state.status === 'draft' || state.submittedAt === null)
    throw new ConflictError(
      `Cannot ${action}: the record is a draft; its owner has not submitted it`,
      { status: 'draft', action, allowed: [] },
      'illegal_transition',
    );
  const to = nextStatus(state.status, action);
  if (action === 'return' && (ctx.comment === undefined || ctx.comment.trim() === ''))
    throw new ValidationError('Returning for changes needs a comment saying what to change', [
      { path: ['comment'], message: 'returning for changes needs a comment saying what to change' },
    ]);
  return {
    submittedAt: state.submittedAt,
    action,
    from: state.status,
    to,
    assessor: ctx.assessor,
    decidedAt: ctx.at,
    ...(ctx.comment !== undefined && ctx.comment.trim() !== '' ? { comment: ctx.comment } : {}),
  };
}

/**
 * The record after its owner applies a decision: the decision's status and a history step naming
 * the assessor. @example applyDecision(ret, decision).status // 'signed_off'
 */
export function applyDecision<R extends AssessableRecord>(record: R, d: AssessmentDecision): R {
  const step: AssuranceStep = {
    action: d.action,
    from: d.from,
    to: d.to,
    by: d.assessor,
    at: d.decidedAt,
    ...(d.comment !== undefined ? { comment: d.comment } : {}),
  };
  return { ...record, status: d.to, history: [...record.history, step] };
}
