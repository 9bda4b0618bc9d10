import type { Client } from '@libsql/client';
import { fieldPolicy, type EntityDefinition } from '@tessera/core';
import { columnShapeOf, snakeCase, type ColumnKind } from './zod-column.js';
import { quoteIdent as quote } from '../internal/quote.js';

const SQL_TYPE: Record<ColumnKind, string> = {
  text: 'text',
  integer: 'integer',
  real: 'real',
  boolean: 'integer',
  json: 'text',
};

/**
 * Creates (or extends) the tables of entities that are not in the committed migrations: plugin
 * entities, whose tables must exist without a migration step by the user. Idempotent: a missing
 * column is added (nullable; the zod schema still validates every write), nothing is ever dropped.
 */
export async function ensureEntityTables(
  client: Client,
  defs: readonly EntityDefinition[],
): Promise<void> {
  for (const def of defs) {
    const columns: [string, string][] = [
      ['id', 'text PRIMARY KEY NOT NULL'],
      ['owner', 'text NOT NULL'],
      ['version', 'integer NOT NULL'],
      ['deleted', 'integer DEFAULT false NOT NULL'],
      ['created_at', 'text NOT NULL'],
      ['updated_at', 'text NOT NULL'],
    ];
    for (const [field, schema] of Object.entries(def.schema.shape)) {
      const shape = columnShapeOf(schema as never);
      columns.push([
        snakeCase(field),
        SQL_TYPE[shape.kind] +
          (shape.optional || fieldPolicy(def, field) !== 'shared' ? '' : ' NOT NULL'),
      ]);
    }
    await client.execute(
      `CREATE TABLE IF NOT EXISTS ${quote(def.table)} (${columns.map(([n, t]) => `${quote(n)} ${t}`).join(', ')})`,
    );
    const existing = new Set(
      (await client.execute(`PRAGMA table_info(${quote(def.table)})`)).rows.map((r) =>
        String(r['name']),
      ),
    );
    for (const [name, type] of columns) {
      if (!existing.has(name))
        await client.execute(
          `ALTER TABLE ${quote(def.table)} ADD COLUMN ${quote(name)} ${type.replace(' NOT NULL', '')}`,
        );
    }
    await client.execute(
      `CREATE INDEX IF NOT EXISTS ${quote(`${def.table}_owner_id_idx`)} ON ${quote(def.table)} ("owner", "id")`,
    );
    await client.execute(`DROP INDEX IF EXISTS ${quote(`${def.table}_owner_idx`)}`);
    for (const f of def.filters) {
      const col = snakeCase(f);
      await client.execute(
        `CREATE INDEX IF NOT EXISTS ${quote(`${def.table}_${col}_idx`)} ON ${quote(def.table)} (${quote(col)})`,
      );
    }
  }
}
