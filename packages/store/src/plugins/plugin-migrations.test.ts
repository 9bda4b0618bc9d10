import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEntity } from '@tessera/core';
import type { PluginManifest } from '@tessera/plugin';
import { Store } from '../store.js';
import { readPluginRegistry } from './plugin-migrations.js';

const dir = mkdtempSync(join(tmpdir(), 'tessera-plugin-mig-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const visitV1 = defineEntity({
  name: 'demo-visit',
  collection: 'demo-visits',
  domain: 'networks',
  description: 'A visit',
  schema: z.object({ place: z.string() }).strict(),
  ownedBy: 'region',
});
const visitV2 = defineEntity({
  ...visitV1,
  schema: z.object({ place: z.string(), minutes: z.number().int().optional() }).strict(),
});

const manifest = (version: string, migrations: PluginManifest['migrations'], v2 = false) =>
  ({
    id: 'demo',
    version,
    apiVersion: 2,
    entities: [{ entity: v2 ? visitV2 : visitV1, sync: 'local' }],
    migrations,
  }) as PluginManifest;

const M1 = {
  id: 1,
  description: 'a lookup table of places',
  sql: 'CREATE TABLE demo_places (code text PRIMARY KEY, name text NOT NULL)',
};
const M2 = {
  id: 2,
  description: 'index visits by place, and a column',
  sql: [
    'CREATE INDEX demo_visits_place_idx ON demo_visits (place)',
    'ALTER TABLE demo_places ADD COLUMN region text',
  ],
};

async function columns(store: Store, table: string): Promise<string[]> {
  const rs = await store.client.execute(`PRAGMA table_info(${table})`);
  return rs.rows.map((r) => String(r['name']));
}

describe('plugin migrations', () => {
  const url = `file:${join(dir, 'region.db')}`;

  it('creates the entity tables and applies numbered migrations once, in order', async () => {
    let store = await Store.open({ url, instance: 'r1', plugins: [manifest('1.0.0', [M1])] });
    expect(await columns(store, 'demo_places')).toEqual(['code', 'name']);
    store.close();
    store = await Store.open({ url, plugins: [manifest('1.1.0', [M1, M2], true)] });
    expect(await columns(store, 'demo_places')).toEqual(['code', 'name', 'region']);
    expect(await columns(store, 'demo_visits')).toContain('minutes');
    const idx = await store.client.execute('PRAGMA index_list(demo_visits)');
    expect(idx.rows.map((r) => r['name'])).toContain('demo_visits_place_idx');
    expect(await readPluginRegistry(store.client)).toEqual([
      {
        id: 'demo',
        version: '1.1.0',
        apiVersion: 2,
        entities: [{ name: 'demo-visit', sync: 'local' }],
        migrated: 2,
      },
    ]);
    store.close();
    // idempotent: the same version again changes nothing
    store = await Store.open({ url, plugins: [manifest('1.1.0', [M1, M2], true)] });
    store.close();
  });

  it('refuses a plugin older than its tables, naming it', async () => {
    await expect(Store.open({ url, plugins: [manifest('1.0.0', [M1])] })).rejects.toThrow(
      /Plugin "demo": version 1.0.0 is older than its tables \(migrated by 1.1.0\)/,
    );
    await expect(Store.open({ url, plugins: [manifest('1.2.0', [M1])] })).rejects.toThrow(
      /Plugin "demo": version 1.2.0 knows 1 migrations; its tables have 2/,
    );
  });

  it('a failing migration stops start-up naming the plugin and leaves nothing half done', async () => {
    const bad = { id: 3, description: 'broken', sql: ['CREATE TABLE demo_x (a)', 'NOT SQL'] };
    await expect(
      Store.open({ url, plugins: [manifest('1.3.0', [M1, M2, bad], true)] }),
    ).rejects.toThrow(/Plugin "demo": migration 3 \(broken\) failed/);
    const store = await Store.open({ url, plugins: [manifest('1.1.0', [M1, M2], true)] });
    const t = await store.client.execute("SELECT name FROM sqlite_master WHERE name = 'demo_x'");
    expect(t.rows).toHaveLength(0);
    store.close();
  });

  it('refuses a migration that creates, changes, drops or writes a table not its own, naming it', async () => {
    const outside = [
      'CREATE TABLE places (code text)',
      'ALTER TABLE organisations ADD COLUMN demo text',
      'CREATE INDEX demo_idx ON organisations (name)',
      'DROP TABLE tokens',
      "UPDATE organisations SET name = 'x'",
      "INSERT INTO main.audit_log (id) VALUES ('x')",
      'CREATE TRIGGER demo_t AFTER INSERT ON demo_places BEGIN DELETE FROM tokens; END',
    ];
    for (const sql of outside) {
      await expect(
        Store.open({
          url: ':memory:',
          instance: 'r3',
          plugins: [manifest('1.0.0', [M1, { id: 2, description: 'outside', sql }])],
        }),
        sql,
      ).rejects.toThrow(
        /Plugin "demo": migration 2 \(outside\) failed: it changes \w+; a plugin changes only its own tables \(demo_\*\)/,
      );
    }
    // its own tables, indexes and triggers are fine
    const own = await Store.open({
      url: ':memory:',
      instance: 'r3',
      plugins: [
        manifest('1.0.0', [
          M1,
          {
            id: 2,
            description: 'own',
            sql: [
              'CREATE INDEX demo_places_name ON demo_places (name)',
              "INSERT INTO demo_places (code, name) VALUES ('W', 'Winchester')",
              'CREATE TRIGGER demo_places_t AFTER INSERT ON demo_places BEGIN UPDATE demo_places SET name = name; END',
            ],
          },
        ]),
      ],
    });
    expect((await own.client.execute('SELECT count(*) AS n FROM demo_places')).rows[0]!['n']).toBe(
      1,
    );
    own.close();
  });

  it('keeps the records of a local entity out of the change log', async () => {
    const store = await Store.open({
      url: ':memory:',
      instance: 'r2',
      plugins: [manifest('1.0.0', [])],
    });
    await store
      .repo('demo-visit')
      .create({ place: 'Winchester' }, { actor: 't', actorRole: 'editor' });
    const log = await store.client.execute('SELECT count(*) AS n FROM change_log');
    expect(Number(log.rows[0]!['n'])).toBe(0);
    expect(store.syncEntities.some((e) => e.name === 'demo-visit')).toBe(false);
    store.close();
  });
});
