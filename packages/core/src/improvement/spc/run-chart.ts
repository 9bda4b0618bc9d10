import { z } from 'zod';
import { parseOrThrow } from '../../errors/from-zod.js';
import { runsLimits, type RunsLimits } from './runs-critical-values.js';
import { SPC_MAX_POINTS, SpcPoint } from './spc-input.js';

/**
 * A run chart: the values in date order around their median, read with the four run-chart rules
 * (Perla, Provost & Murray 2011; IHI):
 *   1. shift: 6 or more consecutive points on one side of the median. Points exactly on the
 *      median neither add to nor break a shift;
 *   2. trend: 5 or more consecutive points all going up or all going down. Like values are
 *      ignored (only the first of equal successive values counts; a repeat neither adds nor
 *      breaks, but is flagged with the trend it sits in);
 *   3. too few or too many runs about the median for the number of useful observations
 *      (points not on the median), from the critical-values table (`runs-critical-values.ts`);
 *   4. astronomical points (optional): the guides leave these to judgement; when asked for, a point
 *      is flagged if it lies more than 3.145 median moving ranges from the median (3 sigma
 *      estimated robustly as median MR / 0.954, so the outlier does not widen its own limit).
 * Missing values (`null`) stay in the output but are skipped by every rule.
 */

export const SHIFT_MIN_POINTS = 6;
export const TREND_MIN_POINTS = 5;
/** 3 / 0.954: three robust sigmas in median moving ranges. */
export const ASTRONOMICAL_MEDIAN_MR_FACTOR = 3.145;

export const RunChartInput = z
  .strictObject({
    points: z
      .array(SpcPoint)
      .min(1, 'needs at least one point')
      .max(SPC_MAX_POINTS, `must have at most ${SPC_MAX_POINTS} points`),
    astronomical: z.boolean().default(false),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.points.forEach((p, i) => {
      if (seen.has(p.date))
        ctx.addIssue({
          code: 'custom',
          path: ['points', i, 'date'],
          message: `duplicate date ${p.date}`,
        });
      seen.add(p.date);
    });
  });
export type RunChartInput = z.input<typeof RunChartInput>;

export interface RunChartPoint {
  date: string;
  value: number | null;
  /** Side of the median, `null` for a missing value. */
  side: 'above' | 'below' | 'on' | null;
  shift: boolean;
  trend: boolean;
  astronomical: boolean;
}

export interface RunChartResult {
  /** Median of the non-missing values (`null` when there are none). */
  median: number | null;
  points: RunChartPoint[];
  /** Points neither missing nor on the median. */
  usefulObservations: number;
  /** Runs about the median (crossings + 1) among the useful observations. */
  runs: number;
  /** Critical values used, `null` under 10 useful observations (rule not applied). */
  runsLimits: RunsLimits | null;
  tooFewRuns: boolean;
  tooManyRuns: boolean;
  /** Any rule signalled. */
  signal: boolean;
}

/** Median of a list of numbers (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Flags the points of every stretch of at least `min` consecutive equal `keys`. */
function flagStretches(indices: number[], keys: number[], min: number, flags: boolean[]): void {
  let start = 0;
  for (let i = 1; i <= indices.length; i++) {
    if (i === indices.length || keys[i] !== keys[start]) {
      if (i - start >= min) for (let k = start; k < i; k++) flags[indices[k] as number] = true;
      start = i;
    }
  }
}

/** The value of a point known to have one. */
const valueAt = (pts: readonly SpcPoint[], i: number) => (pts[i] as SpcPoint).value as number;

/**
 * Rule 2: flags the points of every trend. Steps between counted values; a value equal to the last
 * counted one is skipped.
 */
