import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestInstance, type TestInstance } from '../testing/start-test-instance.js';

let t: TestInstance;
beforeAll(async () => {
  // the hub: networks are national records
  t = await startTestInstance({ role: 'hub' });
});
afterAll(() => t.stop());

describe('read cache', () => {
  it('answers 304 to a current ETag and never serves a stale list after a write', async () => {
    const first = await t.request('/api/v1/networks?type=ahsn');
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    expect((await first.json()) as { items: unknown[] }).toEqual({ items: [], nextCursor: null });
    expect(
      (await t.request('/api/v1/networks?type=ahsn', { headers: { 'if-none-match': etag! } }))
        .status,
    ).toBe(304);
    const created = (await (
      await t.request('/api/v1/networks', {
        method: 'POST',
        as: 'editor',
        json: { key: 'c-1', name: 'Cached', type: 'ahsn' },
      })
    ).json()) as { id: string };
    const after = await t.request('/api/v1/networks?type=ahsn', {
      headers: { 'if-none-match': etag! },
    });
    expect(after.status).toBe(200);
    expect(((await after.json()) as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([
      created.id,
    ]);
    await t.request(`/api/v1/networks/${created.id}`, {
      method: 'PATCH',
      as: 'editor',
      json: { name: 'Renamed' },
    });
    expect(
      ((await (await t.request(`/api/v1/networks/${created.id}`)).json()) as { name: string }).name,
    ).toBe('Renamed');
    await t.request(`/api/v1/networks/${created.id}`, { method: 'DELETE', as: 'editor' });
    expect((await t.request(`/api/v1/networks/${created.id}`)).status).toBe(404);
  });

  it('answers from the cache with the same security headers as any other answer', async () => {
    const first = await t.request('/api/v1/geographies');
    const second = await t.request('/api/v1/geographies'); // cached: answered before routing
    for (const h of [
      'x-content-type-options',
      'x-frame-options',
      'strict-transport-security',
      'referrer-policy',
      'cross-origin-resource-policy',
    ]) {
      expect(second.headers.get(h), h).toBe(first.headers.get(h));
      expect(second.headers.get(h), h).toBeTruthy();
    }
    expect(await second.text()).toBe(await first.text());
  });

  it('still checks access before answering from the cache', async () => {
    expect((await t.request('/api/v1/board-members', { as: 'viewer' })).status).toBe(200);
    expect((await t.request('/api/v1/board-members')).status).toBe(401);
  });
});
