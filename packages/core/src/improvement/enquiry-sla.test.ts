import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ValidationError } from '../errors/domain-error.js';
import { enquirySla, type EnquirySlaRecord } from './enquiry-sla.js';

const e = (
  id: string,
  receivedAt: string,
  extra: Partial<EnquirySlaRecord> = {},
): EnquirySlaRecord => ({ id, receivedAt, ...extra });
// 2015-07-10 and 2015-07-24 are Fridays
const enquiries: EnquirySlaRecord[] = [
  e('e1', '2015-07-10T09:00:00Z', {
    routedToNetworkId: 'n1',
    firstResponseAt: '2015-07-13T10:00:00Z',
    answeredAt: '2015-07-17T10:00:00Z',
    status: 'answered',
  }),
  e('e2', '2015-07-10T16:00:00Z', {
    routedToNetworkId: 'n1',
    firstResponseAt: '2015-07-20T08:00:00Z',
    status: 'in_progress',
  }),
  e('e3', '2015-07-20T10:00:00Z', { routedToNetworkId: 'n2', status: 'routed' }),
  e('e4', '2015-07-06T10:00:00Z', { routedToNetworkId: 'n2', status: 'routed' }),
  e('e5', '2015-07-22T10:00:00Z', { status: 'new' }),
  e('e6', '2015-07-27T10:00:00Z', { routedToNetworkId: 'n1' }),
  e('e7', '2015-07-13T10:00:00Z', {
    routedToNetworkId: 'n1',
    firstResponseAt: '2015-07-14T10:00:00Z',
    status: 'closed',
  }),
  e('e8', '2015-07-14T10:00:00Z', {
    routedToNetworkId: 'n1',
    firstResponseAt: '2015-07-28T10:00:00Z',
    status: 'in_progress',
    history: [
      { action: 'route', at: '2015-07-14T11:00:00Z', networkId: 'n2' },
      { action: 'route', at: '2015-07-28T09:00:00Z', networkId: 'n1' },
      { action: 'start', at: '2015-07-28T10:00:00Z' },
    ],
  }),
  e('e9', '2015-07-23T23:30:00-01:00'),
];

describe('enquirySla', () => {
  const r = enquirySla(enquiries, { asOf: '2015-07-24' });
  const entry = (id: string) => r.enquiries.find((x) => x.id === id);

  it('judges each enquiry received by asOf against 5 and 20 working days', () => {
    expect(r.enquiries.map((x) => x.id)).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e7', 'e8', 'e9']);
    expect(entry('e1')).toEqual({
      id: 'e1',
      networkId: 'n1',
      firstResponse: 'met',
      firstResponseDays: 1,
      firstResponseDue: '2015-07-17',
      answer: 'met',
      answerDays: 5,
      answerDue: '2015-08-07',
    });
    expect(entry('e2')).toMatchObject({
      firstResponse: 'breached',
      firstResponseDays: 6,
      answer: 'open',
    });
    expect(entry('e3')).toMatchObject({
      firstResponse: 'at_risk',
      firstResponseDue: '2015-07-27',
      answer: 'open',
    });
    expect(entry('e4')).toMatchObject({
      firstResponse: 'breached',
      firstResponseDays: null,
      answer: 'open',
    });
    expect(entry('e5')).toMatchObject({ networkId: null, firstResponse: 'open' });
    expect(entry('e7')).toMatchObject({ firstResponse: 'met', answer: 'closed_unanswered' });
    expect(entry('e9')).toMatchObject({
      networkId: null,
      firstResponse: 'open',
      firstResponseDue: '2015-07-31',
    });
  });

  it('reads routing and responses as they stood on asOf', () => {
    expect(entry('e8')).toMatchObject({
      networkId: 'n2',
      firstResponse: 'breached',
      firstResponseDays: null,
    });
    const later = enquirySla(enquiries, { asOf: '2015-07-28T12:00:00Z' });
    expect(later.enquiries.find((x) => x.id === 'e8')).toMatchObject({
      networkId: 'n1',
      firstResponse: 'breached',
      firstResponseDays: 10,
    });
    expect(later.enquiries.map((x) => x.id)).toContain('e6');
  });

  it('tallies per network, the unrouted last, and overall', () => {
    expect(r.byNetwork.map((n) => n.networkId)).toEqual(['n1', 'n2', null]);
    expect(r.byNetwork[0]).toEqual({
      networkId: 'n1',
      enquiries: 3,
      firstResponse: { met: 2, breached: 1, atRisk: 0, open: 0 },
      answer: { met: 1, breached: 0, atRisk: 0, open: 1, closedUnanswered: 1 },
      medianFirstResponseDays: 1,
      medianAnswerDays: 5,
    });
    expect(r.byNetwork[1]).toMatchObject({
      enquiries: 3,
      firstResponse: { met: 0, breached: 2, atRisk: 1, open: 0 },
      medianFirstResponseDays: null,
    });
    expect(r.overall).toMatchObject({
      enquiries: 8,
      firstResponse: { met: 2, breached: 3, atRisk: 1, open: 2 },
      answer: { met: 1, open: 6, closedUnanswered: 1 },
    });
  });

  it('takes other service levels and bank holidays', () => {
    const strict = enquirySla(enquiries, {
      asOf: '2015-07-24',
      firstResponseDays: 1,
      answerDays: 2,
      atRiskDays: 0,
    });
    expect(strict.enquiries.find((x) => x.id === 'e1')).toMatchObject({
      firstResponse: 'met',
      answer: 'breached',
    });
    expect(strict.enquiries.find((x) => x.id === 'e5')).toMatchObject({
      firstResponse: 'breached',
    });
    const withHoliday = enquirySla(
      [e('x', '2015-08-28T09:00:00Z', { firstResponseAt: '2015-09-04T09:00:00Z' })],
      { asOf: '2015-09-30', holidays: ['2015-08-31'] },
    );
    expect(withHoliday.enquiries[0]).toMatchObject({
      firstResponseDays: 4,
      firstResponse: 'met',
      firstResponseDue: '2015-09-07',
    });
  });

  it('refuses bad dates and options with field paths', () => {
    expect(() => enquirySla([], { asOf: 'soon' })).toThrow(ValidationError);
    expect(() => enquirySla([e('x', '2015-07-10')], { asOf: '2015-07-24' })).not.toThrow();
    expect(() => enquirySla([e('x', '10/07/2015')], { asOf: '2015-07-24' })).toThrow(
      /0.receivedAt/,
    );
    expect(() => enquirySla([], { asOf: '2015-07-24', firstResponseDays: 2.5 })).toThrow(
      ValidationError,
    );
    expect(enquirySla([], { asOf: '2015-07-24' })).toMatchObject({
      overall: { enquiries: 0, medianFirstResponseDays: null },
      byNetwork: [],
    });
  });
});

