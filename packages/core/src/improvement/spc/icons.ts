import type { ImprovementDirection } from './spc-input.js';
import type { PointType } from './special-cause-rules.js';

/**
 * The Making Data Count icons: variation (`ptd_get_icons`, `R/geom_ptd_icon.R`) and assurance
 * (`ptd_calculate_assurance_type`, `R/ptd_calculate_assurance_type.R`). The names are the icon
 * file names of the package without `.svg`.
 */

/** The variation icon of a series, read from the point type of its last date. */
export type VariationIcon =
  | 'common_cause'
  | 'improvement_high'
  | 'improvement_low'
  | 'concern_high'
  | 'concern_low'
  | 'neutral_high'
  | 'neutral_low';

/** How the process limits of the latest rebase group sit against a target. */
export type AssuranceType = 'consistent_pass' | 'consistent_fail' | 'inconsistent';

/** The assurance icon: always passes, always fails, or hit and miss. */
export type AssuranceIcon = 'pass' | 'fail' | 'inconsistent';

/** Maps the last point's type to its variation icon (improvement/concern depend on direction). */
export function variationIcon(
  lastPointType: PointType,
  direction: ImprovementDirection,
): VariationIcon {
  switch (lastPointType) {
    case 'common_cause':
      return 'common_cause';
    case 'special_cause_neutral_high':
      return 'neutral_high';
    case 'special_cause_neutral_low':
      return 'neutral_low';
    case 'special_cause_concern':
      return direction === 'increase' ? 'concern_low' : 'concern_high';
    case 'special_cause_improvement':
      return direction === 'increase' ? 'improvement_high' : 'improvement_low';
  }
}

/**
 * Compares a target with the limits of the series' last row (strictly); `null` with no target or
 * a neutral direction. A target on a limit, or missing limits, is `inconsistent`.
 */
export function assuranceType(
  target: number | null | undefined,
  lastLimits: { lpl: number; upl: number },
  direction: ImprovementDirection,
): AssuranceType | null {
  if (target === null || target === undefined || direction === 'neutral') return null;
  const increasing = direction === 'increase';
  if (target > lastLimits.upl) return increasing ? 'consistent_fail' : 'consistent_pass';
  if (target < lastLimits.lpl) return increasing ? 'consistent_pass' : 'consistent_fail';
  return 'inconsistent';
}

/** Maps an assurance type to its icon (`null` stays `null`). */
export function assuranceIcon(type: AssuranceType | null): AssuranceIcon | null {
  switch (type) {
    case 'consistent_pass':
      return 'pass';
    case 'consistent_fail':
      return 'fail';
    case 'inconsistent':
      return 'inconsistent';
    case null:
      return null;
  }
}
