import { describe, expect, it } from 'vitest';
import { analyseSpc } from './analyse-spc.js';
import {
  diffAgainstFixture,
  loadAeAttendances,
  loadGoldenCases,
  type FixtureCase,
} from './__fixtures__/golden.js';
import type { SpcInput } from './spc-input.js';

// Real series rebuilt from the raw NHSRdatasets rows, not from the fixture's own input arrays.
const rows = loadAeAttendances();
const realCases = loadGoldenCases().filter(
  (c) => c.source === 'ae_attendances' && !c.expected.error,
);

/** A trust's monthly type 1 series: 4-hour performance (1 - breaches/attendances) or raw breaches. */
function seriesFor(org: string, measure: 'performance' | 'breaches'): SpcInput['points'] {
  return rows
    .filter((r) => r.orgCode === org && r.type === '1')
    .sort((a, b) => (a.period < b.period ? -1 : 1))
    .map((r) => ({
      date: r.period,
      value: measure === 'breaches' ? r.breaches : 1 - r.breaches / r.attendances,
    }));
}

function inputFromCsv(c: FixtureCase): SpcInput {
  const org = c.input.org_code as string;
  return {
    points: seriesFor(org, c.id.includes('breaches') ? 'breaches' : 'performance'),
    improvementDirection: c.options.improvement_direction as SpcInput['improvementDirection'],
    target: c.options.target,
    rebase: c.options.rebase ?? [],
    fixAfterNPoints: c.options.fix_after_n_points,
    screenOutliers: c.options.screen_outliers,
  };
}

describe('real A&E data (ae_attendances_subset.csv)', () => {
  it('has 25 trusts of type 1 monthly rows', () => {
    expect(new Set(rows.map((r) => r.orgCode)).size).toBe(25);
    expect(rows.every((r) => r.type === '1' && r.breaches <= r.attendances)).toBe(true);
  });

  it('RJZ 4-hour performance against 95%: the package limits, concern_low and fail', () => {
    const result = analyseSpc({
      points: seriesFor('RJZ', 'performance'),
      improvementDirection: 'increase',
      target: 0.95,
    });
    expect(result.points).toHaveLength(36);
    const first = result.points[0];
    const expected = realCases.find((c) => c.id === 'ae_RJZ_perf_target95')?.expected.points?.[0];
    expect(expected).toBeDefined();
    expect(first?.mean).toBe(expected?.mean);
    expect(first?.lpl).toBe(expected?.lpl);
    expect(first?.upl).toBe(expected?.upl);
    expect(result.variationIcon).toBe('concern_low');
    expect(result.assuranceIcon).toBe('fail');
    expect(result.warnings).toEqual([]);
  });

  it.each(realCases.map((c) => [c.id, c] as const))(
    '%s from the raw rows matches the package',
    (_id, c) => {
      const input = inputFromCsv(c);
      expect(input.points.map((p) => p.date)).toEqual(c.input.dates);
      const result = analyseSpc(input);
      expect(diffAgainstFixture(result, c.expected)).toEqual([]);
    },
  );
});
