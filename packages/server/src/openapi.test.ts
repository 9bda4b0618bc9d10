import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { Store } from '@tessera/store';
import { createApp } from './app.js';

let store: Store;
let app: ReturnType<typeof createApp>;
let doc: { openapi: string; paths: Record<string, Record<string, unknown>> };
beforeAll(async () => {
  store = await Store.open({ url: ':memory:', instance: 'hub' });
  app = createApp({ store, role: 'hub' });
  doc = (await (await app.request('/api/v1/openapi.json')).json()) as typeof doc;
});
afterAll(() => store.close());

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe('3.1.0');
  });

  it('lists every API route the server answers, and nothing it does not', () => {
    const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
    const served = new Set(
      app.routes
        .filter(
          (r) =>
            METHODS.has(r.method) &&
            r.path.startsWith('/api/v1/') &&
            r.path !== '/api/v1/openapi.json',
        )
        .map((r) => `${r.method} ${r.path.replace(/:([A-Za-z]+)/g, '{$1}')}`),
    );
    const documented = new Set(
      Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
      ),
    );
    expect([...served].filter((r) => !documented.has(r))).toEqual([]);
    expect([...documented].filter((r) => !served.has(r))).toEqual([]);
    expect(served.size).toBeGreaterThan(100);
  });

  it('documents problem responses and bearer security', () => {
    const post = doc.paths['/api/v1/networks']!['post'] as {
      responses: Record<string, { content?: Record<string, unknown> }>;
      security: unknown[];
    };
    expect(Object.keys(post.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403']),
    );
    expect(Object.keys(post.responses['400']!.content!)).toEqual(['application/problem+json']);
    expect(post.security).toEqual([{ bearer: [] }]);
  });
});
