/**
 * Issue 10, defects 4, 11 and 13 (input): text SQLite would cut or replace (NUL, lone surrogates)
 * is refused naming the field, on every path; URLs are http(s) only; every input is strict; ids
 * and strings are bounded; references must name records this instance holds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coreEntities, ValidationError } from '@tessera/core';
import { Cleanup, WRITER, call, footprint, startNode, tempDir, type Instance } from './_harness.js';

const cleanup = new Cleanup();
let region: Instance;
let hub: Instance;
beforeAll(async () => {
  const dir = tempDir(cleanup);
  hub = await startNode(dir, 'hub', cleanup);
  region = await startNode(dir, 'region-a', cleanup, hub);
});
afterAll(() => cleanup.run());

const post = (path: string, body: unknown, inst = region) =>
  call(inst.url, path, { token: inst.tokens.editor, body });

describe('input', () => {
  it('refuses NUL and lone surrogates with 400 naming the field, over HTTP and in the store', async () => {
    const before = await footprint(region.store);
    for (const [name, field] of [
      ['a\u0000b', 'name'],
      ['a\ud800b', 'name'],
      ['a\udc00', 'name'],
    ] as const) {
      const r = await post('/api/v1/organisations', { name, type: 'acute' });
      expect(r.status, JSON.stringify(name)).toBe(400);
      expect((r.body['errors'] as { path: string[] }[])[0]!.path).toEqual([field]);
    }
    const nested = await post('/api/v1/organisations', {
      name: 'ok',
      type: 'acute',
      postcode: 'SE5\u0000',
    });
    expect(nested.status).toBe(400);
    expect(JSON.stringify(nested.body['errors'])).toContain('postcode');
    // a valid pair (an emoji) is text like any other
    const emoji = await post('/api/v1/organisations', {
      name: 'Trust \ud83d\ude91',
      type: 'acute',
    });
    expect(emoji.status).toBe(201);
    expect(
      (await call(region.url, `/api/v1/organisations/${String(emoji.body['id'])}`)).body['name'],
    ).toBe('Trust \ud83d\ude91');
    // the store refuses as the API does (CLI, imports, plugins)
    await expect(
      region.store.repo('organisation').create({ name: 'x\u0000', type: 'acute' }, WRITER),
    ).rejects.toBeInstanceOf(ValidationError);
    const after = await footprint(region.store);
    expect(after['organisations']).toBe(before['organisations']! + 1);
  });

  it('accepts only http(s) URLs in URL fields', async () => {
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,x',
      'ftp://x.example',
      'file:///etc/passwd',
    ]) {
      const r = await post('/api/v1/organisation-strategies', {
        organisationId: 'o1',
        title: 'Strategy',
        url,
      });
      expect(r.status, url).toBe(400);
      expect(JSON.stringify(r.body['errors']), url).toContain('url');
    }
    const site = await post(
      '/api/v1/networks',
      { key: 'n-js', name: 'N', type: 'ahsn', website: 'javascript:alert(1)' },
      hub,
    );
    expect(site.status).toBe(400);
    expect(JSON.stringify(site.body['errors'])).toContain('website');
  });

  it('every input is strict, bounded and references what it names', async () => {
    // every entity refuses unknown keys
    for (const def of coreEntities) {
      const r = def.schema.safeParse({ surelyNotAField: 1 });
      expect(r.success, def.name).toBe(false);
      expect(
        r.error!.issues.some((i) => i.code === 'unrecognized_keys'),
        def.name,
      ).toBe(true);
    }
    // talent inputs: unknown keys 400 naming them, not dropped
    const person = { name: 'P', email: 'p@example.org', organisationId: 'o1', extra: 'x' };
    const r = await post('/api/v1/participants', person);
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body['errors'])).toContain('extra');
    // ids are bounded
    const long = await post('/api/v1/participants', {
      ...person,
      extra: undefined,
      organisationId: 'o'.repeat(65),
    });
    expect(long.status).toBe(400);
    expect(JSON.stringify(long.body['errors'])).toContain('organisationId');
    const longPath = await call(region.url, `/api/v1/organisations/${'x'.repeat(200)}`);
    expect([400, 404]).toContain(longPath.status);
    // a measure value of nothing
    const before = await footprint(region.store);
    const orphan = await post('/api/v1/measure-values', {
      measureId: '0190aaaa-0000-7000-8000-000000000000',
      date: '2016-01-01',
      value: 1,
    });
    expect(orphan.status).toBe(400);
    expect(JSON.stringify(orphan.body['errors'])).toContain('measureId');
    expect(await footprint(region.store)).toEqual(before);
  });
});
