export {
  DomainError,
  NotFoundError,
  ConflictError,
  ForbiddenError,
  ValidationError,
  isDomainError,
  type DomainErrorCode,
  type FieldIssue,
} from './errors/domain-error.js';
export { validationErrorFromZod, parseOrThrow } from './errors/from-zod.js';
export { newId, naturalId, TESSERA_NAMESPACE } from './ids/ids.js';
export {
  defineEntity,
  fieldPolicy,
  shareableFields,
  FieldPolicy,
  RecordEnvelope,
  type EntityDefinition,
  type EntityRecord,
  type Domain,
  type ReadAccess,
} from './entity/define-entity.js';
export { coreEntities, findEntity, SCHEMA_VERSION } from './catalog.js';
