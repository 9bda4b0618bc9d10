/**
 * A fuzz suite driven by the OpenAPI document (fast-check): for every route of a hub and of a
 * local instance, generated path parameters, query parameters (known and unknown, well and badly
 * formed), headers (tokens of every role, garbage tokens, If-Match, content types) and bodies
 * (valid-looking objects of the route's fields, any JSON, broken JSON, deep nesting) never produce a
 * 5xx, and every refused request leaves the record counts, the change log and the audit log as
 * they were. The seed is printed; FUZZ_SEED replays a run, FUZZ_RUNS sets its size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startTestInstance, type TestInstance } from '@tessera/server/testing';
import { TokenRepository } from '@tessera/store';
import { footprint } from './_harness.js';

const seed = process.env['FUZZ_SEED'] ? Number(process.env['FUZZ_SEED']) : Date.now() % 2 ** 31;
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 400);

interface Operation {
  method: string;
  path: string;
  query: string[];
  fields: string[];
}

let hub: TestInstance;
let local: TestInstance;
beforeAll(async () => {
  hub = await startTestInstance({ role: 'hub' });
  local = await startTestInstance({ instance: 'region-fuzz' });
  // something to find, change and refer to
  for (const t of [hub, local])
    await t.request('/api/v1/organisations', {
      method: 'POST',
      as: 'editor',
      json: { name: 'Fuzz Trust', type: 'acute', odsCode: t === hub ? 'FZ1' : 'FZ2' },
    });
});
afterAll(async () => {
  await hub?.stop();
  await local?.stop();
});

async function operations(t: TestInstance): Promise<Operation[]> {
  const doc = (await (await t.request('/api/v1/openapi.json')).json()) as {
    paths: Record<string, Record<string, Record<string, unknown>>>;
  };
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(methods)) {
      const params = (op['parameters'] ?? []) as { name: string; in: string }[];
      const body = (
        op['requestBody'] as
          | { content?: Record<string, { schema?: { properties?: object; $ref?: string } }> }
          | undefined
      )?.content?.['application/json']?.schema;
      ops.push({
        method: method.toUpperCase(),
        path,
        query: params.filter((p) => p.in === 'query').map((p) => p.name),
        fields: Object.keys(body?.properties ?? {}),
      });
    }
  return ops;
}

const text = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '0',
    '-1',
    '0x10',
    ' 1e2',
    '50',
    '999999999999',
    'true',
    '%00',
    '..%2F..',
    'constructor',
    '__proto__',
  ),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const jsonish = fc.jsonValue({ maxDepth: 3 });
const deep = fc.integer({ min: 60, max: 3000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`);

function request(op: Operation) {
  const fieldValue = fc.oneof(text, jsonish, fc.integer(), fc.constant(null));
  const body = fc.oneof(
    op.fields.length
      ? fc
          .dictionary(fc.constantFrom(...op.fields, 'extra', 'id'), fieldValue, { maxKeys: 6 })
          .map((o) => JSON.stringify(o))
      : fc.constant('{}'),
    jsonish.map((v) => JSON.stringify(v)),
    fc.constantFrom('{not json', '', 'null', '[]', '"x"'),
    deep,
  );
  return fc.record({
    params: fc.array(text, { minLength: 3, maxLength: 3 }),
    query: fc.array(
      fc.tuple(fc.oneof(fc.constantFrom(...op.query, 'junk'), fc.string({ maxLength: 6 })), text),
      { maxLength: 3 },
    ),
    as: fc.constantFrom('none', 'viewer', 'editor', 'admin', 'garbage', 'sync'),
    ifMatch: fc.option(fc.oneof(fc.constant('*'), text), { nil: undefined }),
    contentType: fc.constantFrom(
      'application/json',
      'text/plain',
      'application/json; charset=utf-8',
    ),
    body,
    target: fc.constantFrom('hub', 'local'),
  });
}

describe('OpenAPI fuzz', () => {
  it(`no generated request is a 5xx, and refused ones change nothing (seed ${seed})`, async () => {
    console.log(`openapi fuzz: seed ${seed}, ${RUNS} runs (replay with FUZZ_SEED=${seed})`);
    const ops = [...(await operations(hub)), ...(await operations(local))];
    const unique = [...new Map(ops.map((o) => [`${o.method} ${o.path}`, o])).values()];
    expect(unique.length).toBeGreaterThan(50);
    const syncToken = (
      await new TokenRepository(hub.store).create({ role: 'sync', instance: 'region-fuzz' })
    ).token;
    const seen = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...unique).chain((op) => fc.tuple(fc.constant(op), request(op))),
        async ([op, r]) => {
          const t = r.target === 'hub' ? hub : local;
          let i = 0;
          const path = op.path.replace(/\{[^}]+\}/g, () =>
            encodeURIComponent(r.params[i++] ?? 'x'),
          );
          const qs = new URLSearchParams(r.query).toString();
          const headers: Record<string, string> = { 'content-type': r.contentType };
          const token =
            r.as === 'garbage'
              ? 'tsr_garbage'
              : r.as === 'sync'
                ? syncToken
                : r.as === 'none'
                  ? undefined
                  : t.tokens[r.as];
          if (token) headers['authorization'] = `Bearer ${token}`;
          if (r.ifMatch !== undefined) headers['if-match'] = r.ifMatch.replace(/[^\x20-\x7e]/g, '');
          const before = await footprint(t.store);
          const res = await fetch(`${t.url}${path}${qs ? `?${qs}` : ''}`, {
            method: op.method,
            headers,
            ...(op.method === 'GET' || op.method === 'HEAD' ? {} : { body: r.body }),
          });
          await res.arrayBuffer();
          const key = `${res.status}`;
          seen.set(key, (seen.get(key) ?? 0) + 1);
          expect(res.status, `${op.method} ${path}?${qs} as ${r.as}`).toBeLessThan(500);
          if (res.status >= 400) expect(await footprint(t.store)).toEqual(before);
        },
      ),
      { seed, numRuns: RUNS, interruptAfterTimeLimit: 50_000 },
    );
    console.log(`openapi fuzz: answers by status ${JSON.stringify([...seen].sort())}`);
  }, 90_000);
});
