import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEntity } from '@tessera/core';
import { definePlugin } from '@tessera/plugin';
import { TokenRepository } from '@tessera/store';
import { syncWithHub } from '@tessera/sync';
import { startTestInstance, type TestInstance } from '../testing/start-test-instance.js';
import { createInstance, type Instance } from './create-instance.js';

const contact = defineEntity({
  name: 'demo-contact',
  collection: 'demo-contacts',
  domain: 'networks',
  description: 'Who we spoke to (kept local)',
  schema: z.object({ name: z.string(), email: z.email() }).strict(),
  ownedBy: 'region',
});
const tally = defineEntity({
  name: 'demo-tally',
  collection: 'demo-tallies',
  domain: 'improvement',
  description: 'A count the hub may see (shared)',
  schema: z.object({ label: z.string(), n: z.number().int() }).strict(),
  ownedBy: 'region',
});
const localOnly = definePlugin({
  id: 'demo',
  version: '1.0.0',
  apiVersion: 2,
  entities: [{ entity: contact, sync: 'local' }],
});
const withShared = definePlugin({
  id: 'demo',
  version: '1.0.0',
  apiVersion: 2,
  entities: [
    { entity: contact, sync: 'local' },
    { entity: tally, sync: 'shared' },
  ],
});
const sharedV2 = definePlugin({
  id: 'demo',
  version: '2.0.0',
  apiVersion: 2,
  entities: [{ entity: tally, sync: 'shared' }],
});

const dir = mkdtempSync(join(tmpdir(), 'tessera-plugin-sync-'));
const writer = { actor: 'test', actorRole: 'editor' };
let hub: TestInstance;
let hubToken: (instance: string) => Promise<string>;
const opened: Instance[] = [];

beforeAll(async () => {
  hub = await startTestInstance({
    url: `file:${join(dir, 'hub.db')}`,
    role: 'hub',
    plugins: [localOnly()],
  });
  hubToken = async (instance) =>
    (await new TokenRepository(hub.store).create({ role: 'sync', instance })).token;
});
afterAll(async () => {
  await hub.stop();
  for (const i of opened) await i.close();
  rmSync(dir, { recursive: true, force: true });
});

async function region(instance: string, plugin: ReturnType<typeof withShared>): Promise<Instance> {
  const r = await createInstance({
    db: `file:${join(dir, `${instance}.db`)}`,
    instance,
    role: 'local',
    plugins: [plugin],
    out: () => {},
  });
  opened.push(r);
  return r;
}

describe('plugin entities and sync', () => {
  it('a local entity never reaches the hub: nothing quarantined, nothing in its file', async () => {
    const r = await region('ahsn-wessex', localOnly());
    await r.store
      .repo('demo-contact')
      .create({ name: 'Jo Bloggs', email: 'jo.bloggs@example.org' }, writer);
    await r.store.repo('organisation').create({ name: 'Wessex Test Trust', type: 'acute' }, writer);
    const report = await syncWithHub({
      store: r.store,
      hubUrl: hub.url,
      token: await hubToken('ahsn-wessex'),
    });
    expect(report.agree).toBe(true);
    expect(report.push.quarantined).toBe(0);
    expect(report.push.applied).toBe(1);
    await hub.store.client.execute('PRAGMA wal_checkpoint(TRUNCATE)');
    const file = createClient({ url: `file:${join(dir, 'hub.db')}` });
    const count = async (sql: string) => Number((await file.execute(sql)).rows[0]![0]);
    expect(await count('SELECT count(*) FROM demo_contacts')).toBe(0);
    expect(await count("SELECT count(*) FROM change_log WHERE entity = 'demo-contact'")).toBe(0);
    expect(await count('SELECT count(*) FROM sync_quarantine')).toBe(0);
    expect(await count("SELECT count(*) FROM organisations WHERE name = 'Wessex Test Trust'")).toBe(
      1,
    );
    file.close();
    for (const f of ['hub.db', 'hub.db-wal'])
      expect(readFileSync(join(dir, f), { flag: 'r' }).includes('jo.bloggs@example.org')).toBe(
        false,
      );
  });

  it('a shared entity the hub does not run fails the sync naming the entity, pushing nothing', async () => {
    const r = await region('ahsn-oxford', withShared());
    await r.store.repo('demo-tally').create({ label: 'visits', n: 3 }, writer);
    const token = await hubToken('ahsn-oxford');
    await expect(syncWithHub({ store: r.store, hubUrl: hub.url, token })).rejects.toThrow(
      /cannot sync plugin entity "demo-tally" \(the hub's plugin "demo" 1\.0\.0 does not share it\)/,
    );
    const q = await hub.store.client.execute('SELECT count(*) FROM sync_quarantine');
    expect(Number(q.rows[0]![0])).toBe(0);
    const origins = await hub.store.client.execute(
      "SELECT count(*) FROM sync_origins WHERE origin = 'ahsn-oxford'",
    );
    expect(Number(origins.rows[0]![0])).toBe(0);
  });

  it('an incompatible plugin version at the hub is named too', async () => {
    const r = await region('ahsn-kss', sharedV2());
    await r.store.repo('demo-tally').create({ label: 'visits', n: 1 }, writer);
    await expect(
      syncWithHub({ store: r.store, hubUrl: hub.url, token: await hubToken('ahsn-kss') }),
    ).rejects.toThrow(
      /"demo-tally" \(the hub runs plugin "demo" 1\.0\.0, not compatible with 2\.0\.0/,
    );
  });
});
