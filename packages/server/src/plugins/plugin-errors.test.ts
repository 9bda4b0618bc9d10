/**
 * Plugin failures through a real instance: a domain error a plugin throws answers its code's status
 * even when it comes from another copy of core (matched by brand and code, not class); any other
 * failure of a plugin is a 500 `plugin_failed` naming it; the host refuses bad wiring with a
 * `PluginError`.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { isDomainError, NotFoundError } from '@tessera/core';
import { definePlugin } from '@tessera/plugin';
import { Store } from '@tessera/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { startTestInstance, type TestInstance } from '../testing/start-test-instance.js';

/** A `NotFoundError` as another installed copy of @tessera/core builds it (another class). */
class ForeignNotFound extends Error {
  readonly code = 'not_found';
  readonly data = { thing: 't1' };
}
Object.defineProperty(ForeignNotFound.prototype, Symbol.for('@tessera/core.domain-error'), {
  value: true,
});

const failing = definePlugin({
  id: 'failing',
  version: '1.0.0',
  apiVersion: 2,
  routes: () => {
    const app = new OpenAPIHono();
    app.get('/own', () => {
      throw new NotFoundError('No thing t0');
    });
    app.get('/foreign', () => {
      throw new ForeignNotFound('No thing t1');
    });
    app.get('/crash', () => {
      throw new TypeError('undefined is not a function');
    });
    return app;
  },
});

describe('errors of plugins', () => {
  let t: TestInstance;
  beforeAll(async () => {
    t = await startTestInstance({ plugins: [failing()] });
  });
  afterAll(() => t.stop());

  it('answers a domain error of another copy of core with its status, as problem+json', async () => {
    for (const [path, detail] of [
      ['own', 'No thing t0'],
      ['foreign', 'No thing t1'],
    ]) {
      const r = await t.request(`/api/v1/plugins/failing/${path}`, { as: 'viewer' });
      expect(r.status).toBe(404);
      expect(r.headers.get('content-type')).toBe('application/problem+json');
      expect(await r.json()).toMatchObject({ type: '/api/v1/problems/not-found', detail });
    }
  });

  it('answers any other failure as plugin_failed (500) naming the plugin, without its message', async () => {
    const r = await t.request('/api/v1/plugins/failing/crash', { as: 'viewer' });
    expect(r.status).toBe(500);
    const body = await r.json();
    expect(body).toMatchObject({ type: '/api/v1/problems/plugin-failed', plugin: 'failing' });
    expect(JSON.stringify(body)).not.toContain('undefined is not a function');
  });

  it('refuses a plugin listed twice or of another API version with a PluginError', async () => {
    const store = await Store.open({ url: ':memory:', instance: 'x' });
    try {
      const refused = (plugins: Parameters<typeof createApp>[0]['plugins']) => {
        try {
          createApp({ store, role: 'local', plugins });
        } catch (e) {
          return isDomainError(e) ? [e.code, e.data?.['plugin']] : e;
        }
      };
      expect(refused([failing(), failing()])).toEqual(['plugin_refused', 'failing']);
      const v3 = definePlugin({ id: 'later', version: '1.0.0', apiVersion: 3 });
      expect(refused([v3()])).toEqual(['plugin_refused', 'later']);
    } finally {
      store.close();
    }
  });
});
