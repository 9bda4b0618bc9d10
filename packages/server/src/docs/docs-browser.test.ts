import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { startTestInstance, type TestInstance } from '../testing/start-test-instance.js';

// A real browser (Debian's chromium, installed by .ci/run) against a real instance on loopback.
let t: TestInstance;
let browser: Browser;
beforeAll(async () => {
  t = await startTestInstance();
  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

describe('/docs in a browser', () => {
  it('renders the interactive API docs from the instance alone (no outside requests) and can call the health route', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith(t.url) && !req.url().startsWith('data:')) outside.push(req.url());
    });
    await page.goto(`${t.url}/docs`);
    await page.getByText('Tessera API').first().waitFor({ timeout: 60_000 });
    // tags start collapsed (about a hundred routes): open "networks" and find the navigator
    await page
      .locator('.opblock-tag', { hasText: /^networks/ })
      .first()
      .click();
    await page
      .locator('.opblock-summary-path', { hasText: '/api/v1/navigator/{odsCode}' })
      .first()
      .waitFor();
    await page
      .locator('.opblock-tag', { hasText: /^system/ })
      .first()
      .click();
    // try it out: GET /api/v1/health from the page
    const health = page
      .locator('.opblock', {
        has: page.locator('.opblock-summary-path', { hasText: /^\/api\/v1\/health$/ }),
      })
      .first();
    await health.locator('.opblock-summary').click();
    await health.getByRole('button', { name: 'Try it out' }).click();
    await health.getByRole('button', { name: 'Execute' }).click();
    await expect
      .poll(async () => health.locator('.live-responses-table').first().textContent(), {
        timeout: 10_000,
      })
      .toContain('"status": "ok"');
    expect(outside).toEqual([]);
    await page.close();
  }, 90_000);
});
