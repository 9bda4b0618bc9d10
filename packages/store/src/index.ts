export {
  Store,
  PAGE_SIZE,
  type OpenStoreOptions,
  type Db,
  type Tx,
  type CommittedChange,
} from './store.js';
export { checkDatabaseUrl } from './database-url.js';
export {
  EntityRepository,
  MAX_LIMIT,
  type StoredRecord,
  type ListOptions,
  type Page,
  type RemoteChange,
} from './repository/entity-repository.js';
export {
  RemoteRows,
  encodeNewRecords,
  encodeValue,
  type EncodedRecords,
} from './repository/remote-rows.js';
export type { WriteContext, CreateOptions } from './repository/write-context.js';
export { entityTable, type EntityTable } from './schema/entity-table.js';
export {
  changeLog,
  auditLog,
  tokens,
  meta,
  syncOrigins,
  syncQuarantine,
} from './schema/system-tables.js';
export {
  TokenRepository,
  ROLES,
  TOKEN_CACHE_MS,
  type Role,
  type TokenInfo,
  type TokenListing,
} from './tokens/token-repository.js';
export {
  seedEngland,
  loadShippedOds,
  loadShippedMapping,
  networkKey,
  regionKey,
  HUB_INSTANCE,
  type SeedReport,
} from './seed/seed-england.js';
export {
  mapOdsTrusts,
  parseMapping,
  titleCase,
  trustType,
  type MappedTrust,
  type MappingRule,
  type OdsImportResult,
} from './seed/ods-import.js';
export {
  AHSNS,
  LDPS,
  GEOGRAPHIES,
  REGIONS,
  NATIONAL_BODIES,
  NATIONAL_PROGRAMMES,
  PRIORITY_AREAS,
  ANNEX_H,
  REGIONAL_TEAMS,
  SUCCESSIONS,
  SAVINGS_TARGETS,
  BOARDS,
} from './seed/reference-data.js';
export { listAudit, type AuditEntry } from './audit/audit-query.js';
export { getMeta, setMeta } from './meta-store.js';
export {
  suppressionFloor,
  suppressionThreshold,
  setSuppressionFloor,
  DEFAULT_SUPPRESSION_FLOOR,
} from './suppression-floor.js';
export {
  importRecords,
  MAX_LISTED,
  type ImportOptions,
  type ImportReport,
  type ImportRow,
  type ImportRecord,
  type ImportIssue,
} from './import/import-records.js';
export { importOrganisations } from './import/import-organisations.js';
export {
  organisationRows,
  organisationType,
  Placement,
  ORGANISATION_COLUMNS,
} from './import/organisation-rows.js';
export { collectionRows, IMPORTABLE_COLLECTIONS } from './import/collection-rows.js';
export { exportRecords, type ExportOptions } from './import/export-records.js';
export {
  applyAssessmentDecisions,
  decisionsOn,
  assessable,
  ASSESSED_STATUS_FIELD,
} from './governance/apply-assessment-decisions.js';
export { loadNavigation, organisationByOds, successorOn } from './networks/load-navigation.js';
export { submitHelpRequest, type HelpRequestReceipt } from './improvement/submit-help-request.js';
export {
  readPluginRegistry,
  migratePlugins,
  type RegisteredPlugin,
} from './plugins/plugin-migrations.js';
