import { rMean, rSign, triAnd, triGt, triLt, triNot, triOr, type Tri } from './_r-semantics.js';

/**
 * XmR ("i chart") centre line and process limits, as `ptd_spc_standard()` computes them
 * (NHSRplotthedots `R/ptd_spc_standard.R:47-93`). Values are doubles with `NaN` for a missing
 * value (R's `NA`); every function works on one rebase group at a time.
 */

/** Process limits sit 2.66 average moving ranges from the mean (used as written, not 3/1.128). */
export const XMR_LIMIT = 2.66;
/** The "near limits" (2-sigma) multiplier, computed exactly as the package does. */
export const XMR_LIMIT_CLOSE = 2 * (XMR_LIMIT / 3);
/** The 1-sigma multiplier (the package never uses these lines; provided for charts). */
export const XMR_LIMIT_ONE_SIGMA = XMR_LIMIT / 3;
/** A moving range is kept by outlier screening only if strictly below this times the first average. */
export const MR_SCREEN_FACTOR = 3.267;

/** The constants of one rebase group; `NaN` where R gives `NaN` (e.g. one point, constant series). */
export interface XmrLimits {
  mean: number;
  /** Average moving range after screening. */
  amr: number;
  lpl: number;
  upl: number;
  twoSigmaLower: number;
  twoSigmaUpper: number;
  oneSigmaLower: number;
  oneSigmaUpper: number;
}

export interface XmrOptions {
  /** Only the first n rows of the group (missing rows count) feed the limits. */
  fixAfterNPoints?: number | null | undefined;
  /** Drop moving ranges of 3.267 x the average or more before averaging again (default true). */
  screenOutliers?: boolean | undefined;
}

/** Computes the mean, screened average moving range and the limits of `y` (one group). */
export function xmrLimits(y: ArrayLike<number>, options: XmrOptions = {}): XmrLimits {
  const fix = options.fixAfterNPoints;
  const end =
    fix === null || fix === undefined ? y.length : Math.min(y.length, Math.max(0, Math.floor(fix)));
  const mean = rMean(y, 0, end);

  // Moving ranges: |y_i - y_(i-1)|; a missing value makes both neighbouring ranges missing.
  const mr = new Float64Array(Math.max(0, end - 1));
  let m = 0;
  for (let i = 1; i < end; i++) {
    const d = Math.abs((y[i] as number) - (y[i - 1] as number));
    if (!Number.isNaN(d)) mr[m++] = d;
  }
  const amr0 = rMean(mr, 0, m);
  let amr = amr0;
  if (options.screenOutliers ?? true) {
    // One pass only, strict comparison: a constant series screens out every range (0 < 0 is false).
    const cut = MR_SCREEN_FACTOR * amr0;
    let k = 0;
    for (let i = 0; i < m; i++) {
      const d = mr[i] as number;
      if (d < cut) mr[k++] = d;
    }
    amr = rMean(mr, 0, k);
  }

  return {
    mean,
    amr,
    lpl: mean - XMR_LIMIT * amr,
    upl: mean + XMR_LIMIT * amr,
    twoSigmaLower: mean - XMR_LIMIT_CLOSE * amr,
    twoSigmaUpper: mean + XMR_LIMIT_CLOSE * amr,
    oneSigmaLower: mean - XMR_LIMIT_ONE_SIGMA * amr,
    oneSigmaUpper: mean + XMR_LIMIT_ONE_SIGMA * amr,
  };
}

/** Where each point of a group sits against its group's constants (R's NA is `null`/`NaN`). */
export interface XmrPointState {
  /** `y > upl | y < lpl` (strict). */
  outsideLimits: Tri[];
  /** `sign(y - mean)`: -1, 0 or 1; `NaN` when the value or the mean is missing. */
  relativeToMean: Float64Array;
  /** Not outside, and strictly beyond a 2-sigma line (a point exactly on a limit is close). */
  closeToLimits: Tri[];
}

/** Judges every point of a group against the group's limits, exactly as the package does. */
export function xmrPointState(y: ArrayLike<number>, limits: XmrLimits): XmrPointState {
  const n = y.length;
  const outsideLimits: Tri[] = new Array<Tri>(n);
  const closeToLimits: Tri[] = new Array<Tri>(n);
  const relativeToMean = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = y[i] as number;
    const outside = triOr(triGt(v, limits.upl), triLt(v, limits.lpl));
    outsideLimits[i] = outside;
    relativeToMean[i] = rSign(v - limits.mean);
    closeToLimits[i] = triAnd(
      triNot(outside),
      triOr(triLt(v, limits.twoSigmaLower), triGt(v, limits.twoSigmaUpper)),
    );
  }
  return { outsideLimits, relativeToMean, closeToLimits };
}

/**
 * Rebase group of each point (points in date order): `cumsum(date is a rebase date)`, so the
 * first group is 0, or 1 when the first date is itself a rebase date. Unknown dates are ignored.
 */
export function rebaseGroups(dates: readonly string[], rebase: Iterable<string>): Int32Array {
  const marks = new Set(rebase);
  const out = new Int32Array(dates.length);
  let g = 0;
  for (let i = 0; i < dates.length; i++) {
    if (marks.has(dates[i] as string)) g++;
    out[i] = g;
  }
  return out;
}

/** Splits consecutive equal group ids into `[start, end)` ranges. */
export function groupRanges(
  groups: ArrayLike<number>,
): Array<{ group: number; start: number; end: number }> {
  const out: Array<{ group: number; start: number; end: number }> = [];
  let start = 0;
  for (let i = 1; i <= groups.length; i++) {
    if (i === groups.length || groups[i] !== groups[start]) {
      out.push({ group: groups[start] as number, start, end: i });
      start = i;
    }
  }
  return out;
}
