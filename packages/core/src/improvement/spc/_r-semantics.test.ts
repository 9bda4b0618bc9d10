import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rMean, rSign, triAnd, triGt, triLt, triNot, triOr } from './_r-semantics.js';

/** The correctly rounded mean of a_i / 2^20 (exact doubles), computed with BigInt. */
function exactMean(scaled: bigint[]): number {
  const sum = scaled.reduce((a, b) => a + b, 0n);
  const negative = sum < 0n;
  const num = (negative ? -sum : sum) << 80n;
  const den = BigInt(scaled.length);
  // Quotient with a sticky bit, so Number() (round half to even) rounds the true quotient.
  const q = ((num / den) << 1n) | (num % den === 0n ? 0n : 1n);
  const m = Number(q) / 2 ** 81 / 2 ** 20;
  return negative ? -m : m;
}

describe('rMean (R mean(): correctly rounded)', () => {
  it('matches R where a naive sum does not', () => {
    expect((0.1 + 0.2 + 0.3) / 3).not.toBe(0.2);
    expect(rMean([0.1, 0.2, 0.3])).toBe(0.2); // R: mean(c(0.1, 0.2, 0.3)) == 0.2 is TRUE
    expect(rMean([9.5, 10.5, 9.5, 10.5, 9.5, 10.5])).toBe(10);
  });

  it('skips NaN (na.rm) and gives NaN for nothing', () => {
    expect(rMean([1, Number.NaN, 3])).toBe(2);
    expect(rMean([])).toBeNaN();
    expect(rMean([Number.NaN])).toBeNaN();
    expect(rMean([5, 6, 7, 8], 1, 3)).toBe(6.5);
  });

  it('is the correctly rounded mean of exact inputs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: -(2n ** 45n), max: 2n ** 45n }), {
          minLength: 1,
          maxLength: 200,
        }),
        (scaled) => {
          const xs = scaled.map((a) => Number(a) / 2 ** 20);
          expect(rMean(xs)).toBe(exactMean(scaled));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("R's three-valued logic", () => {
  it('and / or / not follow R with NA as null', () => {
    expect(triAnd(null, false)).toBe(false);
    expect(triAnd(null, true)).toBeNull();
    expect(triAnd(true, true)).toBe(true);
    expect(triOr(null, true)).toBe(true);
    expect(triOr(null, false)).toBeNull();
    expect(triOr(false, false)).toBe(false);
    expect(triNot(null)).toBeNull();
    expect(triNot(true)).toBe(false);
  });

  it('comparisons with NA or NaN are NA; sign maps -0 to 0', () => {
    expect(triGt(Number.NaN, 1)).toBeNull();
    expect(triLt(1, Number.NaN)).toBeNull();
    expect(triGt(2, 1)).toBe(true);
    expect(triLt(2, 1)).toBe(false);
    expect(Object.is(rSign(-0), 0)).toBe(true);
    expect(rSign(-3)).toBe(-1);
    expect(rSign(Number.NaN)).toBeNaN();
  });
});
