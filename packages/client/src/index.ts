export { createClient, type ClientOptions, type TesseraClient } from './create-client.js';
export {
  collectionOf,
  type CollectionClient,
  type EntityCollection,
  type LooseCollection,
  type EntityInput,
  type EntityPatch,
  type LooseRecord,
  type ListParams,
  type Page,
} from './collection.js';
export type { InsightsClient, SavingsProgress } from './insights.js';
export type { AssuranceClient, AssuranceReturnRecord, AssessmentOutcome } from './assurance.js';
export type { AuditEntry, AuditPage, AuditParams } from './audit.js';
export type { Health } from './health.js';
export { apiUrlOf, type FetchLike, type QueryValue } from './http.js';
export { isProblem, type Problem, type ProblemFieldError } from './problem.js';
export { problemToError, problemCode, isApiError, type ApiError } from './problem-to-error.js';
export { createApiClient, problemMiddleware, type ApiClientOptions } from './api-client.js';
export type { TesseraApi, ApiSchema, ApiAnswer } from './api-types.js';
export type {
  paths as ApiPaths,
  components as ApiComponents,
  operations as ApiOperations,
} from './generated/openapi.js';
