import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestInstance, type TestInstance } from './testing/start-test-instance.js';

let t: TestInstance;
beforeAll(async () => {
  // the hub: these tests write networks, national records only the hub writes
  t = await startTestInstance({ role: 'hub' });
});
afterAll(() => t.stop());

describe('entity routes over HTTP', () => {
  it('answers health publicly', async () => {
    const r = await t.request('/api/v1/health');
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({
      status: 'ok',
      instance: 'hub',
      role: 'hub',
      schemaVersion: 1,
    });
  });

  it('creates with an editor token, refuses without a token (401) and with a viewer token (403)', async () => {
    const body = { key: 'x-ahsn', name: 'X AHSN', type: 'ahsn' };
    expect((await t.request('/api/v1/networks', { method: 'POST', json: body })).status).toBe(401);
    expect(
      (await t.request('/api/v1/networks', { method: 'POST', json: body, as: 'viewer' })).status,
    ).toBe(403);
    const r = await t.request('/api/v1/networks', { method: 'POST', json: body, as: 'editor' });
    expect(r.status).toBe(201);
    const created = (await r.json()) as { id: string; version: number };
    expect(r.headers.get('location')).toBe(`/api/v1/networks/${created.id}`);
    const got = await t.request(`/api/v1/networks/${created.id}`, { as: 'viewer' });
    expect(await got.json()).toMatchObject({ id: created.id, name: 'X AHSN', version: 1 });
  });

  it('answers an invalid body with a 400 problem naming the field, and changes nothing', async () => {
    const before = (
      (await (await t.request('/api/v1/networks?limit=500', { as: 'viewer' })).json()) as {
        items: unknown[];
      }
    ).items.length;
    const r = await t.request('/api/v1/networks', {
      method: 'POST',
      json: { key: 'bad', name: 'Bad', type: 'galaxy' },
      as: 'editor',
    });
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/application\/problem\+json/);
    const p = (await r.json()) as { status: number; errors: { pointer: string }[] };
    expect(p.status).toBe(400);
    expect(p.errors.map((e) => e.pointer)).toContain('#/type');
    const after = (
      (await (await t.request('/api/v1/networks?limit=500', { as: 'viewer' })).json()) as {
        items: unknown[];
      }
    ).items.length;
    expect(after).toBe(before);
  });

  it('answers malformed JSON, unknown routes and bad cursors with problems, never 500', async () => {
    const bad = await t.request('/api/v1/networks', {
      method: 'POST',
      body: '{"key":',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.tokens.editor}` },
    });
    expect(bad.status).toBe(400);
    expect((await t.request('/api/v1/nothing-here')).status).toBe(404);
    expect((await t.request('/api/v1/networks?cursor=zzz')).status).toBe(400);
    expect((await t.request('/api/v1/networks?limit=0')).status).toBe(400);
    expect((await t.request('/api/v1/networks/does-not-exist')).status).toBe(404);
    expect(
      (await t.request('/api/v1/networks', { headers: { authorization: 'Bearer nope' } })).status,
    ).toBe(401);
  });

  it('refuses oversized bodies with 413', async () => {
    const r = await t.request('/api/v1/networks', {
      method: 'POST',
      json: { key: 'big', name: 'x'.repeat(2 * 1024 * 1024), type: 'ahsn' },
      as: 'editor',
    });
    expect(r.status).toBe(413);
  });

  it('protects personal data: board members need a viewer token to read', async () => {
    expect((await t.request('/api/v1/board-members')).status).toBe(401);
    expect((await t.request('/api/v1/board-members', { as: 'viewer' })).status).toBe(200);
  });

  it('patches with validation of the merged record and optimistic concurrency', async () => {
    const created = (await (
      await t.request('/api/v1/organisations', {
        method: 'POST',
        json: { name: 'Trust', type: 'acute' },
        as: 'editor',
      })
    ).json()) as { id: string };
    const ok = await t.request(`/api/v1/organisations/${created.id}`, {
      method: 'PATCH',
      json: { postcode: 'SE5 9RS' },
      as: 'editor',
      headers: { 'if-match': '1' },
    });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { version: number }).version).toBe(2);
    const stale = await t.request(`/api/v1/organisations/${created.id}`, {
      method: 'PATCH',
      json: { postcode: 'SE1 7EH' },
      as: 'editor',
      headers: { 'if-match': '1' },
    });
    expect(stale.status).toBe(412);
    expect((await stale.json()) as { type: string }).toMatchObject({
      type: '/api/v1/problems/precondition-failed',
    });
    const bad = await t.request(`/api/v1/organisations/${created.id}`, {
      method: 'PATCH',
      json: { type: 'nope' },
      as: 'editor',
    });
    expect(bad.status).toBe(400);
    const del = await t.request(`/api/v1/organisations/${created.id}`, {
      method: 'DELETE',
      as: 'editor',
    });
    expect(del.status).toBe(204);
    expect((await t.request(`/api/v1/organisations/${created.id}`)).status).toBe(404);
  });

  it('serves an OpenAPI 3.1 document and offline docs', async () => {
    const doc = (await (await t.request('/api/v1/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/v1/networks/{id}');
    const html = await (await t.request('/docs')).text();
    expect(html).toContain('/docs/assets/swagger-ui-bundle.js');
    expect((await t.request('/docs/assets/swagger-ui-bundle.js')).status).toBe(200);
  });
});
