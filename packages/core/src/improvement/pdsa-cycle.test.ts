import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pdsaCycleEntity } from './pdsa-cycle.js';

const base = {
  projectId: 'p1',
  cycleNumber: 1,
  changeIdea: 'Safety huddle at 8am',
  plan: 'Try on ward 3 for a week',
  prediction: 'Fewer falls overnight',
  startDate: '2015-06-01',
};
const parse = (x: unknown) => pdsaCycleEntity.schema.safeParse(x);

describe('pdsaCycleEntity', () => {
  it('accepts a planned cycle and a completed one', () => {
    expect(parse(base).success).toBe(true);
    expect(
      parse({
        ...base,
        doNotes: 'Ran 5 of 7 days',
        study: 'Falls 3 -> 1',
        act: 'adapt',
        endDate: '2015-06-08',
      }).success,
    ).toBe(true);
    expect(pdsaCycleEntity).toMatchObject({
      name: 'pdsa-cycle',
      collection: 'pdsa-cycles',
      domain: 'improvement',
      ownedBy: 'region',
      filters: ['projectId', 'act'],
    });
  });

  it('needs plan and prediction, a positive whole cycle number and a known act', () => {
    const { plan: _p, ...noPlan } = base;
    expect(parse(noPlan).success).toBe(false);
    expect(parse({ ...base, cycleNumber: 0 }).success).toBe(false);
    expect(parse({ ...base, cycleNumber: 1.5 }).success).toBe(false);
    expect(parse({ ...base, study: 'x', act: 'keep' }).success).toBe(false);
    expect(parse({ ...base, do: 'x' }).success).toBe(false);
  });

  it('refuses an act without a study (path study) and an end before the start (path endDate)', () => {
    expect(parse({ ...base, act: 'adopt' }).error?.issues.map((i) => i.path)).toEqual([['study']]);
    expect(parse({ ...base, act: 'adopt', study: '  ' }).error?.issues.map((i) => i.path)).toEqual([
      ['study'],
    ]);
    expect(parse({ ...base, endDate: '2015-05-01' }).error?.issues.map((i) => i.path)).toEqual([
      ['endDate'],
    ]);
  });

  it('property: accepts exactly when act has a study and the end is not before the start', () => {
    const day = fc
      .integer({ min: 0, max: 60 })
      .map((d) => new Date(Date.UTC(2015, 5, 1 + d)).toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        day,
        fc.option(day, { nil: undefined }),
        fc.option(fc.constantFrom('adopt', 'adapt', 'abandon'), { nil: undefined }),
        fc.option(fc.constantFrom('', 'found x'), { nil: undefined }),
        (start, end, act, study) => {
          const input = {
            ...base,
            startDate: start,
            ...(end ? { endDate: end } : {}),
            ...(act ? { act } : {}),
            ...(study !== undefined ? { study } : {}),
          };
          const ok =
            (end === undefined || end >= start) &&
            (act === undefined || (study !== undefined && study !== ''));
          expect(parse(input).success).toBe(ok);
        },
      ),
    );
  });
});
