// Statistical process control: Making Data Count XmR charts (as NHSRplotthedots), run charts
// and funnel plots. Public names only, re-exported by name.
export { analyseSpc, computeSpc } from './analyse-spc.js';
export {
  SpcInput,
  SpcPoint,
  SpcDate,
  ImprovementDirection,
  spcInputSchema,
  parseSpcInput,
  SPC_MAX_POINTS,
  SPC_MIN_FIX_AFTER_N_POINTS,
  type SpcInputOptions,
  type SpcParsedInput,
} from './spc-input.js';
export type { SpcResult, SpcPointResult, SpcGroupSummary } from './spc-result.js';
export {
  xmrLimits,
  xmrPointState,
  rebaseGroups,
  XMR_LIMIT,
  XMR_LIMIT_CLOSE,
  XMR_LIMIT_ONE_SIGMA,
  MR_SCREEN_FACTOR,
  type XmrLimits,
  type XmrOptions,
  type XmrPointState,
} from './xmr.js';
export {
  pointTypeOf,
  type SpecialCauseType,
  type PointType,
  type SpcRuleFlags,
} from './special-cause-rules.js';
export {
  variationIcon,
  assuranceType,
  assuranceIcon,
  type VariationIcon,
  type AssuranceType,
  type AssuranceIcon,
} from './icons.js';
export { SHORT_GROUP_THRESHOLD, SHORT_GROUP_WARNING } from './warnings.js';
export {
  analyseRunChart,
  RunChartInput,
  SHIFT_MIN_POINTS,
  TREND_MIN_POINTS,
  ASTRONOMICAL_MEDIAN_MR_FACTOR,
  type RunChartPoint,
  type RunChartResult,
} from './run-chart.js';
export {
  runsLimits,
  RUNS_CRITICAL_VALUES,
  RUNS_RULE_MIN_OBSERVATIONS,
  type RunsLimits,
} from './runs-critical-values.js';
export {
  analyseFunnel,
  funnelLimits,
  funnelFlag,
  funnelCurve,
  FunnelInput,
  FunnelUnit,
  FUNNEL_Z95,
  FUNNEL_Z998,
  FUNNEL_MAX_UNITS,
  type FunnelLimits,
  type FunnelFlag,
  type FunnelUnitResult,
  type FunnelResult,
} from './funnel-plot.js';
