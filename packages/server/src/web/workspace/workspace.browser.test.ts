import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { seedEngland } from '@tessera/store';
import { startTestInstance, type TestInstance } from '../../testing/start-test-instance.js';
import { axeViolations, launchBrowser, screenshot, watchedPage } from '../testing/browser.js';
import { signIn } from '../testing/sign-in.js';

// A region's workspace: every page reads, the assurance return moves through its workflow by the
// roles that may move it, the enquiry queue's buttons work, stored markup stays text.
const XSS = '<img src=x onerror=alert(1)>';
let t: TestInstance;
let browser: Browser;

beforeAll(async () => {
  // the browser starts while the instances are seeded
  const launching = launchBrowser();
  launching.catch(() => {}); // reported where it is awaited
  t = await startTestInstance({ seed: seedEngland, instance: 'ahsn-health-innovation-network' });
  const [rjz] = await t.store.repo('organisation').all({ odsCode: 'RJZ' });
  await t.store.repo('enquiry').create(
    {
      organisationId: rjz!.id,
      topic: 'improvement',
      question: `Help with flow ${XSS}`,
      contactName: `Name ${XSS}`,
      contactEmail: 'someone@example.org',
      receivedAt: new Date().toISOString(),
    },
    { actor: 'test', actorRole: 'admin' },
  );
  browser = await launching;
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

async function as(
  token: string,
): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const { page, problems } = await watchedPage(context);
  await signIn(page, t.url, token);
  return { page, problems, close: () => context.close() };
}

const click = async (page: Page, name: string) => {
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForLoadState();
};

describe('the workspace', { timeout: 120_000 }, () => {
  it('shows every page without serious accessibility violations', async () => {
    const { page, problems, close } = await as(t.tokens.admin);
    for (const [path, name] of [
      ['/workspace', 'workspace-home'],
      ['/workspace/members', 'workspace-members'],
      ['/workspace/capability', 'workspace-capability'],
      ['/workspace/cohorts', 'workspace-cohorts'],
      ['/workspace/sync', 'workspace-sync'],
    ] as const) {
      const res = await page.goto(t.url + path);
      expect(res?.status(), path).toBe(200);
      await screenshot(page, name);
      expect(await axeViolations(page), path).toEqual([]);
    }
    expect(problems).toEqual([]);
    await close();
  });

  it('adds members from the form and from a CSV file', async () => {
    const { page, problems, close } = await as(t.tokens.editor);
    await page.goto(`${t.url}/workspace/members`);
    await page.getByLabel('Organisation (ODS code)').fill('RJZ');
    await page.getByLabel('Tier', { exact: true }).selectOption('associate');
    await click(page, 'Add member');
    await page.locator('input[type=file]').setInputFiles({
      name: 'members.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('odsCode,tier,subscriptionGbp\nRJ1,core,1200\nRYJ,partner,\n'),
    });
    await click(page, 'Upload');
    expect(await page.locator('main').textContent()).toContain('2 members added');
    const text = await page.locator('main table').textContent();
    expect(text).toContain("King's College Hospital");
    expect(problems).toEqual([]);
    await close();
  });

  it('routes and starts an enquiry from the queue, showing its stored markup as text', async () => {
    const { page, problems, close } = await as(t.tokens.editor);
    await page.goto(`${t.url}/workspace/enquiries`);
    expect(await page.locator('main').textContent()).toContain(`Help with flow ${XSS}`);
    await click(page, 'Route by the navigator');
    expect(await page.locator('main table').textContent()).toContain('Health Innovation Network');
    await click(page, 'Start');
    expect(await page.locator('main table').textContent()).toContain('in progress');
    await screenshot(page, 'workspace-enquiries');
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(problems).toEqual([]);
    await close();
  });

  it('submits the assurance return from its page; only editors may, and review stays with the hub', async () => {
    const editor = await as(t.tokens.editor);
    await editor.page.goto(`${t.url}/workspace/assurance`);
    await editor.page.getByLabel('Quarter').fill('2015-Q3');
    await click(editor.page, 'Start return');
    const returnUrl = editor.page.url();
    await editor.page.getByLabel('Deliverable').fill(`Spread the falls bundle ${XSS}`);
    await editor.page.getByLabel('Rating').selectOption('amber');
    await click(editor.page, 'Add deliverable');
    expect(await editor.page.locator('main table').first().textContent()).toContain(XSS);
    await click(editor.page, 'Submit for review');
    expect(await editor.page.locator('#return-status').textContent()).toBe('submitted');
    // an editor may submit, not review
    expect(await editor.page.getByRole('button', { name: 'Mark as reviewed' }).count()).toBe(0);
    await screenshot(editor.page, 'workspace-return');
    expect(await axeViolations(editor.page)).toEqual([]);
    await editor.page.goto(`${t.url}/workspace/assurance`);
    expect(await axeViolations(editor.page)).toEqual([]);
    await screenshot(editor.page, 'workspace-assurance');
    expect(editor.problems).toEqual([]);
    await editor.close();

    const viewer = await as(t.tokens.viewer);
    await viewer.page.goto(returnUrl);
    expect(await viewer.page.locator('main button').count()).toBe(0);
    await viewer.close();

    // review, return and sign-off are the hub's: a region's admin has no such buttons either
    const admin = await as(t.tokens.admin);
    await admin.page.goto(returnUrl);
    expect(await admin.page.locator('main button').count()).toBe(0);
    const history = await admin.page.locator('main table').last().textContent();
    expect(history).toContain('draft → submitted');
    expect(await admin.page.locator('img[src="x"]').count()).toBe(0);
    // a forged review as admin is refused by the API (no such step at a region)
    const csrf = await admin.page.locator('header input[name="_csrf"]').getAttribute('value');
    const status = await admin.page.evaluate(
      async ([url, token]) =>
        (
          await fetch(`${url}/step`, {
            method: 'POST',
            body: new URLSearchParams({ _csrf: token!, step: 'review' }),
          })
        ).status,
      [returnUrl, csrf] as const,
    );
    expect(status).toBe(400);
    expect(admin.problems).toEqual([]);
    await admin.close();
  });
});
