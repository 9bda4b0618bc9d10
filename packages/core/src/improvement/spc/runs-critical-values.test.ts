import { describe, expect, it } from 'vitest';
import { deriveRunsLimits, RUNS_CRITICAL_VALUES, runsLimits } from './runs-critical-values.js';

function binom(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  let r = 1n;
  for (let i = 1; i <= k; i++) r = (r * BigInt(n - k + i)) / BigInt(i);
  return r;
}

/** Exact Swed & Eisenhart limits with integer arithmetic: P(tail) <= 1/40 <=> 40 x count <= total. */
function exactLimits(n: number): { lower: number; upper: number } {
  const n1 = Math.floor(n / 2);
  const n2 = n - n1;
  const count = (r: number): bigint => {
    if (r % 2 === 0) return 2n * binom(n1 - 1, r / 2 - 1) * binom(n2 - 1, r / 2 - 1);
    const k = (r - 1) / 2;
    return binom(n1 - 1, k) * binom(n2 - 1, k - 1) + binom(n1 - 1, k - 1) * binom(n2 - 1, k);
  };
  const total = binom(n, n1);
  let lower = 2;
  let cum = 0n;
  for (let r = 2; r <= n && 40n * (cum + count(r)) <= total; r++) {
    cum += count(r);
    lower = r + 1;
  }
  let upper = n;
  cum = 0n;
  for (let r = n; r >= 2 && 40n * (cum + count(r)) <= total; r--) {
    cum += count(r);
    upper = r - 1;
  }
  return { lower, upper };
}

describe('runs critical values', () => {
  it('the table (10..60) is the exact 5% two-sided Swed & Eisenhart limits', () => {
    expect(RUNS_CRITICAL_VALUES).toHaveLength(51);
    for (const row of RUNS_CRITICAL_VALUES) {
      expect({ n: row.usefulObservations, ...exactLimits(row.usefulObservations) }).toEqual({
        n: row.usefulObservations,
        lower: row.lower,
        upper: row.upper,
      });
      expect(deriveRunsLimits(row.usefulObservations)).toEqual(row);
    }
  });

  it('hand-checked rows: 10 points -> 3..9, 20 -> 7..15', () => {
    // n1 = n2 = 5: P(R <= 2) = 2/252 = 0.8%, P(R <= 3) = 10/252 = 4.0% -> too few below 3.
    expect(runsLimits(10)).toEqual({ usefulObservations: 10, lower: 3, upper: 9 });
    expect(runsLimits(20)).toEqual({ usefulObservations: 20, lower: 7, upper: 15 });
  });

  it('does not apply under 10; derives the same way above 60', () => {
    expect(runsLimits(9)).toBeNull();
    expect(runsLimits(0)).toBeNull();
    for (const n of [61, 75, 100])
      expect(runsLimits(n)).toEqual({ usefulObservations: n, ...exactLimits(n) });
    const big = runsLimits(5000);
    expect(big!.lower).toBeLessThan(2501);
    expect(big!.upper).toBeGreaterThan(2501);
  });
});
