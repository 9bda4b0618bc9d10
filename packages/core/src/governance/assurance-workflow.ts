import { Rag } from '../common/primitives.js';
import { defineStateMachine, stepContextIssues } from '../common/state-machine.js';
import type {
  AssuranceAction,
  AssuranceReturn,
  AssuranceStatus,
  AssuranceStep,
} from './assurance-return.js';

/**
 * The workflow of a quarterly assurance return (annex G 62.d): draft -> submitted -> reviewed ->
 * signed off, with return for changes. Review, sign-off and return are the Regional Medical Team's,
 * decided at the hub (`decideAssessment`).
 */
export const assuranceWorkflow = defineStateMachine<AssuranceStatus, AssuranceAction, 'editor'>({
  subject: { indefinite: 'an assurance return', definite: 'the assurance return' },
  actions: ['submit', 'review', 'sign_off', 'return'],
  transitions: [
    { from: 'draft', action: 'submit', to: 'submitted', who: 'editor' },
    { from: 'submitted', action: 'review', to: 'reviewed', who: 'editor' },
    { from: 'submitted', action: 'return', to: 'draft', who: 'editor' },
    { from: 'reviewed', action: 'sign_off', to: 'signed_off', who: 'editor' },
    { from: 'reviewed', action: 'return', to: 'draft', who: 'editor' },
  ],
});

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
  return assuranceWorkflow.allowed(status);
}

/**
 * The status an action leads to, or a `ConflictError` (code `illegal_transition`) naming the
 * status, the action and the allowed actions.
 * @example nextStatus('draft', 'submit') // 'submitted'
 */
export function nextStatus(status: AssuranceStatus, action: AssuranceAction): AssuranceStatus {
  return assuranceWorkflow.next(status, action);
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

  const issues = stepContextIssues(ctx, (at) =>
    typeof at !== 'string' || Number.isNaN(Date.parse(at))
      ? [{ path: ['at'], message: 'expected an ISO date-time' }]
      : [],
  );
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
  assuranceWorkflow.refuse(action, issues);

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
