import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { WithId } from '../common/with-id.js';
import { ValidationError } from '../errors/domain-error.js';
import type { Intervention, InterventionBody } from './intervention.js';
import { flagRepeatedInterventions, subtractMonths } from './repeated-interventions.js';
import { isIsoDate } from '../calendar/iso-date.js';

const iv = (
  id: string,
  organisationId: string,
  body: InterventionBody,
  kind: Intervention['kind'],
  startDate: string,
  endDate?: string,
): WithId<Intervention> => ({
  id,
  organisationId,
  body,
  kind,
  startDate,
  ...(endDate ? { endDate } : {}),
});
const interventions = [
  iv('i1', 'o1', 'monitor', 'turnaround', '2013-01-01', '2013-12-31'),
  iv('i2', 'o1', 'nhs_tda', 'intensive_support', '2013-06-01', '2014-03-31'),
  iv('i3', 'o1', 'intensive_support_team', 'intensive_support', '2015-03-01'),
  iv('i4', 'o2', 'cqc', 'special_measures', '2011-01-01', '2012-06-30'),
  iv('i5', 'o2', 'monitor', 'turnaround', '2014-01-01', '2014-12-31'),
  iv('i6', 'o3', 'monitor', 'special_measures', '2012-01-01'),
  iv('i7', 'o3', 'nhs_england', 'improvement_support', '2015-09-01'),
  iv('i8', 'o4', 'cqc', 'special_measures', '2015-11-01'),
  iv('i10', 'o4', 'cqc', 'regulatory_action', '2015-01-15', '2015-03-01'),
  iv('i9', 'o4', 'cqc', 'special_measures', '2015-01-01', '2015-02-01'),
];

describe('subtractMonths', () => {
  it('steps back calendar months, clamping the day to the month end', () => {
    expect(subtractMonths('2015-10-01', 36)).toBe('2012-10-01');
    expect(subtractMonths('2016-05-31', 3)).toBe('2016-02-29');
    expect(subtractMonths('2015-03-31', 1)).toBe('2015-02-28');
    expect(subtractMonths('2015-01-15', 1)).toBe('2014-12-15');
    expect(subtractMonths('2016-02-29', 12)).toBe('2015-02-28');
  });

  it('property: lands exactly n months back on a real date, never after the start', () => {
    const date = fc
      .integer({ min: 0, max: 365 * 30 })
      .map((d) => new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 600 }), (d, n) => {
        const r = subtractMonths(d, n);
        expect(isIsoDate(r)).toBe(true);
        expect(r <= d).toBe(true);
        const months = (s: string) => Number(s.slice(0, 4)) * 12 + Number(s.slice(5, 7));
        expect(months(d) - months(r)).toBe(n);
        expect(Number(r.slice(8))).toBeLessThanOrEqual(Number(d.slice(8)));
      }),
    );
  });
});

describe('flagRepeatedInterventions', () => {
  const r = flagRepeatedInterventions({ interventions, asOf: '2015-10-01' });

  it('flags organisations with two or more interventions in the last 36 months', () => {
    expect(r).toMatchObject({ windowStart: '2012-10-01', windowMonths: 36, threshold: 2 });
    expect(r.repeated.map((x) => [x.organisationId, x.count])).toEqual([
      ['o1', 3],
      ['o3', 2],
      ['o4', 2],
    ]);
    expect(r.repeated[0]).toEqual({
      organisationId: 'o1',
      count: 3,
      interventionIds: ['i1', 'i2', 'i3'],
      bodies: ['intensive_support_team', 'monitor', 'nhs_tda'],
      kinds: ['intensive_support', 'turnaround'],
      firstStart: '2013-01-01',
      lastStart: '2015-03-01',
      ongoing: 1,
    });
    expect(r.repeated[2]?.interventionIds).toEqual(['i9', 'i10']);
  });

  it('flags concurrent interventions by different bodies, not by the same body', () => {
    expect(r.concurrent).toEqual([
      {
        organisationId: 'o1',
        interventionIds: ['i1', 'i2'],
        bodies: ['monitor', 'nhs_tda'],
        from: '2013-06-01',
        to: '2013-12-31',
      },
      {
        organisationId: 'o3',
        interventionIds: ['i6', 'i7'],
        bodies: ['monitor', 'nhs_england'],
        from: '2015-09-01',
        to: null,
      },
    ]);
    expect(r.flaggedOrganisationIds).toEqual(['o1', 'o3', 'o4']);
  });

  it('takes other windows and thresholds', () => {
    expect(
      flagRepeatedInterventions({ interventions, asOf: '2015-10-01', threshold: 3 }).repeated.map(
        (x) => x.organisationId,
      ),
    ).toEqual(['o1']);
    expect(
      flagRepeatedInterventions({
        interventions,
        asOf: '2015-10-01',
        windowMonths: 60,
      }).repeated.map((x) => x.organisationId),
    ).toEqual(['o1', 'o2', 'o3', 'o4']);
    const short = flagRepeatedInterventions({
      interventions,
      asOf: '2015-10-01',
      windowMonths: 12,
    });
    expect(short.repeated.map((x) => x.organisationId)).toEqual(['o3', 'o4']);
    expect(short.concurrent.map((c) => c.organisationId)).toEqual(['o3']);
  });

  it('refuses bad input', () => {
    expect(() => flagRepeatedInterventions({ interventions, asOf: '2015-13-01' })).toThrow(
      ValidationError,
    );
    expect(() =>
      flagRepeatedInterventions({ interventions, asOf: '2015-10-01', threshold: 0 }),
    ).toThrow(ValidationError);
    expect(() =>
      flagRepeatedInterventions({ interventions, asOf: '2015-10-01', windowMonths: 1.5 }),
    ).toThrow(ValidationError);
    expect(() =>
      flagRepeatedInterventions({
        interventions: [iv('x', 'o', 'cqc', 'other', '2015-1-1')],
        asOf: '2015-10-01',
      }),
    ).toThrow(/interventions.0.startDate/);
  });
});

