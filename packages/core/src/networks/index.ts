// networks: geographies, organisations, AHSNs, clinical networks, senates, LDPs and improvement
// coalitions, memberships, business plans and offers (DESIGN.md "Domain").
export { businessPlanEntity, Deliverable, type BusinessPlan } from './business-plan.js';
export { geographyEntity, GeographyKind, type Geography } from './geography.js';
export { membershipEntity, MembershipTier, type Membership } from './membership.js';
export { networkEntity, NetworkType, PriorityArea, type Network } from './network.js';
export { offerEntity, type Offer } from './offer.js';
export { organisationEntity, OrganisationType, type Organisation } from './organisation.js';

export {
  coterminosity,
  type CoterminosityInput,
  type Coterminosity,
  type GeographyCoterminosity,
  type AhsnCoterminosity,
  type AhsnCount,
} from './coterminosity.js';
export { navigate, type NavigateInput, type Navigation, type NavigatorOffer } from './navigate.js';
export { submitBusinessPlan } from './business-plan-workflow.js';
export {
  planAlignment,
  type PlanAlignmentInput,
  type PlanAlignment,
  type AhsnPlanAlignment,
  type ClinicalNetworkAlignment,
  type AlignmentStatus,
} from './plan-alignment.js';
export { isNetworkInstance, speaksForNetwork } from './speaks-for-network.js';
