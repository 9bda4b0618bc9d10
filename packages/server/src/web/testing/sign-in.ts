import type { Page } from 'playwright-core';

/** Signs in through the sign-in page, as a user would; `next` is where it then lands. */
export async function signIn(
  page: Page,
  baseUrl: string,
  token: string,
  next?: string,
): Promise<void> {
  await page.goto(`${baseUrl}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`);
  await page.getByLabel('Token').fill(token);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
}
