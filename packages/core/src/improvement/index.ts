// improvement: projects with PDSA cycles and measures (charted with SPC), the improvement-capability
// baseline and its roll-up, the interventions register, the one-stop shop (resources, experts,
// enquiries) and the SPC engine (DESIGN.md "Domain"). Public names only, re-exported by name.
import type { EntityDefinition } from '../entity/define-entity.js';
import { capabilityAssessmentEntity } from './capability-assessment.js';
import { enquiryEntity } from './enquiry.js';
import { expertEntity } from './expert.js';
import { improvementProjectEntity } from './improvement-project.js';
import { improvementResourceEntity } from './improvement-resource.js';
import { interventionEntity } from './intervention.js';
import { measureValueEntity } from './measure-value.js';
import { measureEntity } from './measure.js';
import { pdsaCycleEntity } from './pdsa-cycle.js';
import { sharedExpertEntity } from './shared-expert.js';

export {
  improvementProjectEntity,
  ImprovementType,
  ImprovementProjectStatus,
  DriverDiagram,
  PrimaryDriver,
  SecondaryDriver,
  changeIdeasOf,
  type ImprovementProject,
} from './improvement-project.js';
export { pdsaCycleEntity, PdsaAct, type PdsaCycle } from './pdsa-cycle.js';
export { measureEntity, MeasureKind, type Measure } from './measure.js';
export { measureValueEntity, type MeasureValue } from './measure-value.js';
export {
  capabilityAssessmentEntity,
  StaffGroup,
  CapabilityLevel,
  BaselineDimension,
  type CapabilityAssessment,
} from './capability-assessment.js';
export {
  interventionEntity,
  InterventionBody,
  InterventionKind,
  InterventionOutcome,
  type Intervention,
} from './intervention.js';
export {
  improvementResourceEntity,
  ResourceKind,
  ResourceTag,
  type ImprovementResource,
} from './improvement-resource.js';
export { expertEntity, type Expert } from './expert.js';
export { sharedExpertEntity, type SharedExpert } from './shared-expert.js';
export {
  HelpRequestInput,
  HELP_REQUEST_ROUTER,
  helpRequestEnquiry,
} from './help-request.js';
export {
  enquiryEntity,
  EnquiryTopic,
  EnquiryStatus,
  EnquiryAction,
  EnquiryStep,
  IsoDateTime,
  type Enquiry,
} from './enquiry.js';

export {
  enquiryWorkflow,
  allowedEnquiryActions,
  nextEnquiryStatus,
  applyEnquiryTransition,
  type EnquiryWorkflowRecord,
  type EnquiryTransitionContext,
} from './enquiry-workflow.js';
export { measureSpcInput, analyseMeasure, type MeasureSeriesInput } from './measure-spc.js';
export {
  capabilityRollup,
  type CapabilityRollupInput,
  type CapabilityRollup,
  type CapabilityTally,
  type CapabilityCell,
  type CapabilityLevelTally,
  type CapabilityUnit,
  type OrganisationCapability,
  type AhsnCapability,
  type RegionCapability,
} from './capability-rollup.js';
export {
  capabilityFunnel,
  type CapabilityFunnelInput,
  type CapabilityFunnel,
  type CapabilityFunnelBy,
  type CapabilityFunnelExclusion,
} from './capability-funnel.js';
export {
  flagRepeatedInterventions,
  subtractMonths,
  type RepeatedInterventionsInput,
  type RepeatedInterventions,
  type RepeatedInterventionFlag,
  type ConcurrentInterventionFlag,
} from './repeated-interventions.js';
export { routeEnquiry, type RouteEnquiryInput, type EnquiryRoute } from './route-enquiry.js';
export {
  enquirySla,
  type EnquirySlaRecord,
  type EnquirySlaOptions,
  type EnquirySla,
  type EnquirySlaEntry,
  type NetworkSla,
  type SlaTally,
  type SlaState,
} from './enquiry-sla.js';
export {
  searchResources,
  tokenise,
  SEARCH_WEIGHTS,
  type SearchableResource,
  type ResourceQuery,
  type ResourceHit,
} from './resource-search.js';

// statistical process control (./spc), every public name
export {
  analyseSpc,
  computeSpc,
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
  type SpcResult,
  type SpcPointResult,
  type SpcGroupSummary,
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
  pointTypeOf,
  type SpecialCauseType,
  type PointType,
  type SpcRuleFlags,
  variationIcon,
  assuranceType,
  assuranceIcon,
  type VariationIcon,
  type AssuranceType,
  type AssuranceIcon,
  SHORT_GROUP_THRESHOLD,
  SHORT_GROUP_WARNING,
  analyseRunChart,
  RunChartInput,
  SHIFT_MIN_POINTS,
  TREND_MIN_POINTS,
  ASTRONOMICAL_MEDIAN_MR_FACTOR,
  type RunChartPoint,
  type RunChartResult,
  runsLimits,
  RUNS_CRITICAL_VALUES,
  RUNS_RULE_MIN_OBSERVATIONS,
  type RunsLimits,
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
} from './spc/index.js';

/**
 * Every entity of the improvement domain, in dependency order (referenced entities first; all
 * reference organisations and networks of the networks domain, which come before them).
 */
export const improvementEntities: readonly EntityDefinition[] = Object.freeze([
  improvementProjectEntity,
  pdsaCycleEntity,
  measureEntity,
  measureValueEntity,
  capabilityAssessmentEntity,
  interventionEntity,
  improvementResourceEntity,
  expertEntity,
  sharedExpertEntity,
  enquiryEntity,
] as EntityDefinition[]);
