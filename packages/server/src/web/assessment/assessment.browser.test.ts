import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seedEngland, TokenRepository } from '@tessera/store';
import { syncWithHub } from '@tessera/sync';
import { startTestInstance, type TestInstance } from '../../testing/start-test-instance.js';
import { axeViolations, launchBrowser, screenshot, watchedPage } from '../testing/browser.js';
import { signIn } from '../testing/sign-in.js';

// The assurance return's whole workflow from the pages (annex G 59.b, 62.d): a region submits it
// from its workspace, it syncs, the South Regional Medical Team's assessor returns it and later
// signs it off from the hub's pages, and the region's page shows each decision after a sync.
const XSS = '<img src=x onerror=alert(1)>';
let hub: TestInstance;
let region: TestInstance;
let browser: Browser;
const hubTokens: Record<'south' | 'london' | 'sync', string> = { south: '', london: '', sync: '' };

beforeAll(async () => {
  [hub, region, browser] = await Promise.all([
    startTestInstance({ seed: seedEngland, instance: 'hub', role: 'hub' }),
    startTestInstance({ seed: seedEngland, instance: 'ahsn-oxford' }),
    launchBrowser(),
  ]);
  const tokens = new TokenRepository(hub.store);
  for (const scope of ['south', 'london'] as const)
    hubTokens[scope] = (
      await tokens.create({ role: 'assessor', name: `${scope} assessor`, scope })
    ).token;
  hubTokens.sync = (
    await tokens.create({ role: 'sync', name: 'oxford', instance: 'ahsn-oxford' })
  ).token;
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await region?.stop();
  await hub?.stop();
});

const sync = async () => {
  const r = await syncWithHub({ store: region.store, hubUrl: hub.url, token: hubTokens.sync });
  expect(r.agree).toBe(true);
};

async function as(base: string, token: string, next: string) {
  const context = await browser.newContext();
  const { page, problems } = await watchedPage(context);
  await signIn(page, base, token, next);
  return { page, problems, close: () => context.close() };
}

const click = async (page: Page, name: string) => {
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForLoadState();
};

/** POSTs a decision with the page's own CSRF token, as a forged form would. */
const forge = async (page: Page, url: string, step: string) => {
  const csrf = await page.locator('header input[name="_csrf"]').getAttribute('value');
  return page.evaluate(
    async ([to, token, s]) => {
      const body = new URLSearchParams({ _csrf: token!, step: s!, comment: 'forged' });
      return (await fetch(to!, { method: 'POST', body })).status;
    },
    [url, csrf, step] as const,
  );
};

describe('the assurance return between a region and the hub', { timeout: 60_000 }, () => {
  it('is submitted at the region, returned and signed off at the hub by its region’s assessor only', async () => {
    // the region's editor starts and submits the return from its workspace
    const editor = await as(region.url, region.tokens.editor, '/workspace/assurance');
    await editor.page.getByLabel('Quarter').fill('2015-Q3');
    await click(editor.page, 'Start return');
    const regionUrl = editor.page.url();
    const id = regionUrl.split('/').at(-1)!;
    await editor.page.getByLabel('Deliverable').fill(`Patient safety collaborative ${XSS}`);
    await editor.page.getByLabel('Rating').selectOption('green');
    await click(editor.page, 'Add deliverable');
    await click(editor.page, 'Submit for review');
    expect(await editor.page.locator('#return-status').textContent()).toBe('submitted');
    await sync();

    // at the hub: listed under South; London's assessor and a viewer see no decision buttons,
    // and their forged decisions are refused
    const hubReturn = `${hub.url}/assessment/returns/${encodeURIComponent(id)}`;
    for (const token of [hubTokens.london, hub.tokens.viewer]) {
      const other = await as(hub.url, token, new URL(hubReturn).pathname);
      expect(await other.page.locator('#assessed-status').textContent()).toBe('submitted');
      expect(await other.page.locator('main button').count()).toBe(0);
      expect(await forge(other.page, `${hubReturn}/step`, 'review')).toBe(403);
      expect(await forge(other.page, `${hubReturn}/step`, 'sign-off')).toBe(403);
      expect(other.problems).toEqual([]);
      await other.close();
    }
    const south = await as(hub.url, hubTokens.south, '/assessment');
    const southTable = south.page.locator('section', { has: south.page.locator('#region-south') });
    expect(await southTable.textContent()).toContain('Oxford');
    await screenshot(south.page, 'hub-assessment');
    expect(await axeViolations(south.page)).toEqual([]);
    await southTable.getByRole('link', { name: '2015-Q3' }).click();
    expect(south.page.url()).toBe(hubReturn);
    expect(await south.page.locator('main').textContent()).toContain(XSS);
    expect(await south.page.locator('img[src="x"]').count()).toBe(0);
    expect(await south.page.getByRole('button', { name: 'Sign off' }).count()).toBe(0);
    // returning needs a comment: the error summary says so and nothing changes
    await click(south.page, 'Return for changes');
    expect(await south.page.locator('.nhsuk-error-summary').textContent()).toContain('comment');
    expect(await south.page.locator('#assessed-status').textContent()).toBe('submitted');
    // a form without the CSRF token is refused
    const noCsrf = await south.page.evaluate(
      async (to) =>
        (await fetch(to, { method: 'POST', body: new URLSearchParams({ step: 'review' }) })).status,
      `${hubReturn}/step`,
    );
    expect(noCsrf).toBe(403);
    await south.page.getByLabel('Comment for return for changes').fill('Add the Q3 metrics');
    await click(south.page, 'Return for changes');
    expect(await south.page.locator('#assessed-status').textContent()).toBe('draft');
    expect(await south.page.locator('main').textContent()).toContain('after its next sync');
    await sync();

    // back at the region: a draft again with the team's comment; the editor submits again
    await editor.page.goto(regionUrl);
    expect(await editor.page.locator('#return-status').textContent()).toBe('draft');
    expect(await editor.page.locator('main table').last().textContent()).toContain(
      'Add the Q3 metrics',
    );
    await click(editor.page, 'Submit for review');
    await sync();

    await south.page.goto(hubReturn);
    await click(south.page, 'Mark as reviewed');
    expect(await south.page.locator('#assessed-status').textContent()).toBe('reviewed');
    await south.page.getByLabel('Comment for sign off').fill('Signed off for Q3');
    await click(south.page, 'Sign off');
    expect(await south.page.locator('#assessed-status').textContent()).toBe('signed off');
    expect(await south.page.locator('main button').count()).toBe(0);
    await screenshot(south.page, 'hub-assessment-return');
    expect(await axeViolations(south.page)).toEqual([]);
    expect(south.problems).toEqual([]);
    await south.close();
    await sync();

    await editor.page.goto(regionUrl);
    expect(await editor.page.locator('#return-status').textContent()).toBe('signed off');
    const history = (await editor.page.locator('main table').last().textContent()) ?? '';
    expect(history).toContain('reviewed → signed off');
    expect(history).toContain('Signed off for Q3');
    expect(history).toContain('south assessor');
    expect(await editor.page.locator('main button').count()).toBe(0);
    await screenshot(editor.page, 'workspace-return-signed-off');
    expect(editor.problems).toEqual([]);
    await editor.close();
  });
});
