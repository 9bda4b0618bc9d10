/**
 * Issue 10 retest, finding 3 and the sync routes' hardening: the hub admin's repair gives a record
 * only to the origin that minted its id (or back to the hub), never a national record or a hub
 * record to a region; every sync route checks who calls before it validates what they send; a
 * method no sync route takes is 405 with `Allow`; a pull cursor's key that is not one the hub
 * issues is 400 naming it. Across a real hub and two regions on loopback.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Cleanup, WRITER, call, footprint, hubAndTwoRegions, sync } from './_harness.js';

const cleanup = new Cleanup();
afterEach(() => cleanup.run());

describe('the hub admin’s repair', () => {
  it('never hands a hub or national record to a region, nor a region’s record to another; refusals change nothing', async () => {
    const { hub, a, b } = await hubAndTwoRegions(cleanup);
    const kings = await call(hub.url, '/api/v1/organisations', {
      token: hub.tokens.admin,
      body: { odsCode: 'RJZ', name: "King's College Hospital", type: 'acute' },
    });
    expect(kings.status).toBe(201);
    const network = await call(hub.url, '/api/v1/networks', {
      token: hub.tokens.admin,
      body: { key: 'ahsn-south-london', name: 'Health Innovation Network', type: 'ahsn' },
    });
    expect(network.status).toBe(201);
    const aOrg = await a.store
      .repo('organisation')
      .create({ odsCode: 'PA1', name: 'A Partner', type: 'acute' }, WRITER);
    expect((await sync(a, hub)).agree).toBe(true);

    const before = await footprint(hub.store);
    const refusals: [Record<string, unknown>, RegExp][] = [
      [{ entity: 'organisation', id: String(kings.body['id']), owner: 'region-b' }, /not minted/],
      [{ entity: 'network', id: String(network.body['id']), owner: 'region-b' }, /national/],
      [{ entity: 'organisation', id: aOrg.id, owner: 'region-b' }, /not minted by region-b/],
      [{ entity: 'organisation', id: aOrg.id, owner: 'Region B!' }, /instance id/],
      [{ entity: 'organisation', id: aOrg.id, owner: 'x'.repeat(81) }, /owner/],
      [{ entity: 'organisation', id: aOrg.id }, /owner/],
      [{ entity: 'organisation', id: aOrg.id, action: 'remove', owner: 'hub' }, /owner/],
      [{ entity: 'no-such-entity', id: aOrg.id, owner: 'hub' }, /entity/],
    ];
    for (const [body, why] of refusals) {
      const r = await call(hub.url, '/api/v1/sync/repair', { token: hub.tokens.admin, body });
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(r.body), JSON.stringify(body)).toMatch(why);
    }
    // the hub's own record is not removed through a repair
    const own = await call(hub.url, '/api/v1/sync/repair', {
      token: hub.tokens.admin,
      body: { entity: 'organisation', id: String(kings.body['id']), action: 'remove' },
    });
    expect(own.status).toBe(403);
    expect(await footprint(hub.store)).toEqual(before);
    // the public directory still shows the hub's King's
    const found = await call(hub.url, '/api/v1/organisations?odsCode=RJZ');
    expect(found.body['items']).toMatchObject([{ name: "King's College Hospital", owner: 'hub' }]);

    // what a repair may do: give a region's record back to the hub (audited); B sees no change
    const back = await call(hub.url, '/api/v1/sync/repair', {
      token: hub.tokens.admin,
      body: { entity: 'organisation', id: aOrg.id, owner: 'hub', reason: 'test' },
    });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ from: 'region-a', to: 'hub', version: 0, removed: false });
    expect((await sync(b, hub)).agree).toBe(true);
  });

  it('checks the caller before the body: 401 anonymous, 403 editor or sync token, whatever they send', async () => {
    const { hub, a } = await hubAndTwoRegions(cleanup);
    const bad = { entity: 42, id: [], owner: 'NOT AN ID', extra: true };
    const before = await footprint(hub.store);
    expect((await call(hub.url, '/api/v1/sync/repair', { body: bad })).status).toBe(401);
    for (const token of [hub.tokens.editor, hub.tokens.viewer, a.syncToken]) {
      const r = await call(hub.url, '/api/v1/sync/repair', { token, body: bad });
      expect(r.status).toBe(403);
      expect(JSON.stringify(r.body)).not.toMatch(/entity|owner/);
    }
    expect(await footprint(hub.store)).toEqual(before);
  });
});

describe('the sync routes', () => {
  it('check the caller before the query on every route', async () => {
    const { hub, a } = await hubAndTwoRegions(cleanup);
    const cases: [string, string, number][] = [
      ['/api/v1/sync/pull?after=abc&limit=0x10', hub.tokens.viewer, 403],
      ['/api/v1/sync/pull?after=abc', '', 401],
      [`/api/v1/sync/records?owner=${'x'.repeat(100)}`, hub.tokens.admin, 403],
      [`/api/v1/sync/status?origin=${'x'.repeat(100)}`, a.syncToken, 403],
      [`/api/v1/sync/quarantine?origin=${'x'.repeat(100)}`, a.syncToken, 403],
      [`/api/v1/sync/quarantine?origin=${'x'.repeat(100)}`, '', 401],
    ];
    for (const [path, token, status] of cases) {
      const r = await call(hub.url, path, token ? { token } : {});
      expect(r.status, path).toBe(status);
      expect(r.body['errors'], path).toBeUndefined();
    }
    // the push: a viewer's bad body is 403, not 400
    const push = await call(hub.url, '/api/v1/sync/push', {
      token: hub.tokens.viewer,
      body: { origin: 1 },
    });
    expect(push.status).toBe(403);
  });

  it('answer 405 with Allow to a method no route takes, whoever asks', async () => {
    const { hub, a } = await hubAndTwoRegions(cleanup);
    const cases: [string, string, string, string][] = [
      ['PUT', '/api/v1/sync/push', hub.tokens.admin, 'POST'],
      ['PUT', '/api/v1/sync/push', a.syncToken, 'POST'],
      ['DELETE', '/api/v1/sync/push', '', 'POST'],
      ['DELETE', '/api/v1/sync/repair', hub.tokens.admin, 'POST'],
      ['POST', '/api/v1/sync/pull', a.syncToken, 'GET, HEAD'],
    ];
    for (const [method, path, token, allow] of cases) {
      const r = await call(hub.url, path, { method, ...(token ? { token } : {}) });
      expect(r.status, `${method} ${path}`).toBe(405);
      expect(r.headers.get('allow'), `${method} ${path}`).toBe(allow);
    }
  });

  it('refuses a pull cursor key the hub never issues (400 naming afterKey); a real one pages on', async () => {
    const { hub, a } = await hubAndTwoRegions(cleanup);
    for (const name of ['RN1', 'RN2'])
      expect(
        (
          await call(hub.url, '/api/v1/organisations', {
            token: hub.tokens.admin,
            body: { odsCode: name, name: `Trust ${name}`, type: 'acute' },
          })
        ).status,
      ).toBe(201);
    const pull = (q: string) => call(hub.url, `/api/v1/sync/pull?${q}`, { token: a.syncToken });
    const first = await pull('limit=1');
    expect(first.status).toBe(200);
    const next = Number(first.body['next']);
    const key = String(first.body['nextKey']);
    for (const bad of ['garbage', `${key}x`, 'organisation::1:AAAAAAAAAAAAAAAA']) {
      const r = await pull(`after=${next}&afterKey=${encodeURIComponent(bad)}`);
      expect(r.status, bad).toBe(400);
      expect(JSON.stringify(r.body['errors']), bad).toContain('afterKey');
    }
    const second = await pull(`after=${next}&afterKey=${encodeURIComponent(key)}&limit=1`);
    expect(second.status).toBe(200);
    expect(second.body['restarted']).toBeUndefined();
    expect((second.body['changes'] as { seq: number }[])[0]!.seq).toBeGreaterThan(next);
    // a well-formed key of another log (a restored hub) still restarts from the beginning
    const other = key.replace(/:[A-Za-z0-9_-]{16}$/, ':AAAAAAAAAAAAAAAA');
    const restarted = await pull(`after=${next}&afterKey=${encodeURIComponent(other)}`);
    expect(restarted.status).toBe(200);
    expect(restarted.body['restarted']).toBe(true);
  });
});
