export { Store, type OpenStoreOptions, type Db, type Tx } from './store.js';
export { checkDatabaseUrl } from './database-url.js';
export { EntityRepository, MAX_LIMIT, type StoredRecord, type ListOptions, type Page } from './repository/entity-repository.js';
export type { WriteContext, CreateOptions } from './repository/write-context.js';
export { entityTable, type EntityTable } from './schema/entity-table.js';
export { changeLog, auditLog, tokens, meta } from './schema/system-tables.js';
export { TokenRepository, ROLES, type Role, type TokenInfo } from './tokens/token-repository.js';
