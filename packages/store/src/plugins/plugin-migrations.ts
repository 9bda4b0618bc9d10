import { createClient, type Client } from '@libsql/client';
import semver from 'semver';
import { ValidationError } from '@tessera/core';
import type { PluginManifest } from '@tessera/plugin';
import { ensureEntityTables } from '../schema/ensure-tables.js';

/** What the database records of a plugin that ran on it. */
export interface RegisteredPlugin {
  id: string;
  version: string;
  apiVersion: number;
  /** Its entities and their sync policies when it last started. */
  entities: { name: string; sync: 'local' | 'shared' }[];
  /** The number of its migrations applied. */
  migrated: number;
}

const REGISTRY = `CREATE TABLE IF NOT EXISTS "plugin_registry" (
  "id" text PRIMARY KEY NOT NULL,
  "version" text NOT NULL,
  "api_version" integer NOT NULL,
  "entities" text NOT NULL,
  "migrated" integer DEFAULT 0 NOT NULL,
  "updated_at" text NOT NULL
)`;

function refuse(id: string, message: string): never {
  throw new ValidationError(`Plugin "${id}": ${message}`, [{ path: ['plugins', id], message }]);
}

/** The plugins this database has run, as it recorded them (empty for a database without any). */
export async function readPluginRegistry(client: Client): Promise<RegisteredPlugin[]> {
  await client.execute(REGISTRY);
  const rs = await client.execute(
    'SELECT id, version, api_version, entities, migrated FROM plugin_registry ORDER BY id',
  );
  return rs.rows.map((r) => ({
    id: String(r['id']),
    version: String(r['version']),
    apiVersion: Number(r['api_version']),
    entities: JSON.parse(String(r['entities'])) as RegisteredPlugin['entities'],
    migrated: Number(r['migrated']),
  }));
}

type Schema = Map<string, { table: string; sql: string }>;

async function schemaOf(client: Client): Promise<Schema> {
  const rs = await client.execute(
    "SELECT name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'",
  );
  return new Map(
    rs.rows.map((r) => [
      String(r['name']),
      { table: String(r['tbl_name']), sql: String(r['sql'] ?? '') },
    ]),
  );
}

// a write to a table, in a statement or in the body of a trigger the statement creates
const WRITE =
  /\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+(?:["`[]?\w+["`\]]?\.)?["`[]?(\w+)/gi;

/**
 * The tables outside `prefix` that a plugin's migration would create, change, drop or write:
 * its statements are tried on an empty copy of the schema first (nothing of the real database is
 * touched), and the objects that differ afterwards are compared by the table they belong to.
 */
async function foreignTables(
  client: Client,
  statements: readonly string[],
  prefix: string,
): Promise<string[]> {
  const foreign = new Set<string>();
  for (const sql of statements)
    for (const m of sql.matchAll(WRITE))
      if (!m[1]!.toLowerCase().startsWith(prefix)) foreign.add(m[1]!);
  if (foreign.size) return [...foreign].sort();
  const scratch = createClient({ url: ':memory:' });
  try {
    // tables first, then what refers to them; a virtual table's shadow tables come with it
    const order = ['table', 'index', 'view', 'trigger'];
    const rs = await client.execute(
      "SELECT type, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'",
    );
    const copy = [...rs.rows].sort(
      (a, b) => order.indexOf(String(a['type'])) - order.indexOf(String(b['type'])),
    );
    for (const r of copy) await scratch.execute(String(r['sql'])).catch(() => undefined);
    const start = await schemaOf(scratch);
    for (const sql of statements) await scratch.execute(sql);
    const after = await schemaOf(scratch);
    for (const name of new Set([...start.keys(), ...after.keys()])) {
      const was = start.get(name);
      const is = after.get(name);
      if (was?.sql === is?.sql) continue;
      const table = (is ?? was)!.table;
      if (!table.toLowerCase().startsWith(prefix)) foreign.add(table);
    }
  } finally {
    scratch.close();
  }
  return [...foreign].sort();
}

/**
 * Brings each plugin's tables to its version at start-up: the entity tables (created or extended,
 * never dropped), then its numbered migrations not yet applied, each in one transaction with the
 * mark of how far it got. Refuses a plugin older than its tables (a lower version, or fewer
 * migrations, than the one that last migrated them), so an old build never writes a newer schema.
 */
export async function migratePlugins(
  client: Client,
  plugins: readonly PluginManifest[],
): Promise<void> {
  const known = new Map((await readPluginRegistry(client)).map((p) => [p.id, p]));
  for (const p of plugins) {
    const before = known.get(p.id);
    if (before && semver.valid(before.version) && semver.lt(p.version, before.version))
      refuse(
        p.id,
        `version ${p.version} is older than its tables (migrated by ${before.version}): run ${before.version} or later`,
      );
    if (before && before.migrated > p.migrations.length)
      refuse(
        p.id,
        `version ${p.version} knows ${p.migrations.length} migrations; its tables have ${before.migrated}: run a newer version`,
      );
    await ensureEntityTables(
      client,
      p.entities.map((e) => e.entity),
    );
    const done = before?.migrated ?? 0;
    const entities = JSON.stringify(p.entities.map((e) => ({ name: e.entity.name, sync: e.sync })));
    // a plugin's migrations change its own tables only: names starting with its id in snake_case
    const prefix = `${p.id.replaceAll('-', '_')}_`;
    for (const m of p.migrations.slice(done)) {
      const statements = typeof m.sql === 'string' ? [m.sql] : [...m.sql];
      try {
        const foreign = await foreignTables(client, statements, prefix);
        if (foreign.length)
          throw new Error(
            `it changes ${foreign.join(', ')}; a plugin changes only its own tables (${prefix}*)`,
          );
        await client.batch(
          [
            ...statements,
            {
              sql: `INSERT INTO plugin_registry (id, version, api_version, entities, migrated, updated_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET migrated = excluded.migrated`,
              args: [p.id, p.version, p.apiVersion, entities, m.id, new Date().toISOString()],
            },
          ],
          'write',
        );
      } catch (e) {
        refuse(p.id, `migration ${m.id} (${m.description}) failed: ${(e as Error).message}`);
      }
    }
    await client.execute({
      sql: `INSERT INTO plugin_registry (id, version, api_version, entities, migrated, updated_at)
        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET version = excluded.version,
        api_version = excluded.api_version, entities = excluded.entities, updated_at = excluded.updated_at`,
      args: [
        p.id,
        p.version,
        p.apiVersion,
        entities,
        p.migrations.length,
        new Date().toISOString(),
      ],
    });
  }
}
