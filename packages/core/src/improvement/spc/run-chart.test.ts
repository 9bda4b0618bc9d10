import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors/domain-error.js';
import { analyseRunChart, median, type RunChartInput } from './run-chart.js';

const series = (values: (number | null)[]): RunChartInput['points'] =>
  values.map((value, i) => ({
    date: new Date(Date.UTC(2022, i, 1)).toISOString().slice(0, 10),
    value,
  }));
const flagged = (flags: boolean[]): number[] => flags.flatMap((f, i) => (f ? [i] : []));

describe('median', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('run chart rules (hand-checked)', () => {
  it('shift: 6 on one side, a point on the median neither counts nor breaks; too few runs', () => {
    // Sorted: 1 1 1 2 2 2 5 9 9 9 9 9 9 -> median 5 (index 4 sits on it).
    const r = analyseRunChart({ points: series([1, 2, 1, 2, 5, 1, 2, 9, 9, 9, 9, 9, 9]) });
    expect(r.median).toBe(5);
    expect(r.points[4]?.side).toBe('on');
    expect(flagged(r.points.map((p) => p.shift))).toEqual([0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(r.usefulObservations).toBe(12);
    expect(r.runs).toBe(2);
    expect(r.runsLimits).toEqual({ usefulObservations: 12, lower: 4, upper: 10 });
    expect(r.tooFewRuns).toBe(true);
    expect(r.tooManyRuns).toBe(false);
    expect(r.points.some((p) => p.trend)).toBe(false);
    expect(r.signal).toBe(true);
  });

  it('five below the median is not a shift', () => {
    const r = analyseRunChart({ points: series([1, 2, 1, 2, 1, 9, 8, 9, 8, 9, 8]) });
    expect(r.median).toBe(8);
    expect(r.points.some((p) => p.shift)).toBe(false);
  });

  it('trend: 5 rising points, a repeated value skipped (and flagged with the trend)', () => {
    const r = analyseRunChart({ points: series([5, 3, 4, 4, 5, 6, 7, 2, 9]) });
    expect(flagged(r.points.map((p) => p.trend))).toEqual([1, 2, 3, 4, 5, 6]);
    // Four rising points only: no trend.
    expect(
      analyseRunChart({ points: series([5, 3, 4, 5, 6, 2, 9]) }).points.some((p) => p.trend),
    ).toBe(false);
    // Falling trends too.
    expect(
      flagged(
        analyseRunChart({ points: series([1, 9, 8, 7, 6, 5, 6]) }).points.map((p) => p.trend),
      ),
    ).toEqual([1, 2, 3, 4, 5]);
  });

  it('too many runs: a zig-zag of 12 has 12 runs > 10', () => {
    const r = analyseRunChart({ points: series([1, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 3]) });
    expect(r.median).toBe(2);
    expect(r.runs).toBe(12);
    expect(r.tooManyRuns).toBe(true);
    expect(r.tooFewRuns).toBe(false);
  });

  it('does not apply the runs rule below 10 useful observations', () => {
    const r = analyseRunChart({ points: series([1, 3, 1, 3, 1, 3, 1, 3, 2]) });
    expect(r.usefulObservations).toBe(8);
    expect(r.runsLimits).toBeNull();
    expect(r.tooManyRuns).toBe(false);
    expect(r.signal).toBe(false);
  });

  it('astronomical points only when asked, beyond 3.145 median moving ranges of the median', () => {
    const values = [5, 6, 5, 6, 5, 6, 5, 6, 5, 30];
    expect(analyseRunChart({ points: series(values) }).points.some((p) => p.astronomical)).toBe(
      false,
    );
    const r = analyseRunChart({ points: series(values), astronomical: true });
    expect(flagged(r.points.map((p) => p.astronomical))).toEqual([9]);
  });

  it('skips missing values, sorts by date and returns date order', () => {
    const points = series([1, null, 3, 1, 3]).reverse();
    const r = analyseRunChart({ points });
    expect(r.points.map((p) => p.value)).toEqual([1, null, 3, 1, 3]);
    expect(r.points[1]?.side).toBeNull();
    expect(r.runs).toBe(4);
  });

  it('rejects duplicate dates and non-numeric values with paths', () => {
    const dup = [...series([1, 2]), { date: series([1])[0]!.date, value: 3 }];
    expect(() => analyseRunChart({ points: dup })).toThrow(ValidationError);
    try {
      analyseRunChart({ points: [{ date: '2022-01-01', value: 'x' }] } as unknown as RunChartInput);
    } catch (e) {
      expect((e as ValidationError).issues.map((i) => i.path.join('.'))).toEqual([
        'points.0.value',
      ]);
    }
  });
});
