/**
 * Issue 10's classes on the web app's side (found by a black-box retest): no form body makes a
 * 500, text that is not safe UTF-8 is refused rather than stored, numbers are decimal digits,
 * guessing tokens at /sign-in is limited as on the API, a revoked session is sent to sign in, and
 * a method a page does not take is 405 with `Allow`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store, TokenRepository, seedEngland } from '@tessera/store';
import { createApp } from '../../app.js';
import { createLogger } from '../../logging/logger.js';

let store: Store;
let app: ReturnType<typeof createApp>;
let editor: string;

const send = (path: string, cookie: string, init: RequestInit = {}) =>
  app.fetch(
    new Request(`http://127.0.0.1${path}`, { ...init, headers: { cookie, ...init.headers } }),
  );

/** A visitor's cookie and CSRF token, from the sign-in page. */
async function visitor(): Promise<{ cookie: string; csrf: string }> {
  const page = await send('/sign-in', '');
  const cookie = page.headers.get('set-cookie')!.split(';')[0]!;
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  return { cookie, csrf };
}

async function signIn(token: string): Promise<{ cookie: string; csrf: string }> {
  const v = await visitor();
  const r = await send('/sign-in', v.cookie, {
    method: 'POST',
    body: new URLSearchParams({ _csrf: v.csrf, token }),
  });
  expect(r.status).toBe(303);
  const cookie = r.headers.get('set-cookie')!.split(';')[0]!;
  const page = await send('/workspace/capability', cookie);
  return { cookie, csrf: /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]! };
}

beforeAll(async () => {
  store = await Store.open({ url: ':memory:', instance: 'ahsn-oxford' });
  await seedEngland(store);
  app = createApp({
    store,
    role: 'local',
    logger: createLogger({ level: 'silent' }),
    failedAuth: { limit: 3 },
  });
  editor = (await new TokenRepository(store).create({ role: 'editor' })).token;
});
afterAll(() => store.close());

describe('the web app under hostile input', () => {
  it('answers a malformed or truncated multipart body with 400, never 500', async () => {
    const v = await visitor();
    for (const [type, body] of [
      ['multipart/form-data', 'junk'],
      ['multipart/form-data; boundary=q', 'junk'],
      [
        'multipart/form-data; boundary=q',
        '--q\r\nContent-Disposition: form-data; name="a"\r\n\r\nx',
      ],
    ] as const) {
      const r = await send('/sign-in', v.cookie, {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      });
      expect(r.status, `${type} ${body}`).toBe(400);
    }
  });

  it('refuses form text that is not safe UTF-8, and numbers not in decimal digits', async () => {
    const s = await signIn(editor);
    const before = await store.repo('capability-assessment').count();
    for (const headcount of ['a%FFb', 'a%ED%A0%80b', 'a%00b', '1e2', '0x10']) {
      const r = await send('/workspace/capability', s.cookie, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `_csrf=${s.csrf}&staffGroup=nursing&level=awareness&headcount=${headcount}&total=${headcount}`,
      });
      expect(r.status, headcount).toBe(400);
    }
    expect(await store.repo('capability-assessment').count()).toBe(before);
  });

  it('sends a session whose token was revoked elsewhere to sign in, never a 500', async () => {
    const { token, info } = await new TokenRepository(store).create({ role: 'editor' });
    const s = await signIn(token);
    await new TokenRepository(store).revoke(info.id); // as another process would
    await new Promise((r) => setTimeout(r, 2100)); // past the tokens' 2 s in memory
    for (const path of ['/workspace', '/workspace/projects', '/workspace/capability']) {
      const r = await send(path, s.cookie);
      expect(r.status, path).toBe(303);
      expect(r.headers.get('location'), path).toMatch(/^\/sign-in/);
    }
    const post = await send('/workspace/capability', s.cookie, {
      method: 'POST',
      body: new URLSearchParams({ _csrf: s.csrf, staffGroup: 'nursing', headcount: '3' }),
    });
    expect(post.status).toBe(401);
  });

  it('limits failed sign-ins per address like the API (429 with Retry-After)', async () => {
    // a fresh app: its limiter has counted nothing yet (limit 3 a window)
    app = createApp({
      store,
      role: 'local',
      logger: createLogger({ level: 'silent' }),
      failedAuth: { limit: 3 },
    });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const v = await visitor();
      const r = await send('/sign-in', v.cookie, {
        method: 'POST',
        body: new URLSearchParams({ _csrf: v.csrf, token: `tsr_wrong${i}` }),
      });
      statuses.push(r.status);
    }
    expect(statuses).toEqual([400, 400, 400]);
    const v = await visitor();
    const r = await send('/sign-in', v.cookie, {
      method: 'POST',
      body: new URLSearchParams({ _csrf: v.csrf, token: editor }),
    });
    expect(r.status).toBe(429);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    // and the API counts the same failures
    const api = await send('/api/v1/networks', '', {
      headers: { authorization: `Bearer ${editor}` },
    });
    expect(api.status).toBe(429);
  });

  it('answers a method a page does not take with 405 and Allow', async () => {
    for (const method of ['PUT', 'PATCH', 'DELETE', 'OPTIONS'])
      for (const path of ['/', '/sign-in', '/search']) {
        const r = await send(path, '', { method });
        expect(r.status, `${method} ${path}`).toBe(405);
        expect(r.headers.get('allow'), `${method} ${path}`).toContain('GET');
      }
    expect((await send('/no-such-page', '', { method: 'PUT' })).status).toBe(404);
  });
});
