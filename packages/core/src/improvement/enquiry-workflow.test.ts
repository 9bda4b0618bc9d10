import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ConflictError, DomainError, ValidationError } from '../errors/domain-error.js';
import { enquiryEntity, type Enquiry, type EnquiryAction, type EnquiryStatus } from './enquiry.js';
import {
  allowedEnquiryActions,
  applyEnquiryTransition,
  nextEnquiryStatus,
} from './enquiry-workflow.js';

const received = '2015-07-10T09:00:00Z';
const fresh = (): Enquiry & { id: string } => ({
  id: 'e1',
  organisationId: 'o1',
  topic: 'improvement',
  question: 'Help with flow',
  contactName: 'A Person',
  contactEmail: 'a@nhs.net',
  receivedAt: received,
  status: 'new',
  history: [],
});
const at = (h: number) => new Date(Date.parse(received) + h * 3_600_000).toISOString();

function catchError(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}

describe('enquiry workflow', () => {
  it('allows the actions of the graph', () => {
    expect(allowedEnquiryActions('new')).toEqual(['route', 'close']);
    expect(allowedEnquiryActions('routed')).toEqual(['route', 'start', 'answer', 'close']);
    expect(allowedEnquiryActions('in_progress')).toEqual(['route', 'answer', 'close']);
    expect(allowedEnquiryActions('answered')).toEqual(['close', 'reopen']);
    expect(allowedEnquiryActions('closed')).toEqual(['reopen']);
    expect(nextEnquiryStatus('answered', 'reopen')).toBe('in_progress');
  });

  it('refuses an illegal transition with ConflictError code illegal_transition', () => {
    const e = catchError(() => nextEnquiryStatus('new', 'answer'));
    expect(e).toBeInstanceOf(ConflictError);
    expect(e).toMatchObject({
      code: 'illegal_transition',
      data: { status: 'new', action: 'answer', allowed: ['route', 'close'] },
    });
    expect(
      catchError(() => applyEnquiryTransition(fresh(), 'start', { by: 'a', at: at(1) })),
    ).toMatchObject({ code: 'illegal_transition' });
  });

  it('routes, starts, answers and closes, recording times and history without touching the input', () => {
    const e0 = fresh();
    const e1 = applyEnquiryTransition(e0, 'route', {
      by: 'triage',
      at: at(1),
      networkId: 'ahsn-yh',
      comment: 'single point of local access',
    });
    const e2 = applyEnquiryTransition(e1, 'start', { by: 'yh', at: at(20) });
    const e3 = applyEnquiryTransition(e2, 'answer', { by: 'yh', at: at(50) });
    const e4 = applyEnquiryTransition(e3, 'close', { by: 'yh', at: at(60) });
    expect(e0).toEqual(fresh());
    expect(e1).toMatchObject({ status: 'routed', routedToNetworkId: 'ahsn-yh' });
    expect(e1.firstResponseAt).toBeUndefined();
    expect(e4).toMatchObject({
      id: 'e1',
      status: 'closed',
      routedToNetworkId: 'ahsn-yh',
      firstResponseAt: at(20),
      answeredAt: at(50),
    });
    expect(e4.history.map((s) => [s.action, s.from, s.to])).toEqual([
      ['route', 'new', 'routed'],
      ['start', 'routed', 'in_progress'],
      ['answer', 'in_progress', 'answered'],
      ['close', 'answered', 'closed'],
    ]);
    expect(e4.history[0]).toEqual({
      action: 'route',
      from: 'new',
      to: 'routed',
      by: 'triage',
      at: at(1),
      networkId: 'ahsn-yh',
      comment: 'single point of local access',
    });
    const { id: _id, ...fields } = e4;
    expect(() => enquiryEntity.schema.parse(fields)).not.toThrow();
  });

  it('keeps the first response and first answer when reopened and answered again; re-routes', () => {
    let e = applyEnquiryTransition(fresh(), 'route', { by: 't', at: at(1), networkId: 'n1' });
    e = applyEnquiryTransition(e, 'answer', { by: 'n1', at: at(2) });
    expect(e.firstResponseAt).toBe(at(2));
    e = applyEnquiryTransition(e, 'reopen', {
      by: 'enquirer',
      at: at(3),
      comment: 'not answered fully',
    });
    e = applyEnquiryTransition(e, 'route', { by: 't', at: at(4), networkId: 'n2' });
    e = applyEnquiryTransition(e, 'answer', { by: 'n2', at: at(5) });
    expect(e).toMatchObject({
      status: 'answered',
      routedToNetworkId: 'n2',
      firstResponseAt: at(2),
      answeredAt: at(2),
    });
  });

  it('validates who, when, where and why', () => {
    const routed = applyEnquiryTransition(fresh(), 'route', {
      by: 't',
      at: at(1),
      networkId: 'n1',
    });
    const paths = (f: () => unknown) =>
      (catchError(f) as ValidationError).issues.map((i) => i.path);
    expect(paths(() => applyEnquiryTransition(fresh(), 'route', { by: 't', at: at(1) }))).toEqual([
      ['networkId'],
    ]);
    expect(
      paths(() => applyEnquiryTransition(routed, 'route', { by: 't', at: at(2), networkId: 'n1' })),
    ).toEqual([['networkId']]);
    expect(
      paths(() => applyEnquiryTransition(routed, 'start', { by: 't', at: at(2), networkId: 'n1' })),
    ).toEqual([['networkId']]);
    expect(paths(() => applyEnquiryTransition(routed, 'close', { by: 't', at: at(2) }))).toEqual([
      ['comment'],
    ]);
    expect(
      paths(() => applyEnquiryTransition(routed, 'start', { by: ' ', at: 'yesterday' })),
    ).toEqual([['by'], ['at']]);
    expect(
      paths(() => applyEnquiryTransition(routed, 'start', { by: 'x', at: '2015-07-10T08:59:59Z' })),
    ).toEqual([['at']]);
    expect(paths(() => applyEnquiryTransition(routed, 'start', { by: 'x', at: at(0.5) }))).toEqual([
      ['at'],
    ]);
    const closed = applyEnquiryTransition(routed, 'close', {
      by: 't',
      at: at(2),
      comment: 'withdrawn',
    });
    expect(closed.firstResponseAt).toBe(at(2));
    expect(closed.answeredAt).toBeUndefined();
    expect(paths(() => applyEnquiryTransition(closed, 'reopen', { by: 't', at: at(3) }))).toEqual([
      ['comment'],
    ]);
  });
});

