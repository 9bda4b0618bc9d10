import { Ref } from '../common/primitives.js';
import { ConflictError, ValidationError, type FieldIssue } from '../errors/domain-error.js';
import {
  IsoDateTime,
  type Enquiry,
  type EnquiryAction,
  type EnquiryStatus,
  type EnquiryStep,
} from './enquiry.js';

/** The workflow graph of an enquiry: routed to a network, worked on, answered, closed (and reopened). */
const TRANSITIONS: Readonly<
  Record<EnquiryStatus, Readonly<Partial<Record<EnquiryAction, EnquiryStatus>>>>
> = Object.freeze({
  new: { route: 'routed', close: 'closed' },
  routed: { route: 'routed', start: 'in_progress', answer: 'answered', close: 'closed' },
  in_progress: { route: 'routed', answer: 'answered', close: 'closed' },
  answered: { close: 'closed', reopen: 'in_progress' },
  closed: { reopen: 'in_progress' },
});
const ACTION_ORDER: readonly EnquiryAction[] = ['route', 'start', 'answer', 'close', 'reopen'];

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
  const edges = Object.hasOwn(TRANSITIONS, status) ? TRANSITIONS[status] : {};
  return ACTION_ORDER.filter((a) => edges[a] !== undefined);
}

/**
 * The status an action leads to, or a `ConflictError` (code `illegal_transition`) naming the
 * status, the action and the allowed actions.
 * @example nextEnquiryStatus('new', 'route') // 'routed'
 */
export function nextEnquiryStatus(status: EnquiryStatus, action: EnquiryAction): EnquiryStatus {
  const to =
    Object.hasOwn(TRANSITIONS, status) && Object.hasOwn(TRANSITIONS[status], action)
      ? TRANSITIONS[status][action]
      : undefined;
  if (to === undefined) {
    const allowed = allowedEnquiryActions(status);
    throw new ConflictError(
      `Cannot ${action} an enquiry that is ${status}; allowed: ${allowed.length ? allowed.join(', ') : 'none'}`,
      { status, action, allowed },
      'illegal_transition',
    );
  }
  return to;
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

  const issues: FieldIssue[] = [];
  if (typeof ctx.by !== 'string' || ctx.by.trim() === '' || ctx.by.length > 200)
    issues.push({
      path: ['by'],
      message: 'who takes the step is required (at most 200 characters)',
    });
  if (typeof ctx.at !== 'string' || !IsoDateTime.safeParse(ctx.at).success) {
    issues.push({
      path: ['at'],
      message: 'expected an ISO date-time such as 2015-07-10T09:00:00Z',
    });
  } else {
    const last = record.history?.[record.history.length - 1];
    if (Date.parse(ctx.at) < Date.parse(record.receivedAt))
      issues.push({
        path: ['at'],
        message: `the step cannot precede the enquiry's receipt (${record.receivedAt})`,
      });
    else if (last && Date.parse(ctx.at) < Date.parse(last.at))
      issues.push({ path: ['at'], message: `the step cannot precede the last step (${last.at})` });
  }
  if (ctx.comment !== undefined && ctx.comment.length > 2000)
    issues.push({ path: ['comment'], message: 'at most 2000 characters' });
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
  if (issues.length > 0) {
    throw new ValidationError(
      `Cannot ${action} the enquiry: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      issues,
    );
  }

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
