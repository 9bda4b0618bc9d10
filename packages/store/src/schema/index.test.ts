import { describe, expect, it } from 'vitest';
import { getTableName, is } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { coreEntities } from '@tessera/core';
import * as schema from './index.js';
import { Store } from '../store.js';

describe('the database schema', () => {
  it('exports a table for every entity of the catalogue (so drizzle-kit migrates it)', () => {
    const tables = new Set(
      Object.values(schema)
        .filter((v) => is(v, SQLiteTable))
        .map((t) => getTableName(t as SQLiteTable)),
    );
    expect(coreEntities.map((e) => e.table).filter((t) => !tables.has(t))).toEqual([]);
  });

  it('reads an owner’s records in id order from an index, never a sort, in every entity table (sync manifests and digests page this way)', async () => {
    const store = await Store.open({ url: ':memory:', instance: 'hub' });
    try {
      const sorted: string[] = [];
      for (const def of store.entities) {
        const plan = await store.client.execute({
          sql: `EXPLAIN QUERY PLAN SELECT id, version FROM "${def.table}" WHERE owner = ? AND id > ? ORDER BY id LIMIT 100`,
          args: ['x', ''],
        });
        const steps = plan.rows.map((r) => String(r['detail']));
        if (
          steps.some((d) => /TEMP B-TREE/.test(d)) ||
          !steps.some((d) => d.includes('_owner_id_idx'))
        )
          sorted.push(`${def.table}: ${steps.join('; ')}`);
      }
      expect(sorted).toEqual([]);
    } finally {
      store.close();
    }
  });
});
