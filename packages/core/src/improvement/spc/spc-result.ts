import type { AssuranceIcon, AssuranceType, VariationIcon } from './icons.js';
import type { PointType, SpcRuleFlags, SpecialCauseType } from './special-cause-rules.js';

/**
 * The answer of `analyseSpc`: JSON-safe (no `NaN`, no `undefined`), every number a plain double
 * or `null` where the package gives `NA`/`NaN` (for example the limits of a one-point or constant
 * series). Field names are the camelCase of the package's columns.
 */

/** One point of the chart, in date order. */
export interface SpcPointResult {
  date: string;
  /** The value, `null` when missing. */
  value: number | null;
  /** `cumsum(rebase)`: 0 for the first group (1 if the first date is itself a rebase date). */
  rebaseGroup: number;
  /** The point's rebase group has fewer than 13 points (trial limits). */
  shortGroupWarning: boolean;
  mean: number | null;
  /** Lower process limit: mean - 2.66 x average moving range. */
  lpl: number | null;
  /** Upper process limit: mean + 2.66 x average moving range. */
  upl: number | null;
  /** Average moving range after outlier screening (not a package output; the basis of the limits). */
  amr: number | null;
  /** The "near limits" line: mean - 2 x (2.66 / 3) x amr. */
  twoSigmaLower: number | null;
  twoSigmaUpper: number | null;
  /** mean -/+ (2.66 / 3) x amr, for drawing only: no rule uses them. */
  oneSigmaLower: number | null;
  oneSigmaUpper: number | null;
  /** Strictly beyond a process limit; `null` when the value or the limits are missing. */
  outsideLimits: boolean | null;
  /** Side of the mean: -1, 0 (exactly on it) or 1; `null` when missing. */
  relativeToMean: -1 | 0 | 1 | null;
  /** Between a 2-sigma line (exclusive) and its process limit (inclusive). */
  closeToLimits: boolean | null;
  /** The raw per-rule flags before precedence (`null` = R's NA, not flagged). */
  rules: SpcRuleFlags;
  /** The package's label, e.g. `"7 Points Above CL"` or `"Common Cause"`. */
  specialCauseType: SpecialCauseType;
  specialCauseFlag: boolean;
  pointType: PointType;
}

/** One rebase group, as the package's `summary()` reports it. */
export interface SpcGroupSummary {
  rebaseGroup: number;
  /** Points in the group, missing values included. */
  n: number;
  mean: number | null;
  lpl: number | null;
  upl: number | null;
  commonCause: number;
  specialCauseImprovement: number;
  specialCauseConcern: number;
  /** Point type of the group's last date. */
  lastPointType: PointType;
}

/** The whole analysis of one series. */
export interface SpcResult {
  /** Every point, in date order whatever the input order. */
  points: SpcPointResult[];
  /** One entry per rebase group, in date order. */
  groups: SpcGroupSummary[];
  /** The package's warnings (the short-group warning), word for word. */
  warnings: string[];
  /** Point type of the last date. */
  variationType: PointType;
  variationIcon: VariationIcon;
  /** `null` with no target or a neutral direction. */
  assuranceType: AssuranceType | null;
  assuranceIcon: AssuranceIcon | null;
}
