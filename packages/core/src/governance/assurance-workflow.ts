import { Rag } from '../common/primitives.js';
import { ConflictError, ValidationError, type FieldIssue } from '../errors/domain-error.js';
import type {
  AssuranceAction,
  AssuranceReturn,
  AssuranceStatus,
  AssuranceStep,
} from './assurance-return.js';

/** The workflow graph of a quarterly assurance return (annex G 62.d). */
const TRANSITIONS: Readonly<
  Record<AssuranceStatus, Readonly<Partial<Record<AssuranceAction, AssuranceStatus>>>>
> = Object.freeze({
  draft: { submit: 'submitted' },
  submitted: { review: 'reviewed', return: 'draft' },
  reviewed: { sign_off: 'signed_off', return: 'draft' },
  signed_off: {},
});
const ACTION_ORDER: readonly AssuranceAction[] = ['submit', 'review', 'sign_off', 'return'];

/** The fields of an assurance return the workflow reads and writes. */
export type AssuranceWorkflowRecord = Pick<AssuranceReturn, 'status' | 'history' | 'deliverables'>;

/** Who takes a step and when; `comment` is required to return a return for changes. */
export interface AssuranceTransitionContext {
  by: string;
  /** ISO timestamp of the step. */
  at: string;
  comment?: string;
}

/**
 * The actions allowed from a status, in workflow order (none once signed off).
 * @example allowedActions('submitted') // ['review', 'return']
 */
export function allowedActions(status: AssuranceStatus): AssuranceAction[] {
  const edges = Object.hasOwn(TRANSITIONS, status) ? TRANSITIONS[status] : {};
  return ACTION_ORDER.filter((a) => edges[a] !== undefined);
}

/**
 * The status an action leads to, or a `ConflictError` (code `illegal_transition`) naming the
 * status, the action and the allowed actions.
 * @example nextStatus('draft', 'submit') // 'submitted'
 */
export function nextStatus(status: AssuranceStatus, action: AssuranceAction): AssuranceStatus {
  const to =
    Object.hasOwn(TRANSITIONS, status) && Object.hasOwn(TRANSITIONS[status], action)
      ? TRANSITIONS[status][action]
      : undefined;
  if (to === undefined) {
    const allowed = allowedActions(status);
    throw new ConflictError(
      `Cannot ${action} an assurance return that is ${status}; allowed: ${allowed.length ? allowed.join(', ') : 'none'}`,
      { status, action, allowed },
      'illegal_transition',
    );
  }
  return to;
}

/**
 * Takes one workflow step: returns a new record with the next status and the step appended to its
 * history. Submitting needs at least one deliverable, each with a RAG rating; returning for changes
 * needs a comment. Throws `ConflictError` for an illegal step, `ValidationError` for a refused one.
 * @example applyAssuranceTransition(ret, 'submit', { by: 'ahsn-lead', at: '2015-07-10T09:00:00Z' })
 */
export function applyAssuranceTransition<R extends AssuranceWorkflowRecord>(
  record: R,
  action: AssuranceAction,
  ctx: AssuranceTransitionContext,
): R {
  const from = record.status;
  const to = nextStatus(from, action);

  const issues: FieldIssue[] = [];
  if (typeof ctx.by !== 'string' || ctx.by.trim() === '' || ctx.by.length > 200)
    issues.push({
      path: ['by'],
      message: 'who takes the step is required (at most 200 characters)',
    });
  if (typeof ctx.at !== 'string' || Number.isNaN(Date.parse(ctx.at)))
    issues.push({ path: ['at'], message: 'expected an ISO date-time' });
  if (ctx.comment !== undefined && ctx.comment.length > 2000)
    issues.push({ path: ['comment'], message: 'at most 2000 characters' });
  if (action === 'return' && (ctx.comment === undefined || ctx.comment.trim() === '')) {
    issues.push({
      path: ['comment'],
      message: 'returning for changes needs a comment saying what to change',
    });
  }
  if (action === 'submit') {
    const deliverables = record.deliverables ?? [];
    if (deliverables.length === 0)
      issues.push({
        path: ['deliverables'],
        message: 'a return needs at least one deliverable before it is submitted',
      });
    deliverables.forEach((d, i) => {
      if (!Rag.safeParse(d.rag).success)
        issues.push({
          path: ['deliverables', i, 'rag'],
          message: 'every deliverable needs a RAG rating before the return is submitted',
        });
    });
  }
  if (issues.length > 0) {
    throw new ValidationError(
      `Cannot ${action} the assurance return: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      issues,
    );
  }

  const step: AssuranceStep = {
    action,
    from,
    to,
    by: ctx.by,
    at: ctx.at,
    ...(ctx.comment !== undefined ? { comment: ctx.comment } : {}),
  };
  return { ...record, status: to, history: [...(record.history ?? []), step] };
}
