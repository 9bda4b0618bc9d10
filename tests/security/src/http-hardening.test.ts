/**
 * Issue 10, defects 3, 5-10 and 12-13 (HTTP): each as a class, over a real instance on loopback.
 * Suppression floor, ETag in If-Match, strict queries and decimal numbers, bad cursors, auth before
 * the body, JSON depth, own-key asset look-ups, a sync token's own origin, failed-auth rate limit,
 * the docs' CSP, 405 with Allow. Every refusal is a problem document, never a 5xx.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@tessera/core';
import { setSuppressionFloor, TokenRepository } from '@tessera/store';
import { Cleanup, call, footprint, startNode, tempDir, type Instance } from './_harness.js';

const cleanup = new Cleanup();
let hub: Instance;
let region: Instance;
beforeAll(async () => {
  const dir = tempDir(cleanup);
  hub = await startNode(dir, 'hub', cleanup);
  region = await startNode(dir, 'region-a', cleanup, hub);
});
afterAll(() => cleanup.run());

const nested = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

describe('HTTP hardening', () => {
  it('suppression: anyone may raise the threshold, nobody may lower it below the floor', async () => {
    const q = '/api/v1/diversity?characteristic=sex&by=organisation';
    const dflt = await call(region.url, q);
    expect(dflt.status).toBe(200);
    expect((dflt.body['table'] as { threshold: number }).threshold).toBe(10);
    const lowered = await call(region.url, `${q}&threshold=2`);
    expect((lowered.body['table'] as { threshold: number }).threshold).toBe(10);
    const raised = await call(region.url, `${q}&threshold=20`);
    expect((raised.body['table'] as { threshold: number }).threshold).toBe(20);
    await setSuppressionFloor(region.store, 15);
    const floor = await call(region.url, `${q}&threshold=11`);
    expect((floor.body['table'] as { threshold: number }).threshold).toBe(15);
  });

  it('the ETag a GET sends works in If-Match; a stale one is 412 and changes nothing', async () => {
    const created = await call(region.url, '/api/v1/organisations', {
      token: region.tokens.editor,
      body: { name: 'Etag Trust', type: 'acute' },
    });
    const path = `/api/v1/organisations/${String(created.body['id'])}`;
    const got = await call(region.url, path);
    const etag = got.headers.get('etag')!;
    expect(etag).toMatch(/^".+"$/);
    const ok = await call(region.url, path, {
      method: 'PATCH',
      token: region.tokens.editor,
      body: { postcode: 'SE5 9RS' },
      headers: { 'if-match': etag },
    });
    expect(ok.status).toBe(200);
    const before = await footprint(region.store);
    const stale = await call(region.url, path, {
      method: 'PATCH',
      token: region.tokens.editor,
      body: { postcode: 'SE1 7EH' },
      headers: { 'if-match': etag },
    });
    expect(stale.status).toBe(412);
    expect(stale.body['type']).toBe('/api/v1/problems/precondition-failed');
    expect(await footprint(region.store)).toEqual(before);
    const del = await call(region.url, path, {
      method: 'DELETE',
      token: region.tokens.editor,
      headers: { 'if-match': etag },
    });
    expect(del.status).toBe(412);
  });

  it('unknown filters and parameters are 400 naming them; numbers are decimal digits; bad cursors 400 everywhere', async () => {
    const typo = await call(region.url, '/api/v1/organisations?organisationIdd=X');
    expect(typo.status).toBe(400);
    expect(JSON.stringify(typo.body['errors'])).toContain('organisationIdd');
    const junk = await call(region.url, '/api/v1/health?junk=1');
    expect(junk.status).toBe(400);
    for (const limit of ['0x10', '%201e2', '1e2', '+5', '1.0', '-1', ''])
      expect((await call(region.url, `/api/v1/organisations?limit=${limit}`)).status, limit).toBe(
        400,
      );
    expect((await call(region.url, '/api/v1/organisations?limit=10')).status).toBe(200);
    expect((await call(region.url, '/api/v1/organisations?cursor=garbage')).status).toBe(400);
    const records = await call(hub.url, '/api/v1/sync/records?owner=region-a&cursor=garbage', {
      token: region.syncToken,
    });
    expect(records.status).toBe(400);
    const pull = await call(hub.url, '/api/v1/sync/pull?after=0x10', { token: region.syncToken });
    expect(pull.status).toBe(400);
  });

  it('authenticates before reading a body: anonymous bad bodies are 401, viewers 403, national writes 403', async () => {
    for (const body of ['{not json', JSON.stringify({ nope: 1 }), nested(5000)]) {
      const r = await call(region.url, '/api/v1/organisations', { body });
      expect(r.status).toBe(401);
      expect(r.body['errors']).toBeUndefined();
    }
    const viewer = await call(region.url, '/api/v1/organisations', {
      token: region.tokens.viewer,
      body: '{not json',
    });
    expect(viewer.status).toBe(403);
    const national = await call(region.url, '/api/v1/networks', {
      token: region.tokens.admin,
      body: '{not json',
    });
    expect(national.status).toBe(403);
    expect(national.body['code']).toBe('national_record');
  });

  it('refuses JSON nested deeper than 64 everywhere, the sync push included, never 500', async () => {
    const deep = await call(region.url, '/api/v1/organisations', {
      token: region.tokens.editor,
      body: `{"name":${nested(65)}}`,
    });
    expect(deep.status).toBe(400);
    const before = await footprint(hub.store);
    // the deep payload in the last change, where the hub hashed it (changeKey)
    const first = JSON.stringify({
      seq: 1,
      entity: 'organisation',
      id: newId('region-a'),
      owner: 'region-a',
      version: 1,
      op: 'upsert',
      payload: { name: 'ok', type: 'acute' },
    });
    const last = `{"seq":2,"entity":"organisation","id":"${newId('region-a')}","owner":"region-a","version":1,"op":"upsert","payload":{"name":"x","type":"acute","postcode":${nested(5000)}}}`;
    const push = await call(hub.url, '/api/v1/sync/push', {
      token: region.syncToken,
      body: `{"origin":"region-a","epoch":"deep-epoch","schemaVersion":1,"fromSeq":1,"toSeq":2,"changes":[${first},${last}]}`,
    });
    expect(push.status).toBe(400);
    expect(JSON.stringify(push.body['errors'])).toContain('payload');
    const after = await footprint(hub.store);
    expect({ ...after, audit_log: 0 }).toEqual({ ...before, audit_log: 0 });
  });

  it('asset look-ups use own keys only; /docs has a CSP and keeps no tokens', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect((await call(region.url, `/docs/assets/${name}`)).status, name).toBe(404);
    const docs = await fetch(`${region.url}/docs`);
    const csp = docs.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    const init = await (await fetch(`${region.url}/docs/init.js`)).text();
    expect(init).toContain('persistAuthorization: false');
  });

  it('a sync token reads only its own origin’s status and quarantine', async () => {
    const other = (
      await new TokenRepository(hub.store).create({ role: 'sync', instance: 'region-b' })
    ).token;
    for (const path of [
      '/api/v1/sync/status?origin=region-a',
      '/api/v1/sync/quarantine?origin=region-a',
    ])
      expect((await call(hub.url, path, { token: other })).status, path).toBe(403);
    const own = await call(hub.url, '/api/v1/sync/status?origin=region-b', { token: other });
    expect(own.status).toBe(200);
    const all = await call(hub.url, '/api/v1/sync/status', { token: other });
    expect(JSON.stringify(all.body)).not.toContain('region-a');
    expect((await call(hub.url, '/api/v1/sync/status', { token: hub.tokens.viewer })).status).toBe(
      200,
    );
  });

  it('unknown methods are 405 with Allow', async () => {
    const opt = await call(hub.url, '/api/v1/networks', { method: 'OPTIONS' });
    expect(opt.status).toBe(405);
    expect(opt.headers.get('allow')).toContain('GET');
    expect(opt.headers.get('allow')).toContain('POST');
    const put = await call(hub.url, '/api/v1/networks', {
      method: 'PUT',
      token: hub.tokens.admin,
      body: {},
    });
    expect(put.status).toBe(405);
    expect((await call(hub.url, '/api/v1/nothing-here')).status).toBe(404);
  });

  it('failed authentication is rate limited per client address: 429 with Retry-After', async () => {
    let last = 0;
    let retry: string | null = null;
    for (let i = 0; i < 25; i++) {
      const r = await call(hub.url, '/api/v1/audit', { token: `tsr_guess${i}` });
      last = r.status;
      retry = r.headers.get('retry-after');
      if (last === 429) break;
    }
    expect(last).toBe(429);
    expect(Number(retry)).toBeGreaterThan(0);
    // while limited, even a valid token waits (guessing cannot hide behind one)
    expect((await call(hub.url, '/api/v1/audit', { token: hub.tokens.admin })).status).toBe(429);
    // anonymous public reads are not failed authentications
    expect((await call(hub.url, '/api/v1/health')).status).toBe(200);
  });
});
