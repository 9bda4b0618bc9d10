// governance: national bodies, the two Governing Boards, accountability, recommendations,
// assurance returns and finance (DESIGN.md "Domain").
export {
  accountabilityLineEntity,
  PartyKind,
  type AccountabilityLine,
} from './accountability-line.js';
export {
  assuranceReturnEntity,
  AssuranceStatus,
  AssuranceAction,
  AssuranceStep,
  type AssuranceReturn,
} from './assurance-return.js';
export { boardMemberEntity, type BoardMember } from './board-member.js';
export { financeAllocationEntity, type FinanceAllocation } from './finance-allocation.js';
export { governingBoardEntity, type GoverningBoard } from './governing-board.js';
export { nationalBodyEntity, type NationalBody } from './national-body.js';
export {
  recommendationEntity,
  RecommendationPoint,
  RecommendationStatus,
  type Recommendation,
} from './recommendation.js';
export { savingsTargetEntity, type SavingsTarget } from './savings-target.js';

export {
  assuranceWorkflow,
  allowedActions,
  nextStatus,
  applyAssuranceTransition,
  type AssuranceWorkflowRecord,
  type AssuranceTransitionContext,
} from './assurance-workflow.js';
export {
  boardSharedMembership,
  type BoardSharedMembershipInput,
  type BoardSharedMembership,
  type BoardComposition,
  type SharedMember,
} from './board-shared-membership.js';
export {
  savingsProgress,
  type SavingsProgressInput,
  type SavingsProgressEntry,
  type SavingsYearPair,
  type BodySavings,
  type BudgetLineSavings,
} from './savings-progress.js';
export { NhsRegion, assessingRegionOf } from './nhs-region.js';
export {
  assessmentDecisionEntity,
  AssessmentSubject,
  AssessmentAction,
  type AssessmentDecision,
} from './assessment-decision.js';
export {
  latestSubmission,
  assessedState,
  decideAssessment,
  applyDecision,
  type AssessableRecord,
  type AssessedState,
  type AssessmentContext,
} from './assessment.js';
