import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { SpcInput } from '../spc-input.js';
import type { SpcResult } from '../spc-result.js';

// Golden cases made by running NHSRplotthedots 0.2.2 in R (see __fixtures__/public.json `meta`).
export interface FixturePoint {
  date: string;
  value: number | null;
  rebase_group: number;
  short_group_warning: boolean;
  mean: number | null;
  lpl: number | null;
  upl: number | null;
  amr: number | null;
  two_sigma_lower: number | null;
  two_sigma_upper: number | null;
  one_sigma_lower: number | null;
  one_sigma_upper: number | null;
  outside_limits: boolean | null;
  relative_to_mean: number | null;
  close_to_limits: boolean | null;
  rules: {
    outside_limits: boolean | null;
    trend: boolean | null;
    two_in_three: boolean | null;
    run: boolean | null;
  };
  special_cause_type: string;
  special_cause_flag: boolean;
  point_type: string;
}
export interface FixtureGroup {
  rebase_group: number;
  n: number;
  mean: number | null;
  lpl: number | null;
  upl: number | null;
  common_cause: number;
  special_cause_improvement: number;
  special_cause_concern: number;
  last_point_type: string;
}
export interface FixtureCase {
  id: string;
  category: string;
  source: string;
  description: string;
  input: { dates: string[]; values: (number | null)[]; org_code?: string };
  options: {
    improvement_direction: string;
    target: number | null;
    rebase: string[] | null;
    fix_after_n_points: number | null;
    screen_outliers: boolean;
  };
  expected: {
    error: string | null;
    warnings?: string[];
    points?: FixturePoint[];
    groups?: FixtureGroup[];
    variation_type?: string;
    variation_icon?: string;
    assurance_type?: string | null;
    assurance_icon?: string | null;
  };
}

/** The golden cases of `public.json`, next to this file. */
export function loadGoldenCases(): FixtureCase[] {
  const raw = readFileSync(new URL('./public.json', import.meta.url), 'utf8');
  return (JSON.parse(raw) as { cases: FixtureCase[] }).cases;
}

/** The raw A&E rows of `ae_attendances_subset.csv` (NHSRdatasets `ae_attendances`). */
export interface AeRow {
  period: string;
  orgCode: string;
  type: string;
  attendances: number;
  breaches: number;
  admissions: number;
}

/** Reads `ae_attendances_subset.csv` (quoted header and text fields, numeric counts). */
export function loadAeAttendances(): AeRow[] {
  const text = readFileSync(new URL('./ae_attendances_subset.csv', import.meta.url), 'utf8');
  const rows: Record<string, string>[] = parse(text, { columns: true, skip_empty_lines: true });
  const column = (row: Record<string, string>, name: string): string => {
    const value = row[name];
    if (value === undefined) throw new Error(`ae_attendances_subset.csv has no column ${name}`);
    return value;
  };
  return rows.map((r) => ({
    period: column(r, 'period'),
    orgCode: column(r, 'org_code'),
    type: column(r, 'type'),
    attendances: Number(column(r, 'attendances')),
    breaches: Number(column(r, 'breaches')),
    admissions: Number(column(r, 'admissions')),
  }));
}

/** The fixture's input and options as an `SpcInput` (the package's options, nothing dropped). */
export function inputOf(c: FixtureCase): SpcInput {
  return {
    points: c.input.dates.map((date, i) => ({ date, value: c.input.values[i] as number | null })),
    improvementDirection: c.options.improvement_direction as SpcInput['improvementDirection'],
    target: c.options.target,
    rebase: c.options.rebase ?? undefined,
    fixAfterNPoints: c.options.fix_after_n_points,
    screenOutliers: c.options.screen_outliers,
  };
}

/** Relative 1e-9 (absolute 1e-12 near zero); `null` (R's NA/NaN) must be `null`. */
function numberDiff(where: string, actual: number | null, expected: number | null): string[] {
  if (expected === null || actual === null)
    return actual === expected ? [] : [`${where}: ${actual} != ${expected}`];
  const tol = Math.max(1e-9 * Math.max(Math.abs(actual), Math.abs(expected)), 1e-12);
  return Math.abs(actual - expected) <= tol ? [] : [`${where}: ${actual} != ${expected}`];
}

