import type { EntityDefinition } from './entity/define-entity.js';
import { nationalBodyEntity } from './governance/national-body.js';
import { governingBoardEntity } from './governance/governing-board.js';
import { boardMemberEntity } from './governance/board-member.js';
import { accountabilityLineEntity } from './governance/accountability-line.js';
import { recommendationEntity } from './governance/recommendation.js';
import { assuranceReturnEntity } from './governance/assurance-return.js';
import { assessmentDecisionEntity } from './governance/assessment-decision.js';
import { financeAllocationEntity } from './governance/finance-allocation.js';
import { savingsTargetEntity } from './governance/savings-target.js';
import { nationalStrategyEntity } from './strategies/national-strategy.js';
import { priorityEntity } from './strategies/priority.js';
import { organisationStrategyEntity } from './strategies/organisation-strategy.js';
import { localDeliveryPlanEntity } from './strategies/local-delivery-plan.js';
import { alignmentLinkEntity } from './strategies/alignment-link.js';
import { programmeEntity } from './talent/programme.js';
import { cohortEntity } from './talent/cohort.js';
import { participantEntity } from './talent/participant.js';
import { enrolmentEntity } from './talent/enrolment.js';
import { evaluationGoalEntity } from './talent/evaluation-goal.js';
import { coachEntity } from './talent/coach.js';
import { menteeEntity } from './talent/mentee.js';
import { talentPoolEntity } from './talent/talent-pool.js';
import { talentPoolMemberEntity } from './talent/talent-pool-member.js';
import { seniorPostEntity } from './talent/senior-post.js';
import { successionPlanEntity } from './talent/succession-plan.js';
import { nineBoxEntity } from './talent/nine-box.js';
import { populationBenchmarkEntity } from './talent/population-benchmark.js';
import { diversityAggregateEntity } from './talent/diversity-aggregate.js';
import { leaderEntity } from './talent/leader.js';
import { improvementEntities } from './improvement/index.js';
import { geographyEntity } from './networks/geography.js';
import { organisationEntity } from './networks/organisation.js';
import { networkEntity } from './networks/network.js';
import { membershipEntity } from './networks/membership.js';
import { businessPlanEntity } from './networks/business-plan.js';
import { offerEntity } from './networks/offer.js';

/**
 * Every entity of the core domain model, in dependency order (referenced entities first). The store
 * makes a table of each, the server a set of routes, sync a field allowlist.
 */
export const coreEntities: readonly EntityDefinition[] = Object.freeze([
  geographyEntity,
  organisationEntity,
  networkEntity,
  membershipEntity,
  businessPlanEntity,
  offerEntity,
  nationalBodyEntity,
  governingBoardEntity,
  boardMemberEntity,
  accountabilityLineEntity,
  recommendationEntity,
  assuranceReturnEntity,
  assessmentDecisionEntity,
  financeAllocationEntity,
  savingsTargetEntity,
  nationalStrategyEntity,
  priorityEntity,
  organisationStrategyEntity,
  localDeliveryPlanEntity,
  alignmentLinkEntity,
  programmeEntity,
  cohortEntity,
  participantEntity,
  enrolmentEntity,
  evaluationGoalEntity,
  coachEntity,
  menteeEntity,
  talentPoolEntity,
  talentPoolMemberEntity,
  seniorPostEntity,
  successionPlanEntity,
  nineBoxEntity,
  populationBenchmarkEntity,
  diversityAggregateEntity,
  leaderEntity,
  ...improvementEntities,
] as EntityDefinition[]);

/** Looks an entity up by its name (`assurance-return`) or collection (`assurance-returns`). */
export function findEntity(
  nameOrCollection: string,
  entities: readonly EntityDefinition[] = coreEntities,
): EntityDefinition | undefined {
  return entities.find((e) => e.name === nameOrCollection || e.collection === nameOrCollection);
}

/** Schema version of the domain model; bumped on every change to an entity's shape. */
export const SCHEMA_VERSION = 1;