// ---- properties -------------------------------------------------------------------------------

const GRAPH: Record<EnquiryStatus, Partial<Record<EnquiryAction, EnquiryStatus>>> = {
  new: { route: 'routed', close: 'closed' },
  routed: { route: 'routed', start: 'in_progress', answer: 'answered', close: 'closed' },
  in_progress: { route: 'routed', answer: 'answered', close: 'closed' },
  answered: { close: 'closed', reopen: 'in_progress' },
  closed: { reopen: 'in_progress' },
};

describe('enquiry workflow properties', () => {
  it('random steps follow the graph; response times are set once, never before receipt, and history replays', () => {
    const step = fc.record({
      action: fc.constantFrom<EnquiryAction>('route', 'start', 'answer', 'close', 'reopen'),
      networkId: fc.option(fc.constantFrom('n1', 'n2'), { nil: undefined }),
      comment: fc.option(fc.constantFrom('why', ''), { nil: undefined }),
      hours: fc.integer({ min: 0, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let e = fresh();
        let clock = 0;
        let accepted = 0;
        for (const s of steps) {
          clock += s.hours;
          const expected = GRAPH[e.status][s.action];
          const before = { ...e };
          try {
            e = applyEnquiryTransition(e, s.action, {
              by: 'x',
              at: at(clock),
              ...(s.networkId ? { networkId: s.networkId } : {}),
              ...(s.comment !== undefined ? { comment: s.comment } : {}),
            });
            accepted += 1;
            expect(e.status).toBe(expected);
            if (before.firstResponseAt !== undefined)
              expect(e.firstResponseAt).toBe(before.firstResponseAt);
            if (before.answeredAt !== undefined) expect(e.answeredAt).toBe(before.answeredAt);
          } catch (err) {
            expect(err).toBeInstanceOf(DomainError);
            expect(err).toBeInstanceOf(expected === undefined ? ConflictError : ValidationError);
            expect(e).toEqual(before);
          }
        }
        expect(e.history).toHaveLength(accepted);
        let status: EnquiryStatus = 'new';
        let network: string | undefined;
        for (const h of e.history) {
          expect(h.from).toBe(status);
          expect(GRAPH[h.from][h.action]).toBe(h.to);
          status = h.to;
          if (h.action === 'route') network = h.networkId;
        }
        expect(e.status).toBe(status);
        expect(e.routedToNetworkId).toBe(network);
        expect(e.firstResponseAt).toBe(
          e.history.find(
            (h) => h.action === 'start' || h.action === 'answer' || h.action === 'close',
          )?.at,
        );
        expect(e.answeredAt).toBe(e.history.find((h) => h.action === 'answer')?.at);
        if (e.firstResponseAt)
          expect(Date.parse(e.firstResponseAt)).toBeGreaterThanOrEqual(Date.parse(received));
      }),
    );
  });
});
