import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { WithId } from '../common/with-id.js';
import { ValidationError } from '../errors/domain-error.js';
import { analyseSpc } from './spc/index.js';
import type { Measure } from './measure.js';
import type { MeasureValue } from './measure-value.js';
import { analyseMeasure, measureSpcInput } from './measure-spc.js';

const measure: WithId<Measure> = {
  id: 'm1',
  projectId: 'p1',
  name: 'Falls',
  kind: 'outcome',
  definition: 'Falls per week',
  unit: 'falls',
  improvementDirection: 'decrease',
  target: 3,
  rebase: ['2015-03-02', '2016-01-04'],
};
const week = (i: number) => new Date(Date.UTC(2015, 0, 5 + 7 * i)).toISOString().slice(0, 10);
const values: WithId<MeasureValue>[] = Array.from({ length: 20 }, (_, i) => ({
  id: `v${i}`,
  measureId: 'm1',
  date: week(19 - i),
  value: 5 + ((i * 7) % 4),
}));

describe('measureSpcInput / analyseMeasure', () => {
  it("builds the SPC input from the measure's own values, by date", () => {
    const input = measureSpcInput({
      measure,
      values: [...values, { id: 'other', measureId: 'm2', date: week(0), value: 99 }],
    });
    expect(input.points).toHaveLength(20);
    expect(input.points[0]?.date).toBe(week(0));
    expect(input).toMatchObject({
      improvementDirection: 'decrease',
      target: 3,
      rebase: ['2015-03-02', '2016-01-04'],
    });
    expect('fixAfterNPoints' in input).toBe(false);
  });

  it('charts the measure, ignoring rebase dates with no value yet', () => {
    const r = analyseMeasure({ measure, values });
    expect(r.points).toHaveLength(20);
    expect(r.groups).toHaveLength(2);
    expect(r.assuranceIcon).not.toBeNull();
  });

  it('refuses two values on one date, and a measure with no values', () => {
    const dup = [...values, { id: 'dup', measureId: 'm1', date: week(3), value: 1 }];
    const e = (() => {
      try {
        measureSpcInput({ measure, values: dup });
      } catch (err) {
        return err;
      }
      return undefined;
    })();
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).issues[0]?.path).toEqual(['values', 20, 'date']);
    expect(() => analyseMeasure({ measure, values: [] })).toThrow(/no values/);
  });

  it('property: the chart does not depend on the order of the values and equals analyseSpc of the sorted series', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 30 }),
        fc.integer(),
        (vs, seed) => {
          const own = vs.map(
            (v, i): WithId<MeasureValue> => ({
              id: `v${i}`,
              measureId: 'm1',
              date: week(i),
              value: v,
            }),
          );
          const shuffled = [...own]
            .map((v, i) => ({ v, k: Math.sin(seed + i) }))
            .sort((a, b) => a.k - b.k)
            .map((p) => p.v);
          const m = { ...measure, rebase: [] };
          expect(analyseMeasure({ measure: m, values: shuffled })).toEqual(
            analyseSpc({
              points: own.map((v) => ({ date: v.date, value: v.value })),
              improvementDirection: 'decrease',
              target: 3,
            }),
          );
        },
      ),
      { numRuns: 50 },
    );
  });
});
