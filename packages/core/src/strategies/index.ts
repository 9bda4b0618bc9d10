// strategies: the national improvement and leadership strategies, their priorities, organisations'
// strategies, local delivery plans and alignment links (DESIGN.md "Domain").
export { alignmentLinkEntity, AlignmentSource, type AlignmentLink } from './alignment-link.js';
export { localDeliveryPlanEntity, type LocalDeliveryPlan } from './local-delivery-plan.js';
export {
  nationalStrategyEntity,
  StrategyKind,
  type NationalStrategy,
} from './national-strategy.js';
export { organisationStrategyEntity, type OrganisationStrategy } from './organisation-strategy.js';
export { priorityEntity, type Priority } from './priority.js';

export {
  strategyCoverage,
  type StrategyCoverageInput,
  type StrategyCoverage,
  type NationalStrategyCoverage,
  type PriorityCoverage,
  type PriorityRef,
  type SourceCoverage,
  type CoverageSourceKind,
} from './strategy-coverage.js';
export {
  strategyCompliance,
  type StrategyComplianceInput,
  type StrategyCompliance,
  type RequiredStrategyKind,
  type ComplianceTally,
  type OrganisationCompliance,
  type NetworkCompliance,
  type RegionCompliance,
} from './strategy-compliance.js';
export {
  crossAlignment,
  type CrossAlignmentInput,
  type CrossAlignment,
  type CrossAlignmentSide,
  type AlignedPriority,
  type AlignedPair,
} from './cross-alignment.js';