function flagTrends(pts: readonly SpcPoint[], present: readonly number[], trend: boolean[]): void {
  const counted: number[] = [];
  const steps: number[] = [];
  for (const i of present) {
    const v = valueAt(pts, i);
    const last = counted[counted.length - 1];
    if (last === undefined) {
      counted.push(i);
      steps.push(0);
    } else if (v !== (pts[last] as SpcPoint).value) {
      counted.push(i);
      steps.push(v > valueAt(pts, last) ? 1 : -1);
    }
  }
  // A trend of k counted points is k - 1 equal steps; the point before the first step belongs to
  // it. Flag the whole stretch, like values inside it included (they are skipped, not breaks).
  for (let k = 1, start = 1; k <= steps.length; k++) {
    if (k === steps.length || steps[k] !== steps[start]) {
      if (k - start + 1 >= TREND_MIN_POINTS) {
        const first = counted[start - 1] as number;
        const last = counted[k - 1] as number;
        for (const i of present) if (i >= first && i <= last) trend[i] = true;
      }
      start = k;
    }
  }
}

/** Rule 4: flags the points more than `ASTRONOMICAL_MEDIAN_MR_FACTOR` median moving ranges from the median. */
function flagAstronomical(
  pts: readonly SpcPoint[],
  present: readonly number[],
  values: readonly number[],
  m: number,
  astronomical: boolean[],
): void {
  if (values.length < 2) return;
  const mrMedian = median(values.slice(1).map((v, k) => Math.abs(v - (values[k] as number))));
  if (mrMedian > 0)
    for (const i of present)
      if (Math.abs(valueAt(pts, i) - m) > ASTRONOMICAL_MEDIAN_MR_FACTOR * mrMedian)
        astronomical[i] = true;
}

/** Validates `input` and reads the run chart (points returned in date order). */
export function analyseRunChart(input: RunChartInput): RunChartResult {
  const parsed = parseOrThrow(RunChartInput, input, 'The run chart input is not valid');
  const pts = [...parsed.points].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const n = pts.length;
  const present: number[] = [];
  pts.forEach((p, i) => {
    if (p.value !== null) present.push(i);
  });
  const values = present.map((i) => valueAt(pts, i));
  const m = median(values);

  const sideOf = (v: number): number => (v > m ? 1 : v < m ? -1 : 0);
  const shift = new Array<boolean>(n).fill(false);
  const trend = new Array<boolean>(n).fill(false);
  const astronomical = new Array<boolean>(n).fill(false);

  // Shift and runs: useful observations only (missing and on-median points skipped).
  const useful = present.filter((i) => sideOf(valueAt(pts, i)) !== 0);
  const usefulSides = useful.map((i) => sideOf(valueAt(pts, i)));
  flagStretches(useful, usefulSides, SHIFT_MIN_POINTS, shift);
  let runs = useful.length > 0 ? 1 : 0;
  for (let k = 1; k < usefulSides.length; k++) if (usefulSides[k] !== usefulSides[k - 1]) runs++;

  flagTrends(pts, present, trend);
  if (parsed.astronomical) flagAstronomical(pts, present, values, m, astronomical);

  const limits = runsLimits(useful.length);
  const tooFewRuns = limits !== null && runs < limits.lower;
  const tooManyRuns = limits !== null && runs > limits.upper;
  const sideName = (v: number) => (sideOf(v) > 0 ? 'above' : sideOf(v) < 0 ? 'below' : 'on');
  const points: RunChartPoint[] = pts.map((p, i) => ({
    date: p.date,
    value: p.value,
    side: p.value === null ? null : sideName(p.value),
    shift: shift[i] as boolean,
    trend: trend[i] as boolean,
    astronomical: astronomical[i] as boolean,
  }));
  return {
    median: Number.isFinite(m) ? m : null,
    points,
    usefulObservations: useful.length,
    runs,
    runsLimits: limits,
    tooFewRuns,
    tooManyRuns,
    signal:
      tooFewRuns ||
      tooManyRuns ||
      shift.some(Boolean) ||
      trend.some(Boolean) ||
      astronomical.some(Boolean),
  };
}
