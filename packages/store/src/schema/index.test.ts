import { describe, expect, it } from 'vitest';
import { getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { coreEntities } from '@tessera/core';
import * as schema from './index.js';

describe('the database schema', () => {
  it('exports a table for every entity of the catalogue (so drizzle-kit migrates it)', () => {
    const tables = new Set(Object.values(schema).filter((v) => is(v, SQLiteTable)).map((t) => getTableName(t as SQLiteTable)));
    expect(coreEntities.map((e) => e.table).filter((t) => !tables.has(t))).toEqual([]);
  });
});
