/**
 * Critical values for the number of runs about the median on a run chart (the "too few / too
 * many runs" rule), by number of useful observations (points not on the median).
 *
 * The table is the exact Swed & Eisenhart (1943) runs distribution with the useful observations
 * split as evenly as the median allows (n1 = floor(n/2) below, n2 = ceil(n/2) above), at 5%
 * two-sided (at most 2.5% in each tail):
 *   - too few runs  iff runs < lower, where P(R < lower) <= 0.025 and P(R <= lower) > 0.025;
 *   - too many runs iff runs > upper, where P(R > upper) <= 0.025 and P(R >= upper) > 0.025.
 * Below 10 useful observations the rule is not applied. Above 60 the same exact distribution is
 * evaluated on the fly (in log space), so the rule has no upper size limit.
 */

/** A row of the table: fewer runs than `lower` are too few, more than `upper` too many. */
export interface RunsLimits {
  usefulObservations: number;
  lower: number;
  upper: number;
}

/** Fewest useful observations for which the runs rule applies. */
export const RUNS_RULE_MIN_OBSERVATIONS = 10;

// [useful observations, lower, upper] for 10..60 (exact, see above; checked by the unit tests).
const TABLE: ReadonlyArray<readonly [number, number, number]> = [
  [10, 3, 9],
  [11, 4, 9],
  [12, 4, 10],
  [13, 4, 11],
  [14, 4, 12],
  [15, 5, 12],
  [16, 5, 13],
  [17, 6, 13],
  [18, 6, 14],
  [19, 6, 15],
  [20, 7, 15],
  [21, 7, 16],
  [22, 8, 16],
  [23, 8, 17],
  [24, 8, 18],
  [25, 9, 18],
  [26, 9, 19],
  [27, 10, 19],
  [28, 10, 20],
  [29, 10, 21],
  [30, 11, 21],
  [31, 11, 22],
  [32, 12, 22],
  [33, 12, 23],
  [34, 12, 24],
  [35, 13, 24],
  [36, 13, 25],
  [37, 14, 25],
  [38, 14, 26],
  [39, 14, 26],
  [40, 15, 27],
  [41, 15, 28],
  [42, 16, 28],
  [43, 16, 29],
  [44, 17, 29],
  [45, 17, 30],
  [46, 17, 31],
  [47, 18, 31],
  [48, 18, 32],
  [49, 19, 32],
  [50, 19, 33],
  [51, 20, 33],
  [52, 20, 34],
  [53, 20, 35],
  [54, 21, 35],
  [55, 21, 36],
  [56, 22, 36],
  [57, 22, 37],
  [58, 23, 37],
  [59, 23, 38],
  [60, 24, 38],
];

/** The critical-values table for 10 to 60 useful observations. */
export const RUNS_CRITICAL_VALUES: readonly RunsLimits[] = Object.freeze(
  TABLE.map(([usefulObservations, lower, upper]) =>
    Object.freeze({ usefulObservations, lower, upper }),
  ),
);

/** Tail probability allowed on each side (5% two-sided). */
const TAIL = 0.025;

function logFactorials(n: number): Float64Array {
  const out = new Float64Array(n + 1);
  for (let i = 2; i <= n; i++) out[i] = (out[i - 1] as number) + Math.log(i);
  return out;
}

/**
 * P(R = r) for r = 0..n1+n2 under random order of n1 and n2 items (Swed & Eisenhart), computed
 * in log space; used above the table.
 */
export function runsDistribution(n1: number, n2: number): Float64Array {
  const n = n1 + n2;
  const lf = logFactorials(n);
  const logC = (a: number, b: number): number =>
    b < 0 || b > a
      ? Number.NEGATIVE_INFINITY
      : (lf[a] as number) - (lf[b] as number) - (lf[a - b] as number);
  const total = logC(n, n1);
  const p = new Float64Array(n + 1);
  for (let r = 2; r <= n; r++) {
    if (r % 2 === 0) {
      const k = r / 2;
      p[r] = 2 * Math.exp(logC(n1 - 1, k - 1) + logC(n2 - 1, k - 1) - total);
    } else {
      const k = (r - 1) / 2;
      p[r] =
        Math.exp(logC(n1 - 1, k) + logC(n2 - 1, k - 1) - total) +
        Math.exp(logC(n1 - 1, k - 1) + logC(n2 - 1, k) - total);
    }
  }
  return p;
}

/** Derives the limits for `n` useful observations from the exact distribution. */
export function deriveRunsLimits(n: number): RunsLimits {
  const n1 = Math.floor(n / 2);
  const p = runsDistribution(n1, n - n1);
  let lower = 2;
  let cum = 0;
  for (let r = 2; r <= n && cum + (p[r] as number) <= TAIL; r++) {
    cum += p[r] as number;
    lower = r + 1;
  }
  let upper = n;
  cum = 0;
  for (let r = n; r >= 2 && cum + (p[r] as number) <= TAIL; r--) {
    cum += p[r] as number;
    upper = r - 1;
  }
  return { usefulObservations: n, lower, upper };
}

/** The runs limits for `n` useful observations, or `null` below 10 (the rule does not apply). */
export function runsLimits(n: number): RunsLimits | null {
  if (!Number.isInteger(n) || n < RUNS_RULE_MIN_OBSERVATIONS) return null;
  const row = RUNS_CRITICAL_VALUES[n - RUNS_RULE_MIN_OBSERVATIONS];
  return row ?? deriveRunsLimits(n);
}
