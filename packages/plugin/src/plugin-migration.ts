/**
 * One schema change of a plugin, numbered like the core's migrations: add a column, an index, a
 * table. Applied once, in order, at start-up, in one transaction each; the entity tables themselves
 * are derived from the entities and need no migration.
 * @example { id: 2, description: 'index engagements by date', sql: 'CREATE INDEX ...' }
 */
export interface PluginMigration {
  id: number;
  description: string;
  /** SQL statements, run in order. Table names must start with the plugin id in snake_case. */
  sql: string | readonly string[];
}