function same(where: string, actual: unknown, expected: unknown): string[] {
  return actual === expected
    ? []
    : [`${where}: ${JSON.stringify(actual)} != ${JSON.stringify(expected)}`];
}

/** Every difference between our result and the package's, one line each. */
export function diffAgainstFixture(r: SpcResult, e: FixtureCase['expected']): string[] {
  const out: string[] = [];
  const points = e.points ?? [];
  out.push(...same('points.length', r.points.length, points.length));
  points.forEach((p, i) => {
    const a = r.points[i];
    if (!a) return;
    const at = `points[${i}] ${p.date}`;
    out.push(...same(`${at}.date`, a.date, p.date));
    out.push(...numberDiff(`${at}.value`, a.value, p.value));
    out.push(...same(`${at}.rebaseGroup`, a.rebaseGroup, p.rebase_group));
    out.push(...same(`${at}.shortGroupWarning`, a.shortGroupWarning, p.short_group_warning));
    out.push(...numberDiff(`${at}.mean`, a.mean, p.mean));
    out.push(...numberDiff(`${at}.lpl`, a.lpl, p.lpl));
    out.push(...numberDiff(`${at}.upl`, a.upl, p.upl));
    out.push(...numberDiff(`${at}.amr`, a.amr, p.amr));
    out.push(...numberDiff(`${at}.twoSigmaLower`, a.twoSigmaLower, p.two_sigma_lower));
    out.push(...numberDiff(`${at}.twoSigmaUpper`, a.twoSigmaUpper, p.two_sigma_upper));
    out.push(...numberDiff(`${at}.oneSigmaLower`, a.oneSigmaLower, p.one_sigma_lower));
    out.push(...numberDiff(`${at}.oneSigmaUpper`, a.oneSigmaUpper, p.one_sigma_upper));
    out.push(...same(`${at}.outsideLimits`, a.outsideLimits, p.outside_limits));
    out.push(...same(`${at}.relativeToMean`, a.relativeToMean, p.relative_to_mean));
    out.push(...same(`${at}.closeToLimits`, a.closeToLimits, p.close_to_limits));
    out.push(...same(`${at}.rules.outsideLimits`, a.rules.outsideLimits, p.rules.outside_limits));
    out.push(...same(`${at}.rules.trend`, a.rules.trend, p.rules.trend));
    out.push(...same(`${at}.rules.twoInThree`, a.rules.twoInThree, p.rules.two_in_three));
    out.push(...same(`${at}.rules.run`, a.rules.run, p.rules.run));
    out.push(...same(`${at}.specialCauseType`, a.specialCauseType, p.special_cause_type));
    out.push(...same(`${at}.specialCauseFlag`, a.specialCauseFlag, p.special_cause_flag));
    out.push(...same(`${at}.pointType`, a.pointType, p.point_type));
  });
  const groups = e.groups ?? [];
  out.push(...same('groups.length', r.groups.length, groups.length));
  groups.forEach((g, i) => {
    const a = r.groups[i];
    if (!a) return;
    const at = `groups[${i}]`;
    out.push(...same(`${at}.rebaseGroup`, a.rebaseGroup, g.rebase_group));
    out.push(...same(`${at}.n`, a.n, g.n));
    out.push(...numberDiff(`${at}.mean`, a.mean, g.mean));
    out.push(...numberDiff(`${at}.lpl`, a.lpl, g.lpl));
    out.push(...numberDiff(`${at}.upl`, a.upl, g.upl));
    out.push(...same(`${at}.commonCause`, a.commonCause, g.common_cause));
    out.push(
      ...same(
        `${at}.specialCauseImprovement`,
        a.specialCauseImprovement,
        g.special_cause_improvement,
      ),
    );
    out.push(...same(`${at}.specialCauseConcern`, a.specialCauseConcern, g.special_cause_concern));
    out.push(...same(`${at}.lastPointType`, a.lastPointType, g.last_point_type));
  });
  out.push(...same('warnings', JSON.stringify(r.warnings), JSON.stringify(e.warnings ?? [])));
  out.push(...same('variationType', r.variationType, e.variation_type));
  out.push(...same('variationIcon', r.variationIcon, e.variation_icon));
  out.push(...same('assuranceType', r.assuranceType, e.assurance_type ?? null));
  out.push(...same('assuranceIcon', r.assuranceIcon, e.assurance_icon ?? null));
  return out;
}
