import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineEntity } from '@tessera/core';
import { createPluginRouter, createRoute, definePlugin, publicRoute } from '@tessera/plugin';
import { startTestInstance, type TestInstance } from '../testing/start-test-instance.js';

const note = defineEntity({
  name: 'demo-note',
  collection: 'demo-notes',
  domain: 'networks',
  description: 'A note',
  schema: z.object({ title: z.string() }).strict(),
  ownedBy: 'region',
});
const calls: string[] = [];
const ok = {
  200: { description: 'ok', content: { 'application/json': { schema: z.object({}) } } },
};
const demo = definePlugin({
  id: 'demo',
  version: '1.0.0',
  apiVersion: 2,
  entities: [{ entity: note, sync: 'local' }],
  routes: () =>
    createPluginRouter()
      .openapi(createRoute({ method: 'get', path: '/private', responses: ok }), (c) =>
        c.json({}, 200),
      )
      .openapi(publicRoute(createRoute({ method: 'get', path: '/open', responses: ok })), (c) =>
        c.json({}, 200),
      )
      .openapi(createRoute({ method: 'post', path: '/act', responses: ok }), (c) =>
        c.json({}, 200),
      ),
  setup: async () => {
    await new Promise((r) => setTimeout(r, 50));
    calls.push('setup');
  },
  onClose: () => void calls.push('close'),
});

let t: TestInstance;
beforeAll(async () => {
  t = await startTestInstance({ plugins: [demo()] });
});
afterAll(() => t?.stop());

describe('plugin routes', () => {
  it('need a token by default: viewer to read, editor to write; public only when opted in', async () => {
    expect((await t.request('/api/v1/plugins/demo/private')).status).toBe(401);
    expect((await t.request('/api/v1/plugins/demo/private', { as: 'viewer' })).status).toBe(200);
    expect((await t.request('/api/v1/plugins/demo/open')).status).toBe(200);
    expect((await t.request('/api/v1/plugins/demo/act', { method: 'POST' })).status).toBe(401);
    expect(
      (await t.request('/api/v1/plugins/demo/act', { method: 'POST', as: 'viewer' })).status,
    ).toBe(403);
    expect(
      (await t.request('/api/v1/plugins/demo/act', { method: 'POST', as: 'editor' })).status,
    ).toBe(200);
    expect((await t.request('/api/v1/plugins/demo/demo-notes')).status).toBe(401);
    expect((await t.request('/api/v1/plugins/demo/demo-notes', { as: 'viewer' })).status).toBe(200);
  });

  it('show their security in the OpenAPI document', async () => {
    const doc = (await (await t.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    const security = (path: string, method: string) => doc.paths[path]![method]!.security;
    expect(security('/api/v1/plugins/demo/private', 'get')).toEqual([{ bearer: [] }]);
    expect(security('/api/v1/plugins/demo/open', 'get')).toEqual([]);
    expect(security('/api/v1/plugins/demo/act', 'post')).toEqual([{ bearer: [] }]);
    expect(security('/api/v1/plugins/demo/demo-notes', 'get')).toEqual([{ bearer: [] }]);
  });

  it('setup was awaited before the instance listened; onClose runs at stop', async () => {
    expect(calls).toEqual(['setup']);
    const other = await startTestInstance({ plugins: [demo()] });
    await other.stop();
    expect(calls).toEqual(['setup', 'setup', 'close']);
  });
});
