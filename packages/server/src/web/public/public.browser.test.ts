import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { seedEngland } from '@tessera/store';
import { startTestInstance, type TestInstance } from '../../testing/start-test-instance.js';
import { axeViolations, launchBrowser, screenshot, watchedPage } from '../testing/browser.js';

// The navigator, sign-in and "ask for help" in Debian's chromium against a real instance.
const XSS = '<img src=x onerror=alert(document.domain)>';
let t: TestInstance;
let browser: Browser;
let js: BrowserContext;
let noJs: BrowserContext;
let hinId: string;

beforeAll(async () => {
  // the browser starts while the instances are seeded
  const launching = launchBrowser();
  launching.catch(() => {}); // reported where it is awaited
  t = await startTestInstance({ seed: seedEngland, instance: 'ahsn-health-innovation-network' });
  const writer = { actor: 'test', actorRole: 'admin' };
  const [hin] = await t.store.repo('network').all({ key: 'ahsn-health-innovation-network' });
  hinId = hin!.id;
  const org = await t.store
    .repo('organisation')
    .create({ odsCode: 'XSS01', name: `Trust ${XSS}`, type: 'acute' }, writer, { owner: 'hub' });
  await t.store
    .repo('membership')
    .create({ organisationId: org.id, networkId: hinId, tier: 'core' }, writer, { owner: 'hub' });
  await t.store
    .repo('offer')
    .create({ networkId: hinId, title: `Offer ${XSS}`, kind: 'support', description: XSS }, writer);
  browser = await launching;
  js = await browser.newContext();
  noJs = await browser.newContext({ javaScriptEnabled: false });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

describe('the navigator in a browser', { timeout: 60_000 }, () => {
  it("finds King's College Hospital by name with suggestions, and its page names the Health Innovation Network", async () => {
    const { page, problems } = await watchedPage(js);
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(t.url) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    await page.goto(t.url);
    expect(await page.locator('h1').textContent()).toBe('Find help for your organisation');
    await screenshot(page, 'home');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Organisation name or ODS code').fill("King's College");
    const suggestion = page.locator('#q-suggestions a', { hasText: "King's College Hospital" });
    await suggestion.first().waitFor();
    await page.getByLabel('Organisation name or ODS code').fill("King's College Hospital");
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/organisations\/RJZ$/);
    expect(await page.locator('main').textContent()).toContain(
      'Health Innovation Network (South London)',
    );
    await screenshot(page, 'organisation');
    expect(await axeViolations(page)).toEqual([]);
    expect(outside).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  it('finds an organisation by ODS code, and an unknown code is a 404 page with a search box', async () => {
    const { page, problems } = await watchedPage(js);
    await page.goto(`${t.url}/search?q=rjz`);
    expect(page.url()).toBe(`${t.url}/organisations/RJZ`);
    await page.goto(`${t.url}/search?q=hospital`);
    expect(await axeViolations(page)).toEqual([]);
    const res = await page.goto(`${t.url}/organisations/ZZZ99`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.getByLabel('Organisation name or ODS code').count()).toBe(1);
    await screenshot(page, 'not-found');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works with JavaScript disabled: search, results and the organisation page', async () => {
    const { page } = await watchedPage(noJs);
    await page.goto(t.url);
    await page.getByLabel('Organisation name or ODS code').fill('hospital');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\?q=hospital/);
    expect(await page.locator('h1').textContent()).toBe('Search results');
    await screenshot(page, 'search-results');
    await page.locator('main a[href="/organisations/RJZ"]').click();
    await page.waitForURL(/\/organisations\/RJZ$/);
    expect(await page.locator('main').textContent()).toContain('Health Innovation Network');
    await page.close();
  });

  it('shows stored markup as text and never runs it', async () => {
    const { page, problems } = await watchedPage(js);
    await page.goto(`${t.url}/organisations/XSS01`);
    expect(await page.locator('h1').textContent()).toContain(XSS);
    expect(await page.locator('main').textContent()).toContain(`Offer ${XSS}`);
    expect(await page.locator('main img[src="x"]').count()).toBe(0);
    await page.goto(t.url);
    await page.getByLabel('Organisation name or ODS code').fill('onerror');
    await page.locator('#q-suggestions a').first().waitFor();
    expect(await page.locator('#q-suggestions').textContent()).toContain(XSS);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await screenshot(page, 'xss-organisation');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('ask for help', { timeout: 60_000 }, () => {
  it('lands in the AHSN queue, routed by the navigator; empty fields give an error summary', async () => {
    const { page, problems } = await watchedPage(js);
    await page.goto(`${t.url}/organisations/RJZ`);
    await page.getByRole('button', { name: 'Send your question' }).click();
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain(
      'Enter your question',
    );
    await screenshot(page, 'ask-for-help-errors');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('What is it about?').selectOption('improvement');
    await page.getByLabel('Your question').fill(`How do we start with SPC? ${XSS}`);
    await page.getByLabel('Your name').fill('A Board Member');
    await page.getByLabel('Your email address').fill('board@example.org');
    await page.getByRole('button', { name: 'Send your question' }).click();
    expect(await page.locator('h1').textContent()).toBe('Question sent');
    expect(await page.locator('main').textContent()).toContain('Health Innovation Network');
    await screenshot(page, 'ask-for-help-sent');
    const queue = await t.store.repo('enquiry').all({ routedToNetworkId: hinId });
    expect(queue).toHaveLength(1);
    expect(queue[0]!['status']).toBe('routed');
    expect(queue[0]!['contactEmail']).toBe('board@example.org');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('refuses a POST without the CSRF token, and keeps nothing a honeypot catches', async () => {
    const before = (await t.store.repo('enquiry').all()).length;
    const body = new URLSearchParams({
      topic: 'improvement',
      question: 'forged',
      contactName: 'x',
      contactEmail: 'x@example.org',
    });
    const forged = await fetch(`${t.url}/organisations/RJZ/ask`, { method: 'POST', body });
    expect(forged.status).toBe(403);
    // a robot that keeps the cookie and token but fills the hidden field
    const home = await fetch(`${t.url}/organisations/RJZ`);
    const cookie = home.headers.get('set-cookie')!.split(';')[0]!;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(await home.text())![1]!;
    body.set('_csrf', csrf);
    body.set('website', 'http://spam.example');
    const caught = await fetch(`${t.url}/organisations/RJZ/ask`, {
      method: 'POST',
      body,
      headers: { cookie },
    });
    expect(caught.status).toBe(200);
    expect((await t.store.repo('enquiry').all()).length).toBe(before);
  });
});

describe('sign in', { timeout: 60_000 }, () => {
  it('gives an HttpOnly SameSite=Lax session cookie for a valid token and signs out', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(`${t.url}/sign-in`);
    await page.getByLabel('Token').fill('tsr_not-a-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.locator('.nhsuk-error-summary').textContent()).toContain('not valid');
    await screenshot(page, 'sign-in-error');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Token').fill(t.tokens.viewer);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/workspace$/);
    const session = (await context.cookies()).find((c) => c.name === 'tessera_session')!;
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Lax');
    expect(session.value).not.toContain(t.tokens.viewer);
    expect(await page.evaluate('JSON.stringify(localStorage)')).toBe('{}');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${t.url}/`);
    expect((await context.cookies()).find((c) => c.name === 'tessera_session')).toBeUndefined();
    expect(problems).toEqual([]);
    await context.close();
  });
});