describe('flagRepeatedInterventions properties', () => {
  const day = fc
    .integer({ min: 0, max: 3000 })
    .map((d) => new Date(Date.UTC(2008, 0, 1 + d)).toISOString().slice(0, 10));
  const list = fc
    .array(
      fc.record({
        o: fc.constantFrom('o1', 'o2', 'o3'),
        body: fc.constantFrom<InterventionBody>('monitor', 'nhs_tda', 'cqc'),
        start: day,
        length: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
      }),
      { maxLength: 15 },
    )
    .map((xs) =>
      xs.map((x, i) =>
        iv(
          `i${String(i).padStart(2, '0')}`,
          x.o,
          x.body,
          'other',
          x.start,
          x.length === undefined
            ? undefined
            : new Date(Date.parse(x.start) + x.length * 86_400_000).toISOString().slice(0, 10),
        ),
      ),
    );
  const inWindow = (i: WithId<Intervention>, asOf: string, start: string) =>
    i.startDate <= asOf && (i.endDate === undefined || i.endDate >= start);

  it('flags exactly the organisations with threshold or more interventions in the window', () => {
    fc.assert(
      fc.property(
        list,
        day,
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 4 }),
        (xs, asOf, windowMonths, threshold) => {
          const r = flagRepeatedInterventions({ interventions: xs, asOf, windowMonths, threshold });
          for (const o of ['o1', 'o2', 'o3']) {
            const count = xs.filter(
              (i) => i.organisationId === o && inWindow(i, asOf, r.windowStart),
            ).length;
            expect(r.repeated.find((x) => x.organisationId === o)?.count).toBe(
              count >= threshold ? count : undefined,
            );
          }
          const more = flagRepeatedInterventions({
            interventions: xs,
            asOf,
            windowMonths: windowMonths + 12,
            threshold,
          });
          for (const x of r.repeated)
            expect(
              more.repeated.find((y) => y.organisationId === x.organisationId)?.count ?? 0,
            ).toBeGreaterThanOrEqual(x.count);
          const stricter = flagRepeatedInterventions({
            interventions: xs,
            asOf,
            windowMonths,
            threshold: threshold + 1,
          });
          for (const x of stricter.repeated)
            expect(r.repeated.map((y) => y.organisationId)).toContain(x.organisationId);
        },
      ),
    );
  });

  it('concurrent pairs are exactly the overlapping pairs of different bodies in the window', () => {
    fc.assert(
      fc.property(list, day, (xs, asOf) => {
        const r = flagRepeatedInterventions({ interventions: xs, asOf });
        const live = xs.filter((i) => inWindow(i, asOf, r.windowStart));
        const end = (i: WithId<Intervention>) =>
          i.endDate !== undefined && i.endDate <= asOf ? i.endDate : asOf;
        const expected = new Set<string>();
        for (const a of live)
          for (const b of live) {
            if (a.organisationId !== b.organisationId || a.body === b.body || a.id >= b.id)
              continue;
            if (a.startDate <= end(b) && b.startDate <= end(a))
              expected.add(
                [a, b]
                  .sort((x, y) =>
                    x.startDate < y.startDate
                      ? -1
                      : x.startDate > y.startDate
                        ? 1
                        : x.id < y.id
                          ? -1
                          : 1,
                  )
                  .map((x) => x.id)
                  .join('+'),
              );
          }
        expect(new Set(r.concurrent.map((c) => c.interventionIds.join('+')))).toEqual(expected);
        for (const c of r.concurrent) {
          expect(c.bodies[0]).not.toBe(c.bodies[1]);
          if (c.to !== null) expect(c.from <= c.to).toBe(true);
        }
      }),
    );
  });
});
