import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validator } from '@seriousme/openapi-schema-validator';
import { z } from 'zod';
import { defineEntity } from '@tessera/core';
import { OpenAPIHono, createRoute, definePlugin, pluginEntities } from '@tessera/plugin';
import { Store } from '@tessera/store';
import { createApp } from './app.js';

/** A real plugin with an entity, a named route and an unnamed one. */
const noteEntity = defineEntity({
  name: 'doc-check-note',
  collection: 'doc-check-notes',
  domain: 'networks',
  description: 'A note',
  schema: z.object({ text: z.string().max(100) }).strict(),
  filters: [],
  ownedBy: 'region',
});
const docCheckPlugin = definePlugin({
  id: 'doc-check',
  version: '1.0.0',
  apiVersion: 2,
  entities: [{ entity: noteEntity, sync: 'local' }],
  routes: () => {
    const app = new OpenAPIHono();
    const answer = {
      200: {
        description: 'OK',
        content: { 'application/json': { schema: z.object({ n: z.number() }) } },
      },
    };
    app.openapi(
      createRoute({ method: 'get', path: '/count', operationId: 'countNotes', responses: answer }),
      (c) => c.json({ n: 1 }, 200),
    );
    app.openapi(createRoute({ method: 'get', path: '/notes/{id}/size', responses: answer }), (c) =>
      c.json({ n: 2 }, 200),
    );
    return app;
  },
});

interface Operation {
  operationId?: string;
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
  security?: unknown[];
}
let store: Store;
let app: ReturnType<typeof createApp>;
let doc: {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
};
interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  maxLength?: number;
  maxItems?: number;
  pattern?: string;
}

/** A pattern that only matches strings of a bounded length (anchored, no `+`, `*` or `{n,}`). */
const boundedPattern = (p: string | undefined) =>
  p?.startsWith('^') === true && p.endsWith('$') && !/[+*]|\{\d+,\}/.test(p);

/** Where a request body accepts more than it names: an open object, an unbounded string or array. */
function openings(schema: Schema, at: string, seen = new Set<string>()): string[] {
  if (schema.$ref) {
    if (seen.has(schema.$ref)) return [];
    seen.add(schema.$ref);
    const name = schema.$ref.split('/').pop()!;
    return openings(doc.components?.schemas?.[name] ?? {}, `${at}(${name})`, seen);
  }
  const found: string[] = [];
  const types = [schema.type ?? []].flat();
  if (types.includes('object') || schema.properties) {
    if (schema.additionalProperties !== false && schema.properties)
      found.push(`${at}: object without additionalProperties: false`);
    for (const [k, v] of Object.entries(schema.properties ?? {}))
      found.push(...openings(v, `${at}.${k}`, seen));
    if (typeof schema.additionalProperties === 'object')
      found.push(...openings(schema.additionalProperties, `${at}[*]`, seen));
  }
  if (types.includes('string') && schema.enum === undefined && schema.const === undefined)
    if (schema.maxLength === undefined && !boundedPattern(schema.pattern))
      found.push(`${at}: string without maxLength`);
  if (types.includes('array')) {
    if (schema.maxItems === undefined) found.push(`${at}: array without maxItems`);
    if (schema.items) found.push(...openings(schema.items, `${at}[]`, seen));
  }
  for (const alt of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])])
    found.push(...openings(alt, at, seen));
  return found;
}
const operations = () =>
  Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })),
  );

beforeAll(async () => {
  const plugins = [docCheckPlugin()];
  store = await Store.open({ url: ':memory:', instance: 'hub', entities: pluginEntities(plugins) });
  app = createApp({ store, role: 'hub', plugins });
  doc = (await (await app.request('/api/v1/openapi.json')).json()) as typeof doc;
});
afterAll(() => store.close());

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1', async () => {
    const result = await new Validator().validate(doc);
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
    const documented = new Set(operations().map((o) => o.key));
    expect([...served].filter((r) => !documented.has(r))).toEqual([]);
    expect([...documented].filter((r) => !served.has(r))).toEqual([]);
    expect(served.size).toBeGreaterThan(100);
  });

  it('gives every operation, a plugin’s included, a unique camelCase operationId', () => {
    const missing = operations().filter((o) => !o.op.operationId);
    expect(missing.map((o) => o.key)).toEqual([]);
    const ids = operations().map((o) => o.op.operationId!);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(ids.filter((id) => !/^[a-z][A-Za-z0-9]*$/.test(id))).toEqual([]);
    const byKey = Object.fromEntries(operations().map((o) => [o.key, o.op.operationId]));
    expect(byKey['GET /api/v1/networks']).toBe('listNetworks');
    expect(byKey['GET /api/v1/networks/{id}']).toBe('getNetwork');
    expect(byKey['POST /api/v1/networks']).toBe('createNetwork');
    expect(byKey['PATCH /api/v1/networks/{id}']).toBe('updateNetwork');
    expect(byKey['DELETE /api/v1/networks/{id}']).toBe('deleteNetwork');
    expect(byKey['POST /api/v1/assurance-returns/{id}/sign-off']).toBe('signOffAssuranceReturn');
    // a plugin's operations carry its id: its own name, or one made of method and path
    expect(byKey['GET /api/v1/plugins/doc-check/count']).toBe('docCheckCountNotes');
    expect(byKey['GET /api/v1/plugins/doc-check/notes/{id}/size']).toBe('docCheckGetNotesIdSize');
    expect(byKey['GET /api/v1/plugins/doc-check/doc-check-notes']).toBe(
      'docCheckListDocCheckNotes',
    );
  });

  it('describes every JSON answer with a schema that is not an open record', () => {
    const open = operations().flatMap(({ key, op }) =>
      Object.entries(op.responses).flatMap(([status, r]) => {
        const schema = r.content?.['application/json']?.schema as
          | { type?: string; properties?: unknown; $ref?: string; anyOf?: unknown; oneOf?: unknown }
          | undefined;
        if (!schema) return [];
        const described = schema.$ref || schema.properties || schema.anyOf || schema.oneOf;
        return described ? [] : [`${key} ${status}`];
      }),
    );
    expect(open).toEqual([]);
  });

  it('accepts only closed JSON bodies: no unknown keys, every string and array bounded', () => {
    const open = operations().flatMap(({ key, op }) => {
      const schema = op.requestBody?.content?.['application/json']?.schema;
      return schema ? openings(schema, key) : [];
    });
    expect(open).toEqual([]);
  });

  it('documents problem responses and bearer security', () => {
    const post = doc.paths['/api/v1/networks']!['post']!;
    expect(Object.keys(post.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403']),
    );
    expect(Object.keys(post.responses['400']!.content!)).toEqual(['application/problem+json']);
    expect(post.security).toEqual([{ bearer: [] }]);
  });
});
