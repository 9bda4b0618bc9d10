import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors/domain-error.js';
import { analyseSpc } from './analyse-spc.js';
import type { SpcInput } from './spc-input.js';
import type { SpcResult } from './spc-result.js';

const day = (i: number): string =>
  new Date(Date.UTC(2015, 0, 1 + i * 7)).toISOString().slice(0, 10);

// Values mix coarse halves (ties, points exactly on the mean, runs) with arbitrary doubles.
const value = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: -12, max: 12 }).map((x) => 10 + x / 2) },
  {
    weight: 3,
    arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
  },
  { weight: 1, arbitrary: fc.constant(null) },
);

const spcInput: fc.Arbitrary<SpcInput> = fc
  .record({
    values: fc.array(value, { minLength: 1, maxLength: 70 }),
    improvementDirection: fc.constantFrom(
      'increase' as const,
      'decrease' as const,
      'neutral' as const,
    ),
    target: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
    fixAfterNPoints: fc.option(fc.integer({ min: 12, max: 40 }), { nil: undefined }),
    screenOutliers: fc.boolean(),
    rebaseAt: fc.uniqueArray(fc.integer({ min: 0, max: 69 }), { maxLength: 3 }),
  })
  .map(({ values, rebaseAt, ...options }) => ({
    ...options,
    points: values.map((v, i) => ({ date: day(i), value: v })),
    rebase: rebaseAt.filter((i) => i < values.length).map(day),
  }));

/** The result, or the ValidationError's paths when the package would error too. */
function outcome(input: SpcInput): SpcResult | { error: string[] } {
  try {
    return analyseSpc(input);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return { error: e.issues.map((i) => i.message) };
  }
}

describe('SPC properties', () => {
  it('shuffling the input order does not change the output', () => {
    fc.assert(
      fc.property(
        spcInput.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.shuffledSubarray(input.points, { minLength: input.points.length }),
          ),
        ),
        ([input, shuffled]) => {
          expect(outcome({ ...input, points: shuffled })).toEqual(outcome(input));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('limits and 2-sigma lines are symmetric about the mean, and ordered', () => {
    fc.assert(
      fc.property(spcInput, (input) => {
        const r = outcome(input);
        if ('error' in r) return;
        for (const p of r.points) {
          if (p.mean === null || p.lpl === null || p.upl === null || p.amr === null) continue;
          const scale = Math.max(Math.abs(p.mean), Math.abs(p.lpl), Math.abs(p.upl));
          const tol = 4 * Number.EPSILON * scale;
          expect(Math.abs(p.upl - p.mean - (p.mean - p.lpl))).toBeLessThanOrEqual(tol);
          expect(
            Math.abs((p.twoSigmaUpper as number) - p.mean - (p.mean - (p.twoSigmaLower as number))),
          ).toBeLessThanOrEqual(tol);
          expect(p.amr).toBeGreaterThanOrEqual(0);
          expect(p.lpl).toBeLessThanOrEqual(p.twoSigmaLower as number);
          expect(p.twoSigmaLower as number).toBeLessThanOrEqual(p.mean);
          expect(p.mean).toBeLessThanOrEqual(p.twoSigmaUpper as number);
          expect(p.twoSigmaUpper as number).toBeLessThanOrEqual(p.upl);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a point is never both inside its limits and flagged outside them', () => {
    fc.assert(
      fc.property(spcInput, (input) => {
        const r = outcome(input);
        if ('error' in r) return;
        for (const p of r.points) {
          const labelledOutside =
            p.specialCauseType === 'Above UCL' || p.specialCauseType === 'Below LCL';
          const inside =
            p.value !== null &&
            p.lpl !== null &&
            p.upl !== null &&
            p.value >= p.lpl &&
            p.value <= p.upl;
          if (inside) {
            expect(p.outsideLimits).toBe(false);
            expect(labelledOutside).toBe(false);
          }
          if (labelledOutside) {
            expect(p.outsideLimits).toBe(true);
            expect(p.specialCauseType === 'Above UCL' ? p.value! > p.upl! : p.value! < p.lpl!).toBe(
              true,
            );
          }
          if (p.closeToLimits) expect(p.outsideLimits).toBe(false);
          expect(p.specialCauseFlag).toBe(p.pointType !== 'common_cause');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('returns points in date order, JSON-safe', () => {
    fc.assert(
      fc.property(spcInput, (input) => {
        const r = outcome(input);
        if ('error' in r) return;
        const dates = r.points.map((p) => p.date);
        expect(dates).toEqual([...dates].sort());
        expect(JSON.parse(JSON.stringify(r))).toEqual(r);
      }),
      { numRuns: 200 },
    );
  });
});
