import { ValidationError } from '../errors/domain-error.js';
import type { EnquiryAction, EnquiryStatus } from './enquiry.js';
import { dayOfInstant, formatDay, instantOf, MS_PER_DAY } from '../calendar/day-number.js';
import { isIsoDate } from '../calendar/iso-date.js';
import { addWorkingDays, holidayDays, workingDaysBetween } from '../calendar/working-days.js';

/**
 * Where an enquiry stands against one service level: `met` or `breached` once done (or breached as
 * soon as the deadline has passed undone), `at_risk` when undone and due within `atRiskDays`
 * working days, `open` otherwise.
 */
export type SlaState = 'met' | 'breached' | 'at_risk' | 'open';

/** What the service level reads of an enquiry (a stored enquiry fits). */
export interface EnquirySlaRecord {
  id: string;
  receivedAt: string;
  routedToNetworkId?: string | undefined;
  status?: EnquiryStatus;
  firstResponseAt?: string | undefined;
  answeredAt?: string | undefined;
  history?: readonly { action: EnquiryAction; at: string; networkId?: string | undefined }[];
}

export interface EnquirySlaOptions {
  /** The moment judged: a date-time, or a date meaning the end of that UTC day. */
  asOf: string;
  /** Working days allowed for the first response (default 5). */
  firstResponseDays?: number;
  /** Working days allowed for the answer (default 20). */
  answerDays?: number;
  /** An undone enquiry due within this many working days is at risk (default 1). */
  atRiskDays?: number;
  /** Non-working days besides weekends (bank holidays), `YYYY-MM-DD`. */
  holidays?: readonly string[];
}

export interface SlaTally {
  met: number;
  breached: number;
  atRisk: number;
  open: number;
}

export interface EnquirySlaEntry {
  id: string;
  /** The network it was routed to as of `asOf`, null when not yet routed. */
  networkId: string | null;
  firstResponse: SlaState;
  /** Working days taken to the first response; null while none. */
  firstResponseDays: number | null;
  /** The last day (UTC) the first response is in time. */
  firstResponseDue: string;
  /** `closed_unanswered` for an enquiry closed without an answer (withdrawn, out of scope). */
  answer: SlaState | 'closed_unanswered';
  answerDays: number | null;
  answerDue: string;
}

export interface NetworkSla {
  /** null: enquiries not routed yet. */
  networkId: string | null;
  enquiries: number;
  firstResponse: SlaTally;
  answer: SlaTally & { closedUnanswered: number };
  /** Median working days to the first response, over the responded enquiries; null when none. */
  medianFirstResponseDays: number | null;
  medianAnswerDays: number | null;
}

export interface EnquirySla {
  asOf: string;
  firstResponseDays: number;
  answerDays: number;
  overall: Omit<NetworkSla, 'networkId'>;
  /** By network id, the unrouted (null) last. */
  byNetwork: NetworkSla[];
  /** Every enquiry received by `asOf`, by id. */
  enquiries: EnquirySlaEntry[];
}

function median(xs: number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

function wholeDays(value: number | undefined, fallback: number, field: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > 1000)
    throw new ValidationError(`${field} must be a whole number of working days (0-1000)`, [
      { path: [field], message: 'expected an integer 0-1000' },
    ]);
  return n;
}

function summarise(entries: readonly EnquirySlaEntry[]): Omit<NetworkSla, 'networkId'> {
  const firstResponse: SlaTally = { met: 0, breached: 0, atRisk: 0, open: 0 };
  const answer = { met: 0, breached: 0, atRisk: 0, open: 0, closedUnanswered: 0 };
  const key = {
    met: 'met',
    breached: 'breached',
    at_risk: 'atRisk',
    open: 'open',
    closed_unanswered: 'closedUnanswered',
  } as const;
  for (const e of entries) {
    firstResponse[key[e.firstResponse]] += 1;
    answer[key[e.answer]] += 1;
  }
  return {
    enquiries: entries.length,
    firstResponse,
    answer,
    medianFirstResponseDays: median(
      entries.flatMap((e) => (e.firstResponseDays === null ? [] : [e.firstResponseDays])),
    ),
    medianAnswerDays: median(entries.flatMap((e) => (e.answerDays === null ? [] : [e.answerDays]))),
  };
}

