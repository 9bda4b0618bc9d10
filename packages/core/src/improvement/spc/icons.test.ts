import { describe, expect, it } from 'vitest';
import { analyseSpc } from './analyse-spc.js';
import { assuranceIcon, assuranceType, variationIcon } from './icons.js';
import {
  SHORT_GROUP_THRESHOLD,
  SHORT_GROUP_WARNING,
  shortGroups,
  shortGroupWarnings,
} from './warnings.js';

describe('variation icon', () => {
  it('reads the last point type against the direction', () => {
    expect(variationIcon('common_cause', 'increase')).toBe('common_cause');
    expect(variationIcon('special_cause_improvement', 'increase')).toBe('improvement_high');
    expect(variationIcon('special_cause_improvement', 'decrease')).toBe('improvement_low');
    expect(variationIcon('special_cause_concern', 'increase')).toBe('concern_low');
    expect(variationIcon('special_cause_concern', 'decrease')).toBe('concern_high');
    expect(variationIcon('special_cause_neutral_high', 'neutral')).toBe('neutral_high');
    expect(variationIcon('special_cause_neutral_low', 'neutral')).toBe('neutral_low');
  });

  it('uses only the last date, whatever came before', () => {
    const values = [10, 11, 9, 10, 11, 9, 10, 11, 9, 10, 11, 9, 30, 10];
    const points = values.map((value, i) => ({
      date: new Date(Date.UTC(2020, i, 1)).toISOString().slice(0, 10),
      value,
    }));
    const r = analyseSpc({ points });
    expect(r.points.some((p) => p.specialCauseType === 'Above UCL')).toBe(true);
    expect(r.variationIcon).toBe('common_cause');
  });
});

describe('assurance', () => {
  const limits = { lpl: 7, upl: 13 };
  it('compares the target with the last limits, strictly', () => {
    expect(assuranceType(6, limits, 'increase')).toBe('consistent_pass');
    expect(assuranceType(14, limits, 'increase')).toBe('consistent_fail');
    expect(assuranceType(14, limits, 'decrease')).toBe('consistent_pass');
    expect(assuranceType(6, limits, 'decrease')).toBe('consistent_fail');
    expect(assuranceType(7, limits, 'increase')).toBe('inconsistent');
    expect(assuranceType(10, { lpl: Number.NaN, upl: Number.NaN }, 'increase')).toBe(
      'inconsistent',
    );
  });

  it('has no assurance without a target or with a neutral direction', () => {
    expect(assuranceType(undefined, limits, 'increase')).toBeNull();
    expect(assuranceType(null, limits, 'increase')).toBeNull();
    expect(assuranceType(10, limits, 'neutral')).toBeNull();
    expect(assuranceIcon(null)).toBeNull();
    expect(assuranceIcon('consistent_pass')).toBe('pass');
    expect(assuranceIcon('consistent_fail')).toBe('fail');
    expect(assuranceIcon('inconsistent')).toBe('inconsistent');
  });
});

describe('short-group warnings', () => {
  it('warns once when any group has fewer than 13 points (so 12 still warns)', () => {
    expect(SHORT_GROUP_THRESHOLD).toBe(13);
    expect(shortGroupWarnings([12])).toEqual([SHORT_GROUP_WARNING]);
    expect(shortGroupWarnings([13, 20])).toEqual([]);
    expect(shortGroupWarnings([20, 5, 3])).toEqual([SHORT_GROUP_WARNING]);
    expect(shortGroups([20, 5, 13, 3])).toEqual([1, 3]);
  });
});
