import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Store, TokenRepository, seedEngland } from '@tessera/store';
import { createApp } from '../../app.js';
import { createLogger } from '../../logging/logger.js';

/**
 * The measure page is kept rendered until the data changes: these show that what is kept is never
 * another user's (role, CSRF token, nonce) and never stale, whichever process wrote the change.
 */
describe('the measure page kept between views', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-measure-page-'));
  const url = `file:${join(dir, 'region.db')}`;
  const writer = { actor: 'test', actorRole: 'admin' };
  let store: Store;
  let app: ReturnType<typeof createApp>;
  let measureId: string;
  const cookies: Record<'editor' | 'viewer', string> = { editor: '', viewer: '' };

  const get = (path: string, cookie: string, init: RequestInit = {}) =>
    app.fetch(
      new Request(`http://127.0.0.1${path}`, { ...init, headers: { cookie, ...init.headers } }),
    );

  async function signIn(token: string): Promise<string> {
    const page = await get('/sign-in', '');
    const anon = page.headers.get('set-cookie')!.split(';')[0]!;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
    const r = await get('/sign-in', anon, {
      method: 'POST',
      body: new URLSearchParams({ _csrf: csrf, token }),
    });
    return r.headers.get('set-cookie')!.split(';')[0]!;
  }

  async function view(who: 'editor' | 'viewer') {
    const r = await get(`/workspace/measures/${measureId}`, cookies[who]);
    expect(r.status).toBe(200);
    const html = await r.text();
    const csp = r.headers.get('content-security-policy')!;
    return { html, nonce: /'nonce-([^']+)'/.exec(csp)![1]! };
  }

  const points = (html: string) =>
    (html.match(/<td class="nhsuk-table__cell">\d{4}-\d\d-\d\d<\/td>/g) ?? []).length;

  beforeAll(async () => {
    const seeding = await Store.open({ url, instance: 'ahsn-oxford' });
    await seedEngland(seeding);
    seeding.close();
    store = await Store.open({ url });
    app = createApp({ store, role: 'local', logger: createLogger({ level: 'silent' }) });
    const [org] = await store.repo('organisation').all({ odsCode: 'RTH' });
    const project = await store
      .repo('improvement-project')
      .create(
        { title: 'Flow', type: 'service_improvement', organisationId: org!.id, aim: 'Less wait' },
        writer,
      );
    const measure = await store
      .repo('measure')
      .create(
        { projectId: project.id, name: 'Waits', kind: 'outcome', definition: 'Wait', unit: 'days' },
        writer,
      );
    measureId = measure.id;
    for (let i = 0; i < 20; i++)
      await store
        .repo('measure-value')
        .create({ measureId, date: `2015-01-${String(i + 1).padStart(2, '0')}`, value: i }, writer);
    const tokens = new TokenRepository(store);
    cookies.editor = await signIn((await tokens.create({ role: 'editor', name: 'e' })).token);
    cookies.viewer = await signIn((await tokens.create({ role: 'viewer', name: 'v' })).token);
  });
  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows each user their own forms, CSRF token and nonce, whoever viewed it first', async () => {
    const first = await view('editor');
    const again = await view('editor');
    const viewer = await view('viewer');
    for (const v of [first, again]) {
      expect(v.html).toContain('Add a value');
      expect(v.html).toContain(`<script nonce="${v.nonce}">`);
    }
    expect(first.nonce).not.toBe(again.nonce);
    expect(viewer.html).not.toContain('Add a value');
    expect(viewer.html).toContain(`<script nonce="${viewer.nonce}">`);
    const tokenIn = (html: string) =>
      [...html.matchAll(/name="_csrf" value="([^"]+)"/g)].map((m) => m[1]);
    const editorTokens = new Set(tokenIn(first.html));
    expect(editorTokens.size).toBe(1);
    expect(tokenIn(viewer.html).some((t) => editorTokens.has(t))).toBe(false);
    expect(first.html).toBe(again.html.replaceAll(again.nonce, first.nonce));
  });

  it('shows a value added from the form at the next view', async () => {
    const before = points((await view('editor')).html);
    expect(before).toBe(20);
    const page = await view('editor');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.html)![1]!;
    const r = await get(`/workspace/measures/${measureId}/values`, cookies.editor, {
      method: 'POST',
      body: new URLSearchParams({ _csrf: csrf, date: '2015-02-01', value: '7' }),
    });
    expect(r.status).toBe(303);
    const after = (await view('editor')).html;
    expect(points(after)).toBe(before + 1);
    expect(after).toContain('2015-02-01');
  });

  it('shows a value another process wrote once that process has committed', async () => {
    const before = points((await view('viewer')).html);
    const other = await Store.open({ url });
    await other.repo('measure-value').create({ measureId, date: '2015-03-01', value: 3 }, writer);
    other.close();
    await new Promise((r) => setTimeout(r, 300));
    const after = (await view('viewer')).html;
    expect(after).toContain('2015-03-01');
    expect(points(after)).toBe(before + 1);
  });
});