/**
 * Response-time service levels of enquiries per network: the first response within
 * `firstResponseDays` working days (Mon-Fri, UTC, less holidays) of receipt and the answer within
 * `answerDays`. Point in time: enquiries received, responses, routing and closing after `asOf` are
 * not yet known. Working days count from the day after receipt: received Friday, answered Monday = 1.
 * @example enquirySla(enquiries, { asOf: '2015-10-30' }).byNetwork[0]?.firstResponse.breached
 */
export function enquirySla(
  enquiries: readonly EnquirySlaRecord[],
  options: EnquirySlaOptions,
): EnquirySla {
  const asOfMs = isIsoDate(options.asOf)
    ? instantOf(options.asOf, ['asOf']) + MS_PER_DAY - 1
    : instantOf(options.asOf, ['asOf']);
  const asOfDay = dayOfInstant(asOfMs);
  const firstDays = wholeDays(options.firstResponseDays, 5, 'firstResponseDays');
  const answerDays = wholeDays(options.answerDays, 20, 'answerDays');
  const atRiskDays = wholeDays(options.atRiskDays, 1, 'atRiskDays');
  const holidays = holidayDays(options.holidays);

  const entries: EnquirySlaEntry[] = [];
  enquiries.forEach((e, i) => {
    const receivedMs = instantOf(e.receivedAt, [i, 'receivedAt']);
    if (receivedMs > asOfMs) return;
    const received = dayOfInstant(receivedMs);
    const judge = (doneAt: string | undefined, field: string, allowed: number) => {
      const doneMs = doneAt === undefined ? undefined : instantOf(doneAt, [i, field]);
      const due = addWorkingDays(received, allowed, holidays);
      if (doneMs !== undefined && doneMs <= asOfMs) {
        const days = workingDaysBetween(received, dayOfInstant(doneMs), holidays);
        return {
          state: (days <= allowed ? 'met' : 'breached') as SlaState,
          days,
          due: formatDay(due),
        };
      }
      const elapsed = workingDaysBetween(received, asOfDay, holidays);
      const state: SlaState =
        elapsed > allowed ? 'breached' : allowed - elapsed <= atRiskDays ? 'at_risk' : 'open';
      return { state, days: null, due: formatDay(due) };
    };
    const history = e.history ?? [];
    const known = history.filter((s, j) => instantOf(s.at, [i, 'history', j, 'at']) <= asOfMs);
    const routes = history.filter((s) => s.action === 'route');
    const lastRoute = known.filter((s) => s.action === 'route').at(-1);
    const networkId =
      routes.length > 0 ? (lastRoute?.networkId ?? null) : (e.routedToNetworkId ?? null);
    const first = judge(e.firstResponseAt, 'firstResponseAt', firstDays);
    const answer = judge(e.answeredAt, 'answeredAt', answerDays);
    const closed = history.length > 0 ? known.at(-1)?.action === 'close' : e.status === 'closed';
    const unanswered = answer.days === null && closed;
    entries.push({
      id: e.id,
      networkId,
      firstResponse: first.state,
      firstResponseDays: first.days,
      firstResponseDue: first.due,
      answer: unanswered ? 'closed_unanswered' : answer.state,
      answerDays: answer.days,
      answerDue: answer.due,
    });
  });
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const groups = new Map<string | null, EnquirySlaEntry[]>();
  for (const e of entries) {
    const list = groups.get(e.networkId);
    if (list) list.push(e);
    else groups.set(e.networkId, [e]);
  }
  const byNetwork = [...groups]
    .map(([networkId, list]): NetworkSla => ({ networkId, ...summarise(list) }))
    .sort(
      (a, b) =>
        Number(a.networkId === null) - Number(b.networkId === null) ||
        ((a.networkId ?? '') < (b.networkId ?? '') ? -1 : 1),
    );
  return {
    asOf: options.asOf,
    firstResponseDays: firstDays,
    answerDays,
    overall: summarise(entries),
    byNetwork,
    enquiries: entries,
  };
}
