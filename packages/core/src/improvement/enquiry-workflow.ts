import { Ref } from '../common/primitives.js';
import { defineStateMachine, stepContextIssues } from '../common/state-machine.js';
import type { FieldIssue } from '../errors/domain-error.js';
import {
  IsoDateTime,
  type Enquiry,
  type EnquiryAction,
  type EnquiryStatus,
  type EnquiryStep,
} from './enquiry.js';

/** The workflow of an enquiry: routed to a network, worked on, answered, closed (and reopened). */
export const enquiryWorkflow = defineStateMachine<EnquiryStatus, EnquiryAction, 'editor'>({
  subject: { indefinite: 'an enquiry', definite: 'the enquiry' },
  actions: ['route', 'start', 'answer', 'close', 'reopen'],
  transitions: [
    { from: 'new', action: 'route', to: 'routed', who: 'editor' },
    { from: 'new', action: 'close', to: 'closed', who: 'editor' },
    { from: 'routed', action: 'route', to: 'routed', who: 'editor' },
    { from: 'routed', action: 'start', to: 'in_progress', who: 'editor' },
    { from: 'routed', action: 'answer', to: 'answered', who: 'editor' },
    { from: 'routed', action: 'close', to: 'closed', who: 'editor' },
    { from: 'in_progress', action: 'route', to: 'routed', who: 'editor' },
    { from: 'in_progress', action: 'answer', to: 'answered', who: 'editor' },
    { from: 'in_progress', action: 'close', to: 'closed', who: 'editor' },
    { from: 'answered', action: 'close', to: 'closed', who: 'editor' },
    { from: 'answered', action: 'reopen', to: 'in_progress', who: 'editor' },
    { from: 'closed', action: 'reopen', to: 'in_progress', who: 'editor' },
  ],
});

/** The fields of an enquiry the workflow reads and writes. */
export type EnquiryWorkflowRecord = Pick<
  Enquiry,
  'status' | 'history' | 'receivedAt' | 'routedToNetworkId' | 'firstResponseAt' | 'answeredAt'
>;

/** Who takes a step and when; `networkId` is required to route, `comment` to reopen or to close an unanswered enquiry. */
export interface EnquiryTransitionContext {
  by: string;
  /** ISO date-time of the step (not before the enquiry was received, nor before its last step). */
  at: string;
  /** Where a `route` step sends the enquiry (e.g. `routeEnquiry(...).networkId`). */
  networkId?: string;
  comment?: string;
}

/**
 * The actions allowed from a status, in workflow order.
 * @example allowedEnquiryActions('answered') // ['close', 'reopen']
 */
export function allowedEnquiryActions(status: EnquiryStatus): EnquiryAction[] {
  return enquiryWorkflow.allowed(status);
}

/**
 * The status an action leads to, or a `ConflictError` (code `illegal_transition`) naming the
 * status, the action and the allowed actions.
 * @example nextEnquiryStatus('new', 'route') // 'routed'
 */
export function nextEnquiryStatus(status: EnquiryStatus, action: EnquiryAction): EnquiryStatus {
  return enquiryWorkflow.next(status, action);
}

/** When a step is taken: an ISO date-time, not before the receipt nor before the last step. */
function atIssues(record: EnquiryWorkflowRecord, at: unknown): FieldIssue[] {
  if (typeof at !== 'string' || !IsoDateTime.safeParse(at).success)
    return [{ path: ['at'], message: 'expected an ISO date-time such as 2015-07-10T09:00:00Z' }];
  const last = record.history?.[record.history.length - 1];
  if (Date.parse(at) < Date.parse(record.receivedAt))
    return [
      {
        path: ['at'],
        message: `the step cannot precede the enquiry's receipt (${record.receivedAt})`,
      },
    ];
  if (last && Date.parse(at) < Date.parse(last.at))
    return [{ path: ['at'], message: `the step cannot precede the last step (${last.at})` }];
  return [];
}

/**
 * Takes one workflow step: returns a new record with the next status, the step appended to its
 * history, `routedToNetworkId` set by `route`, `firstResponseAt` set by the first start, answer or
 * close, and `answeredAt` by the first answer (both kept on reopen). Throws `ConflictError` for an
 * illegal step, `ValidationError` for a refused one.
 * @example applyEnquiryTransition(enquiry, 'route', { by: 'triage', at: '2015-07-10T09:00:00Z', networkId: ahsnId })
 */
export function applyEnquiryTransition<R extends EnquiryWorkflowRecord>(
  record: R,
  action: EnquiryAction,
  ctx: EnquiryTransitionContext,
): R {
  const from = record.status;
  const to = nextEnquiryStatus(from, action);

  const issues = stepContextIssues(ctx, (at) => atIssues(record, at));
  const hasComment = ctx.comment !== undefined && ctx.comment.trim() !== '';
  if (action === 'route') {
    if (ctx.networkId === undefined || !Ref.safeParse(ctx.networkId).success)
      issues.push({ path: ['networkId'], message: 'routing needs the network to route to' });
    else if (from === 'routed' && ctx.networkId === record.routedToNetworkId)
      issues.push({
        path: ['networkId'],
        message: `the enquiry is already routed to ${ctx.networkId}`,
      });
  } else if (ctx.networkId !== undefined) {
    issues.push({ path: ['networkId'], message: 'only a route step takes a network' });
  }
  if (action === 'close' && record.answeredAt === undefined && !hasComment)
    issues.push({
      path: ['comment'],
      message: 'closing an unanswered enquiry needs a comment saying why',
    });
  if (action === 'reopen' && !hasComment)
    issues.push({ path: ['comment'], message: 'reopening needs a comment saying why' });
  enquiryWorkflow.refuse(action, issues);

  const step: EnquiryStep = {
    action,
    from,
    to,
    by: ctx.by,
    at: ctx.at,
    ...(action === 'route' ? { networkId: ctx.networkId } : {}),
    ...(ctx.comment !== undefined ? { comment: ctx.comment } : {}),
  };
  const responds = action === 'start' || action === 'answer' || action === 'close';
  return {
    ...record,
    status: to,
    history: [...(record.history ?? []), step],
    ...(action === 'route' ? { routedToNetworkId: ctx.networkId } : {}),
    ...(responds && record.firstResponseAt === undefined ? { firstResponseAt: ctx.at } : {}),
    ...(action === 'answer' && record.answeredAt === undefined ? { answeredAt: ctx.at } : {}),
  };
}
