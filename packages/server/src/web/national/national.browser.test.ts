import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { AHSNS, LDPS, seedEngland, TokenRepository } from '@tessera/store';
import { syncWithHub } from '@tessera/sync';
import { startTestInstance, type TestInstance } from '../../testing/start-test-instance.js';
import { axeViolations, launchBrowser, screenshot, watchedPage } from '../testing/browser.js';
import { signIn } from '../testing/sign-in.js';

// The hub's national picture after two regions have synced with it over HTTP.
const XSS = '<img src=x onerror=alert(1)>';
let hub: TestInstance;
const regions: TestInstance[] = [];
let browser: Browser;

beforeAll(async () => {
  // the browser starts while the instances are seeded
  const launching = launchBrowser();
  launching.catch(() => {}); // reported where it is awaited
  hub = await startTestInstance({ seed: seedEngland, instance: 'hub', role: 'hub' });
  const writer = { actor: 'test', actorRole: 'admin' };
  const org = await hub.store
    .repo('organisation')
    .create({ odsCode: 'XSS02', name: `Trust ${XSS}`, type: 'acute' }, writer);
  for (const startDate of ['2025-01-01', '2025-06-01'])
    await hub.store
      .repo('intervention')
      .create({ organisationId: org.id, body: 'nhs_tda', kind: 'turnaround', startDate }, writer);
  const tokens = new TokenRepository(hub.store);
  // the two regions are seeded and synced side by side
  const startRegion = async (instance: string) => {
    const region = await startTestInstance({ seed: seedEngland, instance });
    const [net] = await region.store.repo('network').all({ key: instance });
    await region.store
      .repo('assurance-return')
      .create({ networkId: net!.id, period: '2015-Q3', overallRag: 'amber' }, writer);
    const { token } = await tokens.create({ role: 'sync', name: instance, instance });
    await syncWithHub({ store: region.store, hubUrl: hub.url, token });
    regions.push(region);
  };
  await Promise.all(['ahsn-oxford', 'ldp-london'].map(startRegion));
  browser = await launching;
}, 120_000);
afterAll(async () => {
  await browser?.close();
  for (const r of regions) await r.stop();
  await hub?.stop();
});

describe('/national at the hub', { timeout: 90_000 }, () => {
  it('is not shown to anyone not signed in', async () => {
    const res = await fetch(`${hub.url}/national`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/sign-in?next=%2Fnational');
    expect((await fetch(`${hub.url}/national/sync.csv`, { redirect: 'manual' })).status).toBe(303);
  });

  it("names all 15 AHSNs and 10 LDPs, shows each region's sync health, and downloads figures as CSV", async () => {
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await signIn(page, hub.url, hub.tokens.viewer);
    expect(page.url()).toBe(`${hub.url}/national`);
    const text = (await page.locator('main').textContent()) ?? '';
    for (const a of AHSNS) expect(text).toContain(a.name);
    const rowsOf = (caption: string) =>
      page
        .locator('table', { has: page.locator('caption', { hasText: caption }) })
        .locator('tbody tr');
    expect(await rowsOf('England by AHSN').count()).toBe(15);
    const ldps = (await rowsOf('Local Delivery Partners').allTextContents()).join('\n');
    expect(await rowsOf('Local Delivery Partners').count()).toBe(10);
    for (const l of LDPS) expect(ldps).toContain(l.name);
    const sync = (await page.locator('#sync-heading ~ div table').first().textContent()) ?? '';
    expect(sync).toContain('ahsn-oxford');
    expect(sync).toContain('ldp-london');
    expect(await page.locator('#assurance-heading ~ div table').first().textContent()).toContain(
      '2015-Q3',
    );
    expect(text).toContain(`Trust ${XSS}`);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(await page.locator('figure svg').count()).toBeGreaterThan(4);
    await screenshot(page, 'national');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /All \d+ rows of sync health/ }).click();
    expect(await page.locator('main table').textContent()).toContain('ldp-london');
    await screenshot(page, 'national-sync-rows');
    expect(await axeViolations(page)).toEqual([]);
    const csv = await page.evaluate(async () => (await fetch('/national/sync.csv')).text());
    expect(csv.split('\r\n')[0]).toBe(
      'Instance,Last seen,Changes applied (last sequence),Records held,Quarantined,Last error',
    );
    expect(csv).toContain('ahsn-oxford,');
    expect(problems).toEqual([]);
    await context.close();
  });
});
