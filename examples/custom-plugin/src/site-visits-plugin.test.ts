import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@tessera/cli';
import { startTestInstance, type TestInstance } from '@tessera/server/testing';
import { siteVisitsPlugin } from './site-visits-plugin.js';

let t: TestInstance;
beforeAll(async () => {
  const config = await loadConfig(fileURLToPath(new URL('../tessera.config.ts', import.meta.url)));
  expect(config.plugins.map((p) => p.manifest.id)).toEqual(['site-visits']);
  t = await startTestInstance({ instance: config.instance, plugins: config.plugins });
});
afterAll(() => t.stop());

describe('a plugin written from scratch, loaded by a config file', () => {
  it('plans a visit when an organisation is created, and counts visits publicly', async () => {
    const created = await t.request('/api/v1/organisations', {
      method: 'POST',
      as: 'editor',
      json: { name: 'Example Community Trust', type: 'community' },
    });
    expect(created.status).toBe(201);
    let count: unknown;
    for (let i = 0; i < 100; i++) {
      count = await (await t.request('/api/v1/plugins/site-visits/count')).json();
      if ((count as { visits: number }).visits > 0) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(count).toEqual({ visits: 1, organisations: 1 });
    // the records themselves need a token; the visitor is local and never enters the change log
    expect((await t.request('/api/v1/plugins/site-visits/site-visits')).status).toBe(401);
    const log = await t.store.client.execute(
      "SELECT count(*) FROM change_log WHERE entity = 'site-visits-visit'",
    );
    expect(Number(log.rows[0]![0])).toBe(0);
  });

  it('refuses an unknown option, naming the plugin', () => {
    expect(() => siteVisitsPlugin({ welcome: true } as never)).toThrow(/plugin "site-visits"/);
  });
});
