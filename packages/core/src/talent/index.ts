// The talent (leadership development) domain: entities and pure functions. Named re-exports only.
export {
  SEX_CATEGORIES,
  AGE_BANDS,
  ETHNICITY_CATEGORIES,
  ETHNIC_GROUPS,
  DISABILITY_CATEGORIES,
  SEXUAL_ORIENTATION_CATEGORIES,
  RELIGION_CATEGORIES,
  PROTECTED_CHARACTERISTICS,
  CHARACTERISTIC_CATEGORIES,
  Sex,
  AgeBand,
  Ethnicity,
  Disability,
  SexualOrientation,
  Religion,
  ethnicGroupOf,
  isStated,
  type EthnicGroup,
  type ProtectedCharacteristic,
} from './protected-characteristics.js';
export { programmeEntity, PROGRAMME_LEVELS, ProgrammeLevel, type Programme } from './programme.js';
export { cohortEntity, type Cohort } from './cohort.js';
export { participantEntity, type Participant } from './participant.js';
export {
  enrolmentEntity,
  ENROLMENT_STATUSES,
  EnrolmentStatus,
  type Enrolment,
} from './enrolment.js';
export {
  evaluationGoalEntity,
  FOLLOW_UP_MONTHS,
  ATTAINMENT_LEVELS,
  Attainment,
  FollowUp,
  type FollowUpMonths,
  type EvaluationGoal,
} from './evaluation-goal.js';
export { coachEntity, COACH_KINDS, CoachKind, type Coach } from './coach.js';
export { menteeEntity, MenteePreferences, type Mentee } from './mentee.js';
export { talentPoolEntity, TalentPoolScope, type TalentPool } from './talent-pool.js';
export { talentPoolMemberEntity, type TalentPoolMember } from './talent-pool-member.js';
export { seniorPostEntity, type SeniorPost } from './senior-post.js';
export {
  successionPlanEntity,
  READINESS_LEVELS,
  Readiness,
  Successor,
  type SuccessionPlan,
} from './succession-plan.js';
export { nineBoxEntity, type NineBox } from './nine-box.js';
export {
  followUpDates,
  dueFollowUps,
  type ScheduledFollowUp,
  type GoalForFollowUp,
  type DueFollowUp,
} from './follow-up-schedule.js';
export {
  suppressTable,
  resuppressGrid,
  isSuppressed,
  publishedValue,
  DEFAULT_SUPPRESSION_THRESHOLD,
  type PublishedCount,
  type SuppressionOptions,
  type SuppressedTable,
} from './suppression.js';
export { parseBenchmarkCsv, type BenchmarkShare } from './benchmark-csv.js';
export {
  diversityTable,
  representation,
  type DiversityTable,
  type DiversityTableOptions,
  type RepresentationRow,
  type RepresentationOptions,
  type RepresentationStatus,
} from './diversity.js';
export {
  skillsScore,
  eligibilityProblems,
  type MatchCoach,
  type MatchMentee,
  type MatchOptions,
  type IneligibilityReason,
} from './match-eligibility.js';
export {
  matchMentees,
  greedyMatch,
  DEFAULT_CANDIDATES_PER_MENTEE,
  type MentorMatch,
  type UnmatchedMentee,
  type MatchResult,
} from './matching.js';
export {
  assessSuccessionRisk,
  SUCCESSION_RISK_FLAGS,
  type SuccessionRiskFlag,
  type SuccessionRiskLevel,
  type PostForRisk,
  type PlanForRisk,
  type PostSuccessionRisk,
  type SuccessionRiskReport,
} from './succession-risk.js';
export {
  costPerOutcome,
  type ProgrammeForCost,
  type CohortForCost,
  type EnrolmentForCost,
  type GoalForCost,
  type CostPerOutcomeOptions,
  type OutcomeCost,
  type CostPerOutcomeReport,
} from './cost-per-outcome.js';
export { populationBenchmarkEntity, type PopulationBenchmark } from './population-benchmark.js';
export {
  diversityAggregateEntity,
  DiversityPopulation,
  DiversityGroupBy,
  type DiversityAggregate,
} from './diversity-aggregate.js';
export { leaderEntity, LeaderRole, type Leader } from './leader.js';
export {
  nationalDiversity,
  type PublishedAggregate,
  type DiversityRollupOptions,
  type DiversityRollup,
} from './diversity-rollup.js';
