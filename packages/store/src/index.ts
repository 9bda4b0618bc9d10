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
export { TokenRepository, ROLES, type Role, type TokenInfo } from './tokens/token-repository.js';
export {
  seedEngland,
  loadShippedOds,
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
  SAVINGS_TARGETS,
  BOARDS,
} from './seed/reference-data.js';
export { listAudit, type AuditEntry } from './audit/audit-query.js';
export { getMeta, setMeta } from './meta-store.js';
export {
  readPluginRegistry,
  migratePlugins,
  type RegisteredPlugin,
} from './plugins/plugin-migrations.js';
