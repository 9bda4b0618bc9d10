import type { Client } from '@libsql/client';
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
    for (const m of p.migrations.slice(done)) {
      const statements = typeof m.sql === 'string' ? [m.sql] : [...m.sql];
      try {
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
