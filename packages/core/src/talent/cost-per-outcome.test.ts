import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  costPerOutcome,
  type CohortForCost,
  type EnrolmentForCost,
  type GoalForCost,
  type ProgrammeForCost,
} from './cost-per-outcome.js';

const programmes: ProgrammeForCost[] = [
  { id: 'mary-seacole', costPerPlace: 1200 },
  { id: 'nye-bevan', costPerPlace: 9500.5 },
];
const cohorts: CohortForCost[] = [
  { id: 'c1', programmeId: 'mary-seacole', ldpId: 'london', places: 10 },
  { id: 'c2', programmeId: 'mary-seacole', ldpId: 'north-west', places: 5 },
  { id: 'c3', programmeId: 'nye-bevan', ldpId: 'london', places: 2 },
  { id: 'c4', programmeId: 'top-leaders', ldpId: 'london', places: 3 }, // programme not (yet) synced
];
const enrolments: EnrolmentForCost[] = [
  { id: 'e1', cohortId: 'c1', status: 'completed' },
  { id: 'e2', cohortId: 'c1', status: 'completed' },
  { id: 'e3', cohortId: 'c1', status: 'withdrawn' },
  { id: 'e4', cohortId: 'c1', status: 'offered' },
  { id: 'e5', cohortId: 'c2', status: 'enrolled' },
  { id: 'e6', cohortId: 'c3', status: 'completed' },
  { id: 'e7', cohortId: 'c4', status: 'completed' },
];
const goals: GoalForCost[] = [
  {
    id: 'g1',
    enrolmentId: 'e1',
    followUps: [
      { dueMonths: 3, dueOn: '2024-04-01', attainment: 'fully' },
      { dueMonths: 6, dueOn: '2024-07-01', attainment: 'partly' },
    ],
  }, // latest: partly
  {
    id: 'g2',
    enrolmentId: 'e2',
    followUps: [
      { dueMonths: 12, dueOn: '2025-01-01', attainment: 'mostly' },
      { dueMonths: 3, dueOn: '2024-04-01', attainment: 'not_started' },
    ],
  },
  {
    id: 'g3',
    enrolmentId: 'e6',
    followUps: [
      { dueMonths: 6, dueOn: '2024-07-01', attainment: 'fully' },
      { dueMonths: 12, dueOn: '2025-01-01' },
    ],
  },
  { id: 'g4', enrolmentId: 'e404', followUps: [] },
];

