import { sql } from 'drizzle-orm';
import {
  index,
  uniqueIndex,
  integer,
  real,
  sqliteTable,
  text,
  type SQLiteColumnBuilderBase,
  type SQLiteTableWithColumns,
  type SQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import { fieldPolicy, type EntityDefinition } from '@tessera/core';
import { columnShapeOf, snakeCase } from './zod-column.js';

/** The drizzle table of an entity: the record envelope plus one typed column per field. */
export function entityTable(def: EntityDefinition): EntityTable {
  const columns: Record<string, SQLiteColumnBuilderBase> = {
    id: text('id').primaryKey(),
    owner: text('owner').notNull(),
    version: integer('version').notNull(),
    deleted: integer('deleted', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  };
  for (const [field, schema] of Object.entries(def.schema.shape)) {
    if (field in columns) throw new Error(`${def.name}.${field} clashes with the record envelope`);
    const shape = columnShapeOf(schema as never);
    const name = snakeCase(field);
    const col =
      shape.kind === 'text'
        ? text(name)
        : shape.kind === 'integer'
          ? integer(name)
          : shape.kind === 'real'
            ? real(name)
            : shape.kind === 'boolean'
              ? integer(name, { mode: 'boolean' })
              : text(name, { mode: 'json' });
    // a field that is not `shared` is absent from the hub's copy: its column must allow null there
    columns[field] = shape.optional || fieldPolicy(def, field) !== 'shared' ? col : col.notNull();
  }
  const build = sqliteTable as unknown as (
    name: string,
    cols: unknown,
    extra: (t: Record<string, SQLiteColumn>) => unknown[],
  ) => EntityTable;
  return build(def.table, columns, (t) => [
    // (owner, id): an owner's records in id order straight from the index (sync manifests and digests page by it)
    index(`${def.table}_owner_id_idx`).on(t['owner']!, t['id']!),
    ...def.filters.map((f) => index(`${def.table}_${snakeCase(f)}_idx`).on(t[f]!)),
    // a natural key (ODS code, network key) is held by at most one live record England-wide
    ...def.naturalKeys.map((f) =>
      uniqueIndex(`${def.table}_${snakeCase(f)}_natural_key`)
        .on(t[f]!)
        .where(sql.raw(`"deleted" = 0 AND "${snakeCase(f)}" IS NOT NULL`)),
    ),
  ]);
}

/** An entity table: built at run time from the entity's schema, so its columns are typed loosely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
// biome-ignore lint/suspicious/noExplicitAny: a table of any entity; its columns are known only at run time
export type EntityTable = SQLiteTableWithColumns<any>;
