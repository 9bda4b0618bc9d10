import { rSign, triAnd, triOr, type Tri } from './_r-semantics.js';
import type { ImprovementDirection } from './spc-input.js';

/**
 * The Making Data Count special-cause rules as `R/ptd_calculate_point_type.R` applies them,
 * one rebase group at a time, including R's NA propagation (`null` is NA).
 */

/** The package's label for a point, one per point after precedence. */
export type SpecialCauseType =
  | 'Above UCL'
  | 'Below LCL'
  | '7 Point Trend (Increasing)'
  | '7 Point Trend (Decreasing)'
  | '2 in 3 Above CL'
  | '2 in 3 Below CL'
  | '7 Points Above CL'
  | '7 Points Below CL'
  | 'Common Cause';

/** The point's meaning given the improvement direction. */
export type PointType =
  | 'common_cause'
  | 'special_cause_improvement'
  | 'special_cause_concern'
  | 'special_cause_neutral_high'
  | 'special_cause_neutral_low';

/** The raw per-rule flags before precedence (`null` = R's NA, which counts as not flagged). */
export interface SpcRuleFlags {
  outsideLimits: Tri;
  trend: boolean;
  twoInThree: Tri;
  run: Tri;
}

/** A missing value sits in a 7-point window whose known steps all go one way: R errors there. */
export class AmbiguousTrendError extends Error {
  /** Group-local index of the first missing value in the window. */
  readonly missingIndex: number;
  constructor(missingIndex: number) {
    super(
      'a missing value lies inside a 7-point stretch whose other steps all go the same way; the trend rule cannot be decided',
    );
    this.name = 'AmbiguousTrendError';
    this.missingIndex = missingIndex;
  }
}

/** `ptd_seven_point_one_side_mean`: this point and the 6 before it share one non-zero side. */
export function sevenPointOneSideMean(rtm: ArrayLike<number>): Tri[] {
  const n = rtm.length;
  const out: Tri[] = new Array<Tri>(n);
  for (let i = 0; i < n; i++) {
    const cur = rtm[i] as number;
    let all: Tri = true;
    for (let k = 1; k <= 6; k++) {
      const prev = i - k >= 0 ? (rtm[i - k] as number) : 0; // padded with zeros
      const eq: Tri = Number.isNaN(cur) || Number.isNaN(prev) ? null : prev === cur;
      if (eq === false) {
        all = false;
        break;
      }
      if (eq === null) all = null;
    }
    out[i] = triAnd(all, Number.isNaN(cur) ? null : cur !== 0);
  }
  return out;
}

/** `ptd_part_of_seven_trend`: a point is part of a 7-window flagged at it or one of the next 6. */
export function partOfSeven(flags: ArrayLike<Tri | number>): Tri[] {
  const n = flags.length;
  const out: Tri[] = new Array<Tri>(n);
  for (let i = 0; i < n; i++) {
    let any: Tri = false;
    for (let k = 0; k <= 6 && i + k < n; k++) {
      const f = flags[i + k];
      if (f === null || (typeof f === 'number' && Number.isNaN(f))) any = null;
      else if (f === true || f === 1 || f === -1) {
        any = true;
        break;
      }
    }
    out[i] = any;
  }
  return out;
}

/**
 * `ptd_seven_point_trend`: +1/-1 at the last point of 7 strictly rising/falling values, else 0.
 * Throws `AmbiguousTrendError` where R's `if (NA)` would stop.
 */
export function sevenPointTrend(y: ArrayLike<number>): Int8Array {
  const n = y.length;
  const out = new Int8Array(n);
  if (n < 7) return out;
  for (let i = 6; i < n; i++) {
    let up: Tri = true;
    let down: Tri = true;
    let missing = -1;
    for (let k = i - 5; k <= i; k++) {
      const d = rSign((y[k] as number) - (y[k - 1] as number));
      if (Number.isNaN(d)) {
        if (up === true) up = null;
        if (down === true) down = null;
        if (missing < 0) missing = Number.isNaN(y[k - 1] as number) ? k - 1 : k;
      } else {
        if (d !== 1) up = false;
        if (d !== -1) down = false;
      }
    }
    if (up === null || (up === false && down === null)) throw new AmbiguousTrendError(missing);
    out[i] = up ? 1 : down ? -1 : 0;
  }
  return out;
}