describe('enquirySla properties', () => {
  const base = Date.parse('2015-06-01T00:00:00Z');
  const hour = 3_600_000;
  const iso = (h: number) => new Date(base + h * hour).toISOString();
  const record = fc.record({
    received: fc.integer({ min: 0, max: 24 * 60 }),
    response: fc.option(fc.integer({ min: 0, max: 24 * 20 }), { nil: undefined }),
    answer: fc.option(fc.integer({ min: 0, max: 24 * 40 }), { nil: undefined }),
    network: fc.option(fc.constantFrom('n1', 'n2', 'n3'), { nil: undefined }),
    closed: fc.boolean(),
  });
  const input = fc.array(record, { maxLength: 25 }).map((rs) =>
    rs.map(
      (x, i): EnquirySlaRecord => ({
        id: `e${String(i).padStart(2, '0')}`,
        receivedAt: iso(x.received),
        ...(x.network ? { routedToNetworkId: x.network } : {}),
        ...(x.response !== undefined ? { firstResponseAt: iso(x.received + x.response) } : {}),
        ...(x.response !== undefined && x.answer !== undefined
          ? { answeredAt: iso(x.received + x.response + x.answer) }
          : {}),
        status: x.closed ? 'closed' : 'in_progress',
      }),
    ),
  );

  it('tallies add up: every enquiry in one state per level, networks sum to overall', () => {
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 24 * 90 }), (rs, asOfH) => {
        const r = enquirySla(rs, { asOf: iso(asOfH) });
        expect(r.overall.enquiries).toBe(
          rs.filter((x) => Date.parse(x.receivedAt) <= base + asOfH * hour).length,
        );
        const total = { enquiries: 0, met: 0, breached: 0, atRisk: 0, open: 0 };
        for (const n of r.byNetwork) {
          const f = n.firstResponse;
          expect(f.met + f.breached + f.atRisk + f.open).toBe(n.enquiries);
          const a = n.answer;
          expect(a.met + a.breached + a.atRisk + a.open + a.closedUnanswered).toBe(n.enquiries);
          total.enquiries += n.enquiries;
          total.met += f.met;
          total.breached += f.breached;
          total.atRisk += f.atRisk;
          total.open += f.open;
        }
        expect(total).toEqual({ enquiries: r.overall.enquiries, ...r.overall.firstResponse });
      }),
    );
  });

  it('met and breached are final: later asOf never changes them', () => {
    fc.assert(
      fc.property(
        input,
        fc.integer({ min: 0, max: 24 * 90 }),
        fc.integer({ min: 0, max: 24 * 60 }),
        (rs, a, step) => {
          const early = enquirySla(rs, { asOf: iso(a) });
          const late = new Map(
            enquirySla(rs, { asOf: iso(a + step) }).enquiries.map((x) => [x.id, x]),
          );
          for (const x of early.enquiries) {
            const y = late.get(x.id);
            expect(y).toBeDefined();
            if (x.firstResponse === 'met' || x.firstResponse === 'breached')
              expect(y?.firstResponse).toBe(x.firstResponse);
            if (x.answer === 'met' || x.answer === 'breached') expect(y?.answer).toBe(x.answer);
            expect(y?.firstResponseDue).toBe(x.firstResponseDue);
          }
        },
      ),
    );
  });
});
