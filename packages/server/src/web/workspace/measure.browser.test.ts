import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { seedEngland } from '@tessera/store';
import { startTestInstance, type TestInstance } from '../../testing/start-test-instance.js';
import { axeViolations, launchBrowser, screenshot, watchedPage } from '../testing/browser.js';
import { signIn } from '../testing/sign-in.js';

// An editor builds a project and a measure from the pages; the chart equals POST /api/v1/spc.
const XSS = '<img src=x onerror=alert(1)>';
let t: TestInstance;
let browser: Browser;

beforeAll(async () => {
  // the browser starts while the instances are seeded
  const launching = launchBrowser();
  launching.catch(() => {}); // reported where it is awaited
  t = await startTestInstance({ seed: seedEngland, instance: 'ahsn-health-innovation-network' });
  browser = await launching;
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

// 24 months: a stable process, then a step up after the change (rebased at month 13)
const series = Array.from({ length: 24 }, (_, i) => ({
  date: `${2015 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01`,
  value: (i < 12 ? 40 : 55) + ((i * 7) % 5) - 2 + (i === 20 ? 15 : 0),
}));
const fmt = (n: number | null) =>
  n === null ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(2);

describe('a measure with its SPC chart', { timeout: 90_000 }, () => {
  let measureUrl = '';

  it('an editor adds a project, a measure and its values; the chart equals POST /api/v1/spc', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await signIn(page, t.url, t.tokens.editor);
    await page.goto(`${t.url}/workspace/projects`);
    await page.getByLabel('Title').fill(`Fewer falls ${XSS}`);
    await page.getByLabel('Organisation (ODS code)').fill('RJZ');
    await page.getByLabel('Aim').fill('Reduce inpatient falls by 20% by March 2016');
    await page.getByRole('button', { name: 'Start project' }).click();
    await page.waitForURL(/\/workspace\/projects\/[0-9a-f-]+$/);
    await page
      .getByLabel('Driver diagram outline')
      .fill('Safer wards\n- Staff awareness\n* Safety huddles');
    await page.getByRole('button', { name: 'Save driver diagram' }).click();
    expect(await page.locator('main').textContent()).toContain('Change idea: Safety huddles');
    await page.getByLabel('Change idea').fill('Safety huddles');
    await page.getByLabel('Plan', { exact: true }).fill('Huddle at every shift change on ward 3');
    await page.getByLabel('Prediction').fill('Fewer falls at night');
    await page.getByLabel('Start date').fill('2015-05-01');
    await page.getByRole('button', { name: 'Record cycle' }).click();
    expect(await page.locator('main').textContent()).toContain('Huddle at every shift change');
    await page.getByLabel('Name', { exact: true }).fill(`Patients without a fall ${XSS}`);
    await page.getByLabel('Definition').fill('Share of inpatients with no fall in the month');
    await page.getByLabel('Unit', { exact: true }).fill('%');
    await page.getByLabel('Target (optional)').fill('50');
    await page.getByLabel('Rebase dates (optional)').fill('2016-01-01');
    await page.getByRole('button', { name: 'Add measure' }).click();
    await page.waitForURL(/\/workspace\/measures\//);
    measureUrl = page.url();
    // one value from the form, the rest pasted from a spreadsheet
    await page.getByLabel('Date', { exact: true }).fill(series[0]!.date);
    await page.getByLabel('Value', { exact: true }).fill(String(series[0]!.value));
    await page.getByRole('button', { name: 'Add value' }).click();
    await page.waitForURL(measureUrl);
    const paste = ['Date\tValue', ...series.slice(1).map((p) => `${p.date}\t${p.value}`)].join(
      '\n',
    );
    await page.getByLabel('Dates and values').fill(paste);
    await page.getByRole('button', { name: 'Add pasted values' }).click();
    await page.waitForURL(measureUrl);
    await page.locator('#spc-chart svg').waitFor();
    await screenshot(page, 'measure');

    const api = await t.request('/api/v1/spc', {
      method: 'POST',
      json: {
        points: series,
        target: 50,
        improvementDirection: 'increase',
        rebase: ['2016-01-01'],
      },
    });
    const expected = (await api.json()) as {
      points: {
        date: string;
        value: number;
        mean: number | null;
        lpl: number | null;
        upl: number | null;
      }[];
      variationIcon: string;
      assuranceIcon: string | null;
    };
    const rows = await page
      .locator('#spc-chart table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 5).map((td) => td.textContent)),
      );
    expect(rows).toEqual(
      expected.points.map((p) => [p.date, fmt(p.value), fmt(p.mean), fmt(p.lpl), fmt(p.upl)]),
    );
    expect(await page.locator('[data-icon^="variation:"]').getAttribute('data-icon')).toBe(
      `variation:${expected.variationIcon}`,
    );
    expect(await page.locator('[data-icon^="assurance:"]').getAttribute('data-icon')).toBe(
      `assurance:${expected.assuranceIcon ?? 'none'}`,
    );
    // the rebase gives two sets of limits
    expect(new Set(expected.points.map((p) => p.mean)).size).toBe(2);
    expect(await page.locator('h1').textContent()).toContain(XSS);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.goBack();
    await page.goto(`${t.url}/workspace/projects`);
    await page.locator('main a', { hasText: 'Fewer falls' }).click();
    await screenshot(page, 'project');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a viewer sees no edit buttons, and a forged POST as a viewer is 403', async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await signIn(page, t.url, t.tokens.viewer);
    await page.goto(measureUrl);
    await page.locator('#spc-chart svg').waitFor();
    expect(await page.locator('main form').count()).toBe(0);
    expect(await page.locator('main button').count()).toBe(0);
    await screenshot(page, 'measure-viewer');
    // the viewer's own session and CSRF token, posting what only editors may
    const before = (await t.store.repo('measure-value').all()).length;
    const csrf = await page.locator('header input[name="_csrf"]').getAttribute('value');
    const status = await page.evaluate(
      async ([url, token]) => {
        const r = await fetch(`${url}/values`, {
          method: 'POST',
          body: new URLSearchParams({ _csrf: token!, date: '2017-01-01', value: '1' }),
        });
        return r.status;
      },
      [measureUrl, csrf] as const,
    );
    expect(status).toBe(403);
    expect((await t.store.repo('measure-value').all()).length).toBe(before);
    expect(problems).toEqual([]);
    await context.close();
  });
});