describe('costPerOutcome', () => {
  it('costs commissioned places per completion and per attained goal, by programme, LDP and both', () => {
    const r = costPerOutcome({ programmes, cohorts, enrolments, goals });
    expect(r.byProgramme).toEqual([
      {
        programmeId: 'mary-seacole',
        cohorts: 2,
        places: 15,
        enrolments: 4,
        completions: 2,
        withdrawals: 1,
        goals: 2,
        goalsAttained: 1,
        cost: 18000,
        completionRate: 0.5,
        costPerCompletion: 9000,
        costPerGoalAttained: 18000,
      },
      {
        programmeId: 'nye-bevan',
        cohorts: 1,
        places: 2,
        enrolments: 1,
        completions: 1,
        withdrawals: 0,
        goals: 1,
        goalsAttained: 1,
        cost: 19001,
        completionRate: 1,
        costPerCompletion: 19001,
        costPerGoalAttained: 19001,
      },
    ]);
    expect(r.byLdp.map((x) => [x.ldpId, x.cost, x.costPerCompletion])).toEqual([
      ['london', 31001, 10333.67],
      ['north-west', 6000, null],
    ]);
    expect(r.byProgrammeAndLdp.map((x) => `${x.programmeId}/${x.ldpId}`)).toEqual([
      'mary-seacole/london',
      'mary-seacole/north-west',
      'nye-bevan/london',
    ]);
    expect(r.total).toMatchObject({
      cost: 37001,
      completions: 3,
      goalsAttained: 2,
      costPerCompletion: 12333.67,
      costPerGoalAttained: 18500.5,
    });
    expect(r.unresolved).toEqual({ cohorts: ['c4'], enrolments: ['e7'], goals: ['g4'] });
  });

  it('can charge places taken only, and count other attainment levels', () => {
    const r = costPerOutcome(
      { programmes, cohorts, enrolments, goals },
      { costBasis: 'enrolments', attainedLevels: ['fully'] },
    );
    expect(
      r.byProgramme.map((x) => [x.programmeId, x.cost, x.goalsAttained, x.costPerGoalAttained]),
    ).toEqual([
      ['mary-seacole', 4800, 0, null],
      ['nye-bevan', 9500.5, 1, 9500.5],
    ]);
  });

  it('handles nothing', () => {
    const r = costPerOutcome({ programmes: [], cohorts: [], enrolments: [], goals: [] });
    expect(r.total).toEqual({
      cohorts: 0,
      places: 0,
      enrolments: 0,
      completions: 0,
      withdrawals: 0,
      goals: 0,
      goalsAttained: 0,
      cost: 0,
      completionRate: null,
      costPerCompletion: null,
      costPerGoalAttained: null,
    });
  });

  const arbInput = fc
    .record({
      prices: fc.array(
        fc.integer({ min: 0, max: 2_000_000 }).map((p) => p / 100),
        { minLength: 1, maxLength: 3 },
      ),
      cohorts: fc.array(
        fc.record({
          p: fc.nat(3),
          ldp: fc.constantFrom('l1', 'l2', 'l3'),
          places: fc.integer({ min: 1, max: 40 }),
        }),
        { maxLength: 6 },
      ),
      enrolments: fc.array(
        fc.record({
          c: fc.nat(6),
          status: fc.constantFrom(
            'offered' as const,
            'enrolled' as const,
            'completed' as const,
            'withdrawn' as const,
          ),
        }),
        { maxLength: 30 },
      ),
      goals: fc.array(
        fc.record({
          e: fc.nat(30),
          a: fc.option(
            fc.constantFrom(
              'not_started' as const,
              'partly' as const,
              'mostly' as const,
              'fully' as const,
            ),
            { nil: undefined },
          ),
        }),
        { maxLength: 20 },
      ),
    })
    .map(({ prices, cohorts, enrolments, goals }) => ({
      programmes: prices.map((costPerPlace, i) => ({ id: `p${i}`, costPerPlace })),
      cohorts: cohorts.map((c, i) => ({
        id: `c${i}`,
        programmeId: `p${c.p}`,
        ldpId: c.ldp,
        places: c.places,
      })),
      enrolments: enrolments.map((e, i) => ({
        id: `e${i}`,
        cohortId: `c${e.c}`,
        status: e.status,
      })),
      goals: goals.map((g, i) => ({
        id: `g${i}`,
        enrolmentId: `e${g.e}`,
        followUps: g.a ? [{ dueMonths: 6 as const, dueOn: '2024-01-01', attainment: g.a }] : [],
      })),
    }));

  it('property: breakdowns add up to the total, ratios follow, input order is irrelevant', () => {
    fc.assert(
      fc.property(
        arbInput,
        fc.constantFrom('places' as const, 'enrolments' as const),
        (input, costBasis) => {
          const r = costPerOutcome(input, { costBasis });
          for (const key of [
            'cost',
            'places',
            'enrolments',
            'completions',
            'goals',
            'goalsAttained',
          ] as const) {
            const sum = (xs: { [k in typeof key]: number }[]) => xs.reduce((a, x) => a + x[key], 0);
            expect(sum(r.byProgramme)).toBeCloseTo(r.total[key], 6);
            expect(sum(r.byLdp)).toBeCloseTo(r.total[key], 6);
            expect(sum(r.byProgrammeAndLdp)).toBeCloseTo(r.total[key], 6);
          }
          for (const x of [...r.byProgramme, ...r.byLdp, r.total]) {
            expect(
              x.costPerCompletion === null
                ? x.completions === 0
                : Math.abs(x.costPerCompletion - x.cost / x.completions) <= 0.005 + 1e-9,
            ).toBe(true);
            expect(
              x.costPerGoalAttained === null
                ? x.goalsAttained === 0
                : Math.abs(x.costPerGoalAttained - x.cost / x.goalsAttained) <= 0.005 + 1e-9,
            ).toBe(true);
            expect(x.goalsAttained).toBeLessThanOrEqual(x.goals);
            expect(x.completions + x.withdrawals).toBeLessThanOrEqual(x.enrolments);
          }
          // resolved + unresolved = everything
          expect(r.total.goals + r.unresolved.goals.length).toBe(input.goals.length);
          const reversed = {
            programmes: [...input.programmes].reverse(),
            cohorts: [...input.cohorts].reverse(),
            enrolments: [...input.enrolments].reverse(),
            goals: [...input.goals].reverse(),
          };
          expect(costPerOutcome(reversed, { costBasis })).toEqual(r);
        },
      ),
      { numRuns: 300 },
    );
  });
});
