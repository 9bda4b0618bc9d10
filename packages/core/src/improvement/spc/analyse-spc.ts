import { ValidationError } from '../../errors/domain-error.js';
import { assuranceIcon, assuranceType, variationIcon } from './icons.js';
import { AmbiguousTrendError, pointTypeOf, specialCauseTypes } from './special-cause-rules.js';
import {
  parseSpcInput,
  type SpcInput,
  type SpcInputOptions,
  type SpcParsedInput,
  type SpcPoint,
} from './spc-input.js';
import type { SpcGroupSummary, SpcPointResult, SpcResult } from './spc-result.js';
import { isShortGroup, shortGroupWarnings } from './warnings.js';
import { groupRanges, rebaseGroups, xmrLimits, xmrPointState } from './xmr.js';

/**
 * The SPC engine: a "Making Data Count" XmR chart exactly as NHSRplotthedots 0.2.2 computes it
 * (`ptd_spc()`): sort by date, split into rebase groups, limits per group, rules per group,
 * then the icons from the last date. Pure: no I/O, no clock, no randomness.
 */

/** A double as JSON: `NaN`/`±Infinity` (R's `NaN`/`NA`) become `null`, `-0` becomes `0`. */
function num(x: number): number | null {
  return Number.isFinite(x) ? x + 0 : null;
}

function side(x: number): -1 | 0 | 1 | null {
  return x === 1 ? 1 : x === -1 ? -1 : x === 0 ? 0 : null;
}

/** Validates `input` (throws `ValidationError` with field paths) and analyses the series. */
export function analyseSpc(input: SpcInput, options: SpcInputOptions = {}): SpcResult {
  return computeSpc(parseSpcInput(input, options));
}

/** The points in date order: the input index of each, the dates, and the values (NaN for null). */
function sortedSeries(pts: readonly SpcPoint[]): {
  order: number[];
  dates: string[];
  y: Float64Array;
} {
  const n = pts.length;
  const order: number[] = new Array<number>(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (i > 0 && sorted) sorted = (pts[i - 1] as SpcPoint).date < (pts[i] as SpcPoint).date;
  }
  // ISO dates sort as strings; dates are unique once validated, the index breaks ties otherwise.
  if (!sorted)
    order.sort((a, b) => {
      const da = (pts[a] as SpcPoint).date;
      const db = (pts[b] as SpcPoint).date;
      return da < db ? -1 : da > db ? 1 : a - b;
    });
  const dates: string[] = new Array<string>(n);
  const y = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const p = pts[order[k] as number] as SpcPoint;
    dates[k] = p.date;
    y[k] = p.value === null ? Number.NaN : p.value;
  }
  return { order, dates, y };
}

/** The special-cause labels of one group; an ambiguous trend is a `ValidationError` at its input point. */
function labelGroup(
  gy: Float64Array,
  state: ReturnType<typeof xmrPointState>,
  inputIndex: (j: number) => number,
): ReturnType<typeof specialCauseTypes> {
  try {
    return specialCauseTypes(gy, state.relativeToMean, state.closeToLimits, state.outsideLimits);
  } catch (e) {
    if (!(e instanceof AmbiguousTrendError)) throw e;
    const index = inputIndex(e.missingIndex);
    throw new ValidationError(
      `The SPC input cannot be analysed: points.${index}.value: ${e.message}`,
      [{ path: ['points', index, 'value'], message: e.message, code: 'ambiguous_trend' }],
    );
  }
}

/** The sorted series shared by every group of one analysis, and the points being filled in. */
interface Series {
  input: SpcParsedInput;
  order: number[];
  dates: string[];
  y: Float64Array;
  points: SpcPointResult[];
}

/** Analyses one rebase group: fills its points in `s.points`, returns its summary and limits. */
function analyseGroup(
  s: Series,
  { group, start, end }: ReturnType<typeof groupRanges>[number],
): { summary: SpcGroupSummary; limits: ReturnType<typeof xmrLimits> } {
  const direction = s.input.improvementDirection;
  const gy = s.y.subarray(start, end);
  const limits = xmrLimits(gy, {
    fixAfterNPoints: s.input.fixAfterNPoints,
    screenOutliers: s.input.screenOutliers,
  });
  const state = xmrPointState(gy, limits);
  const labelled = labelGroup(gy, state, (j) => s.order[start + j] as number);
  const short = isShortGroup(end - start);
  const summary: SpcGroupSummary = {
    rebaseGroup: group,
    n: end - start,
    mean: num(limits.mean),
    lpl: num(limits.lpl),
    upl: num(limits.upl),
    commonCause: 0,
    specialCauseImprovement: 0,
    specialCauseConcern: 0,
    lastPointType: 'common_cause',
  };
  for (let k = start; k < end; k++) {
    const j = k - start;
    const type = labelled.types[j] ?? 'Common Cause';
    const pointType = pointTypeOf(type, direction);
    const flag = type !== 'Common Cause';
    if (!flag) summary.commonCause++;
    else if (pointType === 'special_cause_improvement') summary.specialCauseImprovement++;
    else if (pointType === 'special_cause_concern') summary.specialCauseConcern++;
    summary.lastPointType = pointType;
    const value = s.y[k] as number;
    s.points[k] = {
      date: s.dates[k] as string,
      value: num(value),
      rebaseGroup: group,
      shortGroupWarning: short,
      mean: num(limits.mean),
      lpl: num(limits.lpl),
      upl: num(limits.upl),
      amr: num(limits.amr),
      twoSigmaLower: num(limits.twoSigmaLower),
      twoSigmaUpper: num(limits.twoSigmaUpper),
      oneSigmaLower: num(limits.oneSigmaLower),
      oneSigmaUpper: num(limits.oneSigmaUpper),
      outsideLimits: state.outsideLimits[j] ?? null,
      relativeToMean: side(state.relativeToMean[j] as number),
      closeToLimits: state.closeToLimits[j] ?? null,
      rules: labelled.rules[j] ?? {
        outsideLimits: null,
        trend: false,
        twoInThree: null,
        run: null,
      },
      specialCauseType: type,
      specialCauseFlag: flag,
      pointType,
    };
  }
  return { summary, limits };
}

/** Analyses an already validated input; throws `ValidationError` only where the package errors. */
export function computeSpc(input: SpcParsedInput): SpcResult {
  const direction = input.improvementDirection;
  const n = input.points.length;
  const { order, dates, y } = sortedSeries(input.points);
  const series: Series = { input, order, dates, y, points: new Array<SpcPointResult>(n) };
  const groups: SpcGroupSummary[] = [];
  let lastLimits = { lpl: Number.NaN, upl: Number.NaN };
  for (const range of groupRanges(rebaseGroups(dates, input.rebase))) {
    const { summary, limits } = analyseGroup(series, range);
    groups.push(summary);
    lastLimits = limits;
  }

  const points = series.points;
  const variationType = points[n - 1]?.pointType ?? 'common_cause';
  const assurance = assuranceType(input.target, lastLimits, direction);
  return {
    points,
    groups,
    warnings: shortGroupWarnings(groups.map((g) => g.n)),
    variationType,
    variationIcon: variationIcon(variationType, direction),
    assuranceType: assurance,
    assuranceIcon: assuranceIcon(assurance),
  };
}
