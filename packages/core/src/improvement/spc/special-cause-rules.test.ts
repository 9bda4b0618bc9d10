import { describe, expect, it } from 'vitest';
import {
  AmbiguousTrendError,
  partOfSeven,
  pointTypeOf,
  sevenPointOneSideMean,
  sevenPointTrend,
  specialCauseTypes,
  twoInThree,
} from './special-cause-rules.js';

const NA = Number.NaN;

describe('run rule (7 points one side of the mean)', () => {
  it('flags all points of any 7-window; 6 flag nothing; a point on the mean breaks it', () => {
    const nine = [1, 1, 1, 1, 1, 1, 1, 1, 1];
    expect(partOfSeven(sevenPointOneSideMean(nine))).toEqual(Array(9).fill(true));
    expect(partOfSeven(sevenPointOneSideMean([-1, -1, -1, -1, -1, -1]))).toEqual(
      Array(6).fill(false),
    );
    expect(partOfSeven(sevenPointOneSideMean([1, 1, 1, 0, 1, 1, 1, 1]))).toEqual(
      Array(8).fill(false),
    );
  });

  it('propagates NA like R: an NA inside the only possible window makes the flag NA', () => {
    expect(partOfSeven(sevenPointOneSideMean([1, 1, 1, NA, 1, 1, 1]))).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('trend rule (7 strictly rising or falling points)', () => {
  it('marks the window end with +1/-1; ties break it; under 7 points nothing', () => {
    expect([...sevenPointTrend([1, 2, 3, 4, 5, 6, 7, 7])]).toEqual([0, 0, 0, 0, 0, 0, 1, 0]);
    expect([...sevenPointTrend([7, 6, 5, 4, 3, 2, 1])]).toEqual([0, 0, 0, 0, 0, 0, -1]);
    expect([...sevenPointTrend([1, 2, 3, 3, 4, 5, 6, 7])]).toEqual(Array(8).fill(0));
    expect([...sevenPointTrend([1, 2, 3, 4, 5, 6])]).toEqual(Array(6).fill(0));
  });

  it('throws where R would stop on if (NA): an NA in a window whose other steps agree', () => {
    expect(() => sevenPointTrend([1, 2, 3, NA, 5, 6, 7])).toThrow(AmbiguousTrendError);
    expect(() => sevenPointTrend([7, 6, 5, NA, 3, 2, 1])).toThrow(AmbiguousTrendError);
    try {
      sevenPointTrend([0, 9, 1, 2, 3, NA, 5, 6, 7]);
    } catch (e) {
      expect((e as AmbiguousTrendError).missingIndex).toBe(5);
    }
    expect([...sevenPointTrend([1, 2, 1, NA, 5, 6, 7])]).toEqual(Array(7).fill(0));
  });
});

describe('two-in-three rule', () => {
  it('flags only the close points of a window with >= 2 close points all on one side', () => {
    const close = [false, true, false, true, false];
    // Window (1, 2, 3) holds two close points: every member is "in" it, but only the close ones are flagged.
    expect(twoInThree(close, [1, 1, 1, 1, 1])).toEqual([false, true, true, true, false]);
    const { types } = specialCauseTypes(
      [0, 2.5, 1, 2.5, 0],
      [1, 1, 1, 1, 1],
      close,
      Array(5).fill(false),
    );
    expect(types).toEqual([
      'Common Cause',
      '2 in 3 Above CL',
      'Common Cause',
      '2 in 3 Above CL',
      'Common Cause',
    ]);
    // A window crossing the mean does not count.
    expect(twoInThree(close, [1, 1, -1, 1, 1])).toEqual([false, false, false, false, false]);
  });
});

describe('labels and precedence', () => {
  it('outside > trend > two-in-three > run', () => {
    // mean 0; limits +/-3; 2-sigma +/-2: hand-made states.
    const y = [1, 2, 3, 4, 5, 6, 7.5];
    const rtm = [1, 1, 1, 1, 1, 1, 1];
    const close = [false, false, true, false, false, false, false];
    const outside = [false, false, false, false, false, false, true];
    const { types, rules } = specialCauseTypes(y, rtm, close, outside);
    expect(types).toEqual([
      '7 Point Trend (Increasing)',
      '7 Point Trend (Increasing)',
      '7 Point Trend (Increasing)',
      '7 Point Trend (Increasing)',
      '7 Point Trend (Increasing)',
      '7 Point Trend (Increasing)',
      'Above UCL',
    ]);
    expect(rules.every((r) => r.run === true && r.trend)).toBe(true);
  });

  it('a peak shared by a rising and a falling trend is "Decreasing" (package quirk)', () => {
    const y = [1, 2, 3, 4, 5, 6, 7, 7, 6, 5, 4, 3, 2, 1];
    const rtm = y.map((v) => Math.sign(v - 4));
    const none = y.map(() => false);
    const { types } = specialCauseTypes(y, rtm, none, none);
    expect(types[5]).toBe('7 Point Trend (Increasing)');
    expect(types[6]).toBe('7 Point Trend (Decreasing)');
    expect(types[7]).toBe('7 Point Trend (Decreasing)');
  });

  it('maps labels to point types by improvement direction', () => {
    expect(pointTypeOf('Above UCL', 'increase')).toBe('special_cause_improvement');
    expect(pointTypeOf('Above UCL', 'decrease')).toBe('special_cause_concern');
    expect(pointTypeOf('7 Point Trend (Decreasing)', 'decrease')).toBe('special_cause_improvement');
    expect(pointTypeOf('2 in 3 Below CL', 'increase')).toBe('special_cause_concern');
    expect(pointTypeOf('7 Points Above CL', 'neutral')).toBe('special_cause_neutral_high');
    expect(pointTypeOf('Below LCL', 'neutral')).toBe('special_cause_neutral_low');
    expect(pointTypeOf('Common Cause', 'increase')).toBe('common_cause');
  });
});
