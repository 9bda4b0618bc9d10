export {
  DomainError,
  NotFoundError,
  ConflictError,
  ForbiddenError,
  ValidationError,
  PluginError,
  UnavailableError,
  ConfigurationError,
  DOMAIN_ERROR_BRAND,
  isDomainError,
  issuesOf,
  type FieldIssue,
} from './errors/domain-error.js';
export {
  ERROR_REGISTRY,
  errorInfo,
  isErrorCode,
  problemType,
  codeOfProblemType,
  codeOfStatus,
  type DomainErrorCode,
  type ErrorInfo,
} from './errors/registry.js';
export {
  PROBLEM_MEMBERS,
  isProblem,
  pointerOf,
  fieldErrors,
  problemOf,
  domainErrorToProblem,
  errorToProblem,
  type Problem,
  type ProblemFieldError,
} from './errors/problem.js';
export { problemToError, problemCode, type ProblemError } from './errors/problem-to-error.js';
export { validationErrorFromZod, parseOrThrow } from './errors/from-zod.js';
export { newId, naturalId, originTag, idMintedBy, TESSERA_NAMESPACE } from './ids/ids.js';
export { Prng, seedFrom } from './random/prng.js';
export {
  daysInMonth,
  isIsoDate,
  isIsoDateTime,
  parseIsoDate,
  formatIsoDate,
  type CalendarDate,
} from './calendar/iso-date.js';
export {
  MS_PER_DAY,
  dayNumber,
  formatDay,
  addDays,
  addMonths,
  instantOf,
  dayOfInstant,
  dayOf,
  weekdayOf,
} from './calendar/day-number.js';
export {
  holidayDays,
  isWorkingDay,
  workingDaysBetween,
  addWorkingDays,
} from './calendar/working-days.js';
export { financialYearOf, quarterOf } from './calendar/financial-year.js';
export {
  assertRecordRules,
  defineEntity,
  fieldPolicy,
  shareableFields,
  FieldPolicy,
  RecordEnvelope,
  type EntityDefinition,
  type EntityRecord,
  isNational,
  type Domain,
  type ReadAccess,
  type Authority,
  type Reference,
  referencedEntity,
} from './entity/define-entity.js';
export { coreEntities, findEntity, SCHEMA_VERSION } from './catalog.js';
export {
  IsoDate,
  FinancialYear,
  Quarter,
  Ref,
  Text,
  Rag,
  SafeString,
  HttpUrl,
} from './common/primitives.js';
export {
  defineStateMachine,
  stepContextIssues,
  type StateMachine,
  type Transition,
  type WorkflowSubject,
  type StepContext,
} from './common/state-machine.js';
export {
  MAX_JSON_DEPTH,
  unsafeTextReason,
  unsafeInputIssues,
  assertSafeInput,
  jsonDepth,
} from './common/safe-input.js';
export type { WithId } from './common/with-id.js';

// the domain's areas: each area's index is its public API, listed once
export * from './networks/index.js';
export * from './governance/index.js';
export * from './strategies/index.js';
export * from './talent/index.js';
export * from './improvement/index.js';
