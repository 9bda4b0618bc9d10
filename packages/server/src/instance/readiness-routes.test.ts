import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInstance, type Instance } from './create-instance.js';

// Readiness and metrics are mounted after the web app's catch-all: they must still answer.
describe('an instance from createInstance', () => {
  let instance: Instance;
  beforeAll(async () => {
    instance = await createInstance({
      db: ':memory:',
      instance: 'hub',
      role: 'hub',
      out: () => {},
    });
  });
  afterAll(() => instance.close());

  it('answers readiness, with migrations applied and the database reachable', async () => {
    const r = await instance.app.request('/api/v1/health/ready');
    expect(r.status).toBe(200);
  });

  it('serves Prometheus metrics', async () => {
    const r = await instance.app.request('/metrics');
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('# TYPE');
  });

  it('still answers an unknown API path with a problem, and an unknown page with the web 404', async () => {
    const api = await instance.app.request('/api/v1/no-such-route');
    expect(api.status).toBe(404);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
    const page = await instance.app.request('/no-such-page');
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toContain('text/html');
  });
});
