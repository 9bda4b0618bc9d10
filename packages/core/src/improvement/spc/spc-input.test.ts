import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../errors/domain-error.js';
import { analyseSpc } from './analyse-spc.js';
import { parseSpcInput, SPC_MAX_POINTS, type SpcInput } from './spc-input.js';

const month = (i: number): string =>
  `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`;
const series = (values: (number | null)[]): SpcInput['points'] =>
  values.map((value, i) => ({ date: month(i), value }));

/** Runs `f`, expecting a ValidationError; returns its issues' dotted paths. */
function pathsOf(f: () => unknown): string[] {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ValidationError);
    const err = e as ValidationError;
    expect(err.code).toBe('validation');
    return err.issues.map((i) => i.path.join('.'));
  }
  throw new Error('expected a ValidationError');
}

describe('SpcInput validation', () => {
  it('applies the defaults: increase, screening on, no rebase', () => {
    const parsed = parseSpcInput({ points: series([1, 2, 3]) });
    expect(parsed.improvementDirection).toBe('increase');
    expect(parsed.screenOutliers).toBe(true);
    expect(parsed.rebase).toEqual([]);
    expect(parsed.target).toBeUndefined();
  });

  it('rejects a duplicate date at the second occurrence', () => {
    const points = series([1, 2, 3, 4]);
    points[3] = { date: month(1), value: 4 };
    expect(pathsOf(() => analyseSpc({ points }))).toEqual(['points.3.date']);
  });

  it('rejects non-numeric and non-finite values', () => {
    const bad = [
      ...series([1, 2]),
      { date: month(2), value: '3' },
      { date: month(3), value: Number.NaN },
      { date: month(4), value: Infinity },
    ];
    expect(pathsOf(() => analyseSpc({ points: bad } as unknown as SpcInput))).toEqual([
      'points.2.value',
      'points.3.value',
      'points.4.value',
    ]);
  });

  it('rejects an unknown improvement direction', () => {
    expect(
      pathsOf(() =>
        analyseSpc({ points: series([1, 2]), improvementDirection: 'up' } as unknown as SpcInput),
      ),
    ).toEqual(['improvementDirection']);
  });

  it('rejects a rebase date that is no point date (the API), at rebase.<i>', () => {
    const input = { points: series([1, 2, 3, 4]), rebase: [month(2), '1999-01-01'] };
    expect(pathsOf(() => analyseSpc(input))).toEqual(['rebase.1']);
  });

  it('ignores such a rebase date with strictRebase off (the package semantics)', () => {
    const input = { points: series([1, 2, 3, 4]), rebase: ['1999-01-01'] };
    const result = analyseSpc(input, { strictRebase: false });
    expect(result.points.every((p) => p.rebaseGroup === 0)).toBe(true);
    expect(result).toEqual(analyseSpc({ points: input.points }));
  });

  it(`rejects more than ${SPC_MAX_POINTS} points`, () => {
    const points = Array.from({ length: SPC_MAX_POINTS + 1 }, (_, i) => ({
      date: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10),
      value: i % 7,
    }));
    expect(pathsOf(() => analyseSpc({ points }))).toEqual(['points']);
    expect(() => analyseSpc({ points: points.slice(0, SPC_MAX_POINTS) })).not.toThrow();
  });

  it('rejects invalid dates, an empty series, a small or fractional fixAfterNPoints and a bad target', () => {
    expect(
      pathsOf(() =>
        analyseSpc({
          points: [
            { date: '2021-02-29', value: 1 },
            { date: '2021/03/01', value: 2 },
          ],
        }),
      ),
    ).toEqual(['points.0.date', 'points.1.date']);
    expect(pathsOf(() => analyseSpc({ points: [] }))).toEqual(['points']);
    expect(pathsOf(() => analyseSpc({ points: series([1, 2]), fixAfterNPoints: 11 }))).toEqual([
      'fixAfterNPoints',
    ]);
    expect(pathsOf(() => analyseSpc({ points: series([1, 2]), fixAfterNPoints: 12.5 }))).toEqual([
      'fixAfterNPoints',
    ]);
    expect(pathsOf(() => analyseSpc({ points: series([1, 2]), target: Number.NaN }))).toEqual([
      'target',
    ]);
    expect(pathsOf(() => analyseSpc({ points: series([1, 2]), rebase: ['soon'] }))).toEqual([
      'rebase.0',
    ]);
  });

  it('rejects a missing value inside an otherwise monotone 7-point stretch, where the package errors', () => {
    // R: `if (all(d == 1))` is NA there and stops (fixture family na_inside_monotone_stretch_error).
    const points = series([5, 4, 6, 5, 1, 2, 3, null, 5, 6, 7, 3]);
    const err = pathsOf(() => analyseSpc({ points }));
    expect(err).toEqual(['points.7.value']);
    // The path names the input position even when the input is not in date order.
    expect(pathsOf(() => analyseSpc({ points: [...points].reverse() }))).toEqual([
      'points.4.value',
    ]);
  });

  it('accepts a missing value that a trend window can decide without it', () => {
    expect(() => analyseSpc({ points: series([1, 2, 3, null, 2, 1, 0, 4]) })).not.toThrow();
  });
});
