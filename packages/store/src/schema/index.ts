// The whole database schema. drizzle-kit reads this module's exports to generate migrations
// (drizzle.config.ts), so every table is a named top-level export. `schema/index.test.ts` fails
// when an entity of the catalog has no table here.
import { findEntity } from '@tessera/core';
import { entityTable } from './entity-table.js';

export { changeLog, auditLog, tokens, meta, syncOrigins, syncQuarantine } from './system-tables.js';

const t = (name: string) => entityTable(findEntity(name)!);

// networks
export const geographies = t('geography');
export const organisations = t('organisation');
export const networks = t('network');
export const memberships = t('membership');
export const businessPlans = t('business-plan');
export const offers = t('offer');
// governance
export const nationalBodies = t('national-body');
export const governingBoards = t('governing-board');
export const boardMembers = t('board-member');
export const accountabilityLines = t('accountability-line');
export const recommendations = t('recommendation');
export const assuranceReturns = t('assurance-return');
export const assessmentDecisions = t('assessment-decision');
export const financeAllocations = t('finance-allocation');
export const savingsTargets = t('savings-target');
// strategies
export const nationalStrategies = t('national-strategy');
export const priorities = t('priority');
export const organisationStrategies = t('organisation-strategy');
export const localDeliveryPlans = t('local-delivery-plan');
export const alignmentLinks = t('alignment-link');
// talent
export const programmes = t('programme');
export const cohorts = t('cohort');
export const participants = t('participant');
export const enrolments = t('enrolment');
export const evaluationGoals = t('evaluation-goal');
export const coaches = t('coach');
export const mentees = t('mentee');
export const talentPools = t('talent-pool');
export const talentPoolMembers = t('talent-pool-member');
export const seniorPosts = t('senior-post');
export const successionPlans = t('succession-plan');
export const nineBoxes = t('nine-box');
// improvement
export const improvementProjects = t('improvement-project');
export const pdsaCycles = t('pdsa-cycle');
export const measures = t('measure');
export const measureValues = t('measure-value');
export const capabilityAssessments = t('capability-assessment');
export const interventions = t('intervention');
export const improvementResources = t('improvement-resource');
export const experts = t('expert');
export const sharedExperts = t('shared-expert');
export const enquiries = t('enquiry');
export const populationBenchmarks = t('population-benchmark');
export const diversityAggregates = t('diversity-aggregate');
export const leaders = t('leader');