/** `ptd_two_in_three`: some 3-window holding the point has >= 2 close points, all on one side. */
export function twoInThree(close: readonly Tri[], rtm: ArrayLike<number>): Tri[] {
  const n = close.length;
  // Padded copies (two zeros each side) as numbers: close 1/0/NaN, side -1/0/1/NaN.
  const c = new Float64Array(n + 4);
  const s = new Float64Array(n + 4);
  for (let j = 0; j < n; j++) {
    const cj = close[j];
    c[j + 2] = cj === null || cj === undefined ? Number.NaN : cj ? 1 : 0;
    s[j + 2] = rtm[j] as number;
  }
  const out: Tri[] = new Array<Tri>(n);
  for (let i = 0; i < n; i++) {
    let res: Tri = false;
    // Windows (i-2..i), (i-1..i+1), (i..i+2) start at padded index i, i+1, i+2.
    for (let w = i; w <= i + 2 && res !== true; w++) {
      const cs = (c[w] as number) + (c[w + 1] as number) + (c[w + 2] as number);
      const ss = (s[w] as number) + (s[w + 1] as number) + (s[w + 2] as number);
      const enough: Tri = Number.isNaN(cs) ? null : cs >= 2;
      const sameSide: Tri = Number.isNaN(ss) ? null : Math.abs(ss) === 3;
      res = triOr(res, triAnd(enough, sameSide));
    }
    out[i] = res;
  }
  return out;
}

/** Applies every rule and the package's precedence to one group; returns labels and raw flags. */
export function specialCauseTypes(
  y: ArrayLike<number>,
  relativeToMean: ArrayLike<number>,
  closeToLimits: readonly Tri[],
  outsideLimits: readonly Tri[],
): { types: SpecialCauseType[]; rules: SpcRuleFlags[] } {
  const n = y.length;
  const trend = partOfSeven(sevenPointTrend(y));
  const two = twoInThree(closeToLimits, relativeToMean);
  const run = partOfSeven(sevenPointOneSideMean(relativeToMean));
  const types: SpecialCauseType[] = new Array<SpecialCauseType>(n);
  const rules: SpcRuleFlags[] = new Array<SpcRuleFlags>(n);
  for (let i = 0; i < n; i++) {
    const side = relativeToMean[i] as number;
    const twoFlag = triAnd(two[i] as Tri, closeToLimits[i] as Tri);
    const trendFlag = trend[i] === true;
    const outside = outsideLimits[i] as Tri;
    rules[i] = {
      outsideLimits: outside,
      trend: trendFlag,
      twoInThree: twoFlag,
      run: run[i] as Tri,
    };
    if (outside === true) types[i] = side === 1 ? 'Above UCL' : 'Below LCL';
    else if (trendFlag) {
      // Direction: towards the next point when it is in a trend too, else from the previous one.
      const dir =
        i + 1 < n && trend[i + 1] === true
          ? rSign((y[i + 1] as number) - (y[i] as number))
          : i === 0
            ? 0
            : rSign((y[i] as number) - (y[i - 1] as number));
      types[i] = dir === 1 ? '7 Point Trend (Increasing)' : '7 Point Trend (Decreasing)';
    } else if (twoFlag === true) types[i] = side > 0 ? '2 in 3 Above CL' : '2 in 3 Below CL';
    else if (run[i] === true) types[i] = side > 0 ? '7 Points Above CL' : '7 Points Below CL';
    else types[i] = 'Common Cause';
  }
  return { types, rules };
}

const LABEL_SIGN: Readonly<Record<SpecialCauseType, -1 | 0 | 1>> = {
  'Above UCL': 1,
  'Below LCL': -1,
  '7 Point Trend (Increasing)': 1,
  '7 Point Trend (Decreasing)': -1,
  '2 in 3 Above CL': 1,
  '2 in 3 Below CL': -1,
  '7 Points Above CL': 1,
  '7 Points Below CL': -1,
  'Common Cause': 0,
};

/** `ptd_point_type`: reads a label ("Above"/"Increasing" +1, "Below"/"Decreasing" -1) against the direction. */
export function pointTypeOf(type: SpecialCauseType, direction: ImprovementDirection): PointType {
  const v = LABEL_SIGN[type] ?? 0;
  if (v === 0) return 'common_cause';
  if (direction === 'neutral')
    return v > 0 ? 'special_cause_neutral_high' : 'special_cause_neutral_low';
  const oriented = direction === 'increase' ? v : -v;
  return oriented > 0 ? 'special_cause_improvement' : 'special_cause_concern';
}
