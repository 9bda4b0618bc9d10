/**
 * "Sync now" on `tessera serve --hub URL --hub-token T`: the workspace's button syncs the region
 * with a real hub (both served in process on 127.0.0.1, as `tessera serve` serves them).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { naturalId } from '@tessera/core';
import { TokenRepository } from '@tessera/store';
import { startInstance, type RunningInstance } from './serve.js';

const quiet = () => {};
let hub: RunningInstance;
let region: RunningInstance;

beforeAll(async () => {
  hub = await startInstance(
    { db: ':memory:', port: 0, host: '127.0.0.1', instance: 'hub', role: 'hub', seed: 'england' },
    quiet,
  );
  const { token } = await new TokenRepository(hub.store).create({
    role: 'sync',
    name: 'oxford',
    instance: 'ahsn-oxford',
  });
  region = await startInstance(
    {
      db: ':memory:',
      port: 0,
      host: '127.0.0.1',
      instance: 'ahsn-oxford',
      role: 'local',
      seed: 'england',
      hub: { url: hub.url, token, intervalSeconds: 3600 },
    },
    quiet,
  );
}, 60_000);
afterAll(async () => {
  await region?.close();
  await hub?.close();
});

/** A browser's cookie jar, for one site, in a few lines. */
function browserLike(base: string) {
  const jar = new Map<string, string>();
  return async (path: string, form?: Record<string, string>) => {
    const res = await fetch(base + path, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
      ...(form ? { body: new URLSearchParams(form) } : {}),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = pair!.split('=') as [string, string];
      jar.set(k, v);
    }
    return { status: res.status, html: await res.text() };
  };
}
const csrfIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1]!;

describe('sync now', () => {
  it("syncs the region with its hub from the workspace's sync page", async () => {
    const admin = region.firstAdminToken!;
    const api = (base: string, path: string, init: RequestInit = {}) =>
      fetch(`${base}/api/v1/${path}`, {
        ...init,
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      });
    // the background sync's first run (at start) has ended: what follows only the button sends
    // (its first pull brings the national directory: seconds on a busy machine)
    await expect
      .poll(
        async () =>
          /tessera_sync_push_seconds_count\S* 1\b/.test(
            await (await fetch(`${region.url}/metrics`)).text(),
          ),
        { timeout: 20_000, interval: 100 },
      )
      .toBe(true);
    const created = await api(region.url, 'assurance-returns', {
      method: 'POST',
      body: JSON.stringify({ networkId: naturalId('network', 'ahsn-oxford'), period: '2015-Q4' }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const hubAdmin = (await new TokenRepository(hub.store).create({ role: 'admin', name: 'a' }))
      .token;
    const atHub = () =>
      fetch(`${hub.url}/api/v1/assurance-returns/${id}`, {
        headers: { authorization: `Bearer ${hubAdmin}` },
      });
    expect((await atHub()).status).toBe(404);

    const browser = browserLike(region.url);
    const signInPage = await browser('/sign-in');
    const signedIn = await browser('/sign-in', { _csrf: csrfIn(signInPage.html), token: admin });
    expect(signedIn.status).toBe(303);
    const page = await browser('/workspace/sync');
    expect(page.html).toContain('Sync now');
    expect(page.html).toMatch(/Changes waiting to be sent<\/dt><dd[^>]*>1</);
    // a form without the CSRF token syncs nothing
    expect((await browser('/workspace/sync', {})).status).toBe(403);
    const after = await browser('/workspace/sync', { _csrf: csrfIn(page.html) });
    expect(after.status).toBe(200);
    expect(after.html).toMatch(/Synced: [1-9]\d* change\(s\) sent/);
    expect(after.html).toContain('the hub holds the same records as this instance');
    expect(after.html).toMatch(/Changes waiting to be sent<\/dt><dd[^>]*>0</);
    expect((await atHub()).status).toBe(200);
  }, 30_000);
});
