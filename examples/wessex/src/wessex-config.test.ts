/**
 * The Wessex instance as `tessera serve --config examples/wessex/tessera.config.ts` starts it (the
 * same settings resolution and start-up as the command, in this process, on a temporary database
 * and an ephemeral port), and config files that must stop start-up naming the plugin or field.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TokenRepository } from '@tessera/store';
import { resolveServeSettings, runCli, startInstance, type RunningInstance } from '@tessera/cli';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const CONFIG = here('../tessera.config.ts');
const dir = mkdtempSync(join(tmpdir(), 'tessera-wessex-'));

let running: RunningInstance;
let viewer: string;
beforeAll(async () => {
  // the config's settings, with the database and port overridden as flags would
  const s = await resolveServeSettings({
    config: CONFIG,
    db: `file:${join(dir, 'w.db')}`,
    port: 0,
  });
  expect(s).toMatchObject({ instance: 'ahsn-wessex', role: 'local', seed: 'england' });
  running = await startInstance(
    {
      db: s.db!,
      port: s.port,
      host: s.host,
      instance: s.instance,
      role: s.role,
      plugins: s.plugins,
      ...(s.seed ? { seed: s.seed } : {}),
    },
    () => {},
  );
  viewer = (await new TokenRepository(running.store).create({ role: 'viewer', name: 't' })).token;
}, 60_000);
afterAll(async () => {
  await running?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, token?: string) =>
  fetch(running.url + path, token ? { headers: { authorization: `Bearer ${token}` } } : {});

describe('examples/wessex/tessera.config.ts', () => {
  const routes = [
    '/api/v1/plugins/membership/summary',
    '/api/v1/plugins/membership/membership-invoices',
    '/api/v1/plugins/region-wessex/summary',
    '/api/v1/plugins/region-wessex/region-wessex-members',
    '/api/v1/plugins/region-wessex/region-wessex-engagements',
    '/api/v1/plugins/region-wessex/metrics/members-engaged/spc',
  ];

  it("serves both plugins' routes to a token and refuses anonymous reads", async () => {
    for (const path of routes) {
      expect([path, (await get(path)).status]).toEqual([path, 401]);
      expect([path, (await get(path, viewer)).status]).toEqual([path, 200]);
    }
    const summary = await (await get('/api/v1/plugins/region-wessex/summary', viewer)).json();
    // seeded from the ODS trusts of local office Q70
    expect(summary).toMatchObject({ members: 10, engagedMembers: 0, metric: null });
  });

  it('lists the routes in the OpenAPI document with their security', async () => {
    const doc = (await (await get('/api/v1/openapi.json')).json()) as {
      paths: Record<string, { get?: { security?: unknown[] } }>;
    };
    for (const path of routes) {
      const documented = path.replace('members-engaged', '{metric}');
      expect([documented, doc.paths[documented]?.get?.security]).toEqual([
        documented,
        [{ bearer: [] }],
      ]);
    }
  });
});

describe('a config that must stop start-up', () => {
  const serve = async (config: string) => {
    const err: string[] = [];
    const code = await runCli(
      ['serve', '--config', here(`__fixtures__/${config}`), '--db', ':memory:'],
      {
        out: () => {},
        err: (s) => err.push(s),
      },
    );
    return { code, message: err.join('\n') };
  };

  it('names the plugin of an unknown option', async () => {
    const r = await serve('unknown-option.config.ts');
    expect(r.code).toBe(1);
    expect(r.message).toMatch(/Invalid options for plugin "membership"/);
    expect(r.message).toMatch(/invoiceDays/);
  });

  it('names a plugin listed twice', async () => {
    const r = await serve('duplicate-plugin.config.ts');
    expect(r.code).toBe(1);
    expect(r.message).toMatch(/Plugin "membership" is listed twice/);
  });

  it('names a plugin of an unsupported plugin API version', async () => {
    const r = await serve('old-api.config.ts');
    expect(r.code).toBe(1);
    expect(r.message).toMatch(/Plugin "legacy-notes" needs plugin API 1; this host speaks 2/);
  });

  it('names a field of the wrong type (a .mjs config)', async () => {
    const r = await serve('bad-field.config.mjs');
    expect(r.code).toBe(1);
    expect(r.message).toMatch(/invalid: port: /);
  });
});
