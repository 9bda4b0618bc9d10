/**
 * Issue 10, defects 10 and 11 as classes (found again by a black-box retest): every JSON body is
 * closed (unknown keys 400, `__proto__` included, on POST and PATCH alike), every string in it is
 * bounded, and numbers in query strings are decimal digits on every route. The OpenAPI document's
 * side of it (every request schema closed and bounded) is `packages/server/src/openapi.test.ts`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cleanup, call, footprint, startNode, tempDir, type Instance } from './_harness.js';

const cleanup = new Cleanup();
let hub: Instance;
beforeAll(async () => {
  hub = await startNode(tempDir(cleanup), 'hub', cleanup);
});
afterAll(() => cleanup.run());

const points = [
  { date: '2024-01-01', value: 1 },
  { date: '2024-01-02', value: 2 },
];

describe('strict bodies and numbers', () => {
  it('refuses a `__proto__` key in a PATCH naming it, and changes nothing', async () => {
    const made = await call(hub.url, '/api/v1/networks', {
      token: hub.tokens.admin,
      body: { key: 'proto-check', name: 'Proto', type: 'ahsn' },
    });
    expect(made.status).toBe(201);
    const before = await footprint(hub.store);
    // raw JSON: a literal `__proto__` key, as JSON.parse makes it an own key
    const r = await fetch(`${hub.url}/api/v1/networks/${made.body['id']}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${hub.tokens.admin}`, 'content-type': 'application/json' },
      body: '{"name":"Changed","__proto__":{"polluted":1}}',
    });
    expect(r.status).toBe(400);
    expect(JSON.stringify(await r.json())).toContain('__proto__');
    expect(await footprint(hub.store)).toEqual(before);
  });

  it('refuses unknown keys in the stateless SPC and publish bodies', async () => {
    const anon = (path: string, body: unknown) => call(hub.url, path, { body });
    for (const [path, body, key] of [
      ['/api/v1/spc', { points, extra: 1 }, 'extra'],
      ['/api/v1/spc', { points: [{ ...points[0], note: 'x' }, points[1]] }, 'note'],
      ['/api/v1/spc/run-chart', { points, extra: 1 }, 'extra'],
      ['/api/v1/spc/funnel', [{ unit: 'a', numerator: 1, denominator: 2, extra: 1 }], 'extra'],
    ] as const) {
      const r = await anon(path, body);
      expect(r.status, `${path} ${key}`).toBe(400);
      expect(JSON.stringify(r.body['errors']), path).toContain(key);
    }
    const longUnit = await anon('/api/v1/spc/funnel', [
      { unit: 'u'.repeat(900_000), numerator: 1, denominator: 2 },
    ]);
    expect(longUnit.status).toBe(400);
    for (const path of ['/api/v1/diversity/publish', '/api/v1/leader-diversity/publish']) {
      const r = await call(hub.url, path, {
        token: hub.tokens.admin,
        body: { characteristic: 'sex', zzz: 1 },
      });
      expect(r.status, path).toBe(400);
      expect(JSON.stringify(r.body['errors']), path).toContain('zzz');
    }
  });

  it('reads query numbers in decimal digits only', async () => {
    for (const path of [
      '/api/v1/expert-directory?limit=',
      '/api/v1/leader-diversity?characteristic=sex&threshold=',
      '/api/v1/networks?limit=',
    ])
      for (const n of ['0x10', '1e2', '%205', '5%20', '%2B5', '5.0']) {
        const r = await call(hub.url, `${path}${n}`, { token: hub.tokens.admin });
        expect(r.status, `${path}${n}`).toBe(400);
      }
  });

  it('refuses unsafe text in paths and query strings, naming the parameter', async () => {
    for (const [path, name] of [
      ['/api/v1/organisations?odsCode=RJ%00Z', 'odsCode'],
      ['/api/v1/resources/search?q=a%00b', 'q'],
      ['/api/v1/audit?entity=%00', 'entity'],
      ['/api/v1/organisations?odsCode=a%ED%A0%80b', 'odsCode'],
      ['/api/v1/organisations?odsCode=a%FFb', 'odsCode'],
      ['/api/v1/organisations/abc%00def', 'path'],
      ['/api/v1/organisations/abc%FF', 'path'],
    ] as const) {
      const r = await call(hub.url, path, { token: hub.tokens.admin });
      expect(r.status, path).toBe(400);
      expect((r.body['errors'] as { path: string[] }[])[0]!.path, path).toEqual([name]);
    }
  });

  it('refuses a body whose bytes are not UTF-8 instead of storing U+FFFD', async () => {
    const before = await footprint(hub.store);
    for (const bytes of [
      [0xed, 0xa0, 0x80], // an encoded lone surrogate
      [0xff, 0xfe],
    ]) {
      const body = Buffer.concat([
        Buffer.from('{"key":"utf8-check","name":"a'),
        Buffer.from(bytes),
        Buffer.from('b","type":"ahsn"}'),
      ]);
      const r = await fetch(`${hub.url}/api/v1/networks`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${hub.tokens.admin}`,
          'content-type': 'application/json',
        },
        body,
      });
      expect(r.status).toBe(400);
    }
    const csv = await fetch(`${hub.url}/api/v1/organisations/import`, {
      method: 'POST',
      headers: { authorization: `Bearer ${hub.tokens.admin}`, 'content-type': 'text/csv' },
      body: Buffer.concat([
        Buffer.from('odsCode,name,type\nZZU01,a'),
        Buffer.from([0xff]),
        Buffer.from(',acute\n'),
      ]),
    });
    expect(csv.status).toBe(400);
    expect(await footprint(hub.store)).toEqual(before);
  });

  it('answers a write with the ETag a GET sends, and takes only strong ETags in If-Match', async () => {
    const auth = {
      authorization: `Bearer ${hub.tokens.admin}`,
      'content-type': 'application/json',
    };
    const made = await fetch(`${hub.url}/api/v1/networks`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ key: 'etag-check', name: 'E', type: 'ahsn' }),
    });
    const { id } = (await made.json()) as { id: string };
    const got = await fetch(`${hub.url}/api/v1/networks/${id}`);
    expect(made.headers.get('etag')).toBe(got.headers.get('etag'));
    const patch = (ifMatch: string, name: string) =>
      fetch(`${hub.url}/api/v1/networks/${id}`, {
        method: 'PATCH',
        headers: { ...auth, 'if-match': ifMatch },
        body: JSON.stringify({ name }),
      });
    expect((await patch(`W/${got.headers.get('etag')}`, 'Weak')).status).toBe(412);
    const changed = await patch(got.headers.get('etag')!, 'Strong');
    expect(changed.status).toBe(200);
    const again = await fetch(`${hub.url}/api/v1/networks/${id}`);
    expect(changed.headers.get('etag')).toBe(again.headers.get('etag'));
    expect((await patch(changed.headers.get('etag')!, 'Next')).status).toBe(200);
  });

  it('takes only a cursor as the server writes it', async () => {
    const enc = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const cursor of [
      enc({ after: '00', x: 1 }),
      enc({ after: 'a b' }),
      `${enc({ after: 'ab' })}=`,
      'not-a-cursor',
    ]) {
      const r = await call(hub.url, `/api/v1/organisations?cursor=${cursor}`);
      expect(r.status, cursor).toBe(400);
      expect((r.body['errors'] as { path: string[] }[])[0]!.path).toEqual(['cursor']);
    }
  });

  it('takes only the values an enumerated filter can have', async () => {
    const bad = await call(hub.url, '/api/v1/organisations?type=constructor');
    expect(bad.status).toBe(400);
    expect((bad.body['errors'] as { path: string[] }[])[0]!.path).toEqual(['type']);
    expect((await call(hub.url, '/api/v1/organisations?type=acute&limit=1')).status).toBe(200);
  });

  it('refuses parameters the OpenAPI document does not take', async () => {
    const r = await call(hub.url, '/api/v1/openapi.json?junk=1');
    expect(r.status).toBe(400);
    expect((r.body['errors'] as { path: string[] }[])[0]!.path).toEqual(['junk']);
    expect((await call(hub.url, '/api/v1/openapi.json')).status).toBe(200);
  });
});
