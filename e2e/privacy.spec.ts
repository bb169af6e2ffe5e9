import { expect, test, type Page } from '@playwright/test';
import { sitePages } from './site-pages.ts';

/** Records every request the page makes to another origin, and blocks it. */
async function watchOrigins(page: Page, origin: string): Promise<string[]> {
  const foreign: string[] = [];
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  return foreign;
}

/** Exercises whatever islands a page has: every button, select and number field once. */
async function useIslands(page: Page) {
  const islands = page.locator('astro-island');
  for (let i = 0; i < (await islands.count()); i++) {
    const island = islands.nth(i);
    for (const button of await island.getByRole('button').all()) if (await button.isVisible()) await button.click();
    for (const select of await island.locator('select').all()) {
      const values = await select
        .locator('option')
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      if (values.length > 1 && values[1]) await select.selectOption(values[1]);
    }
    for (const input of await island.locator('input[type="number"]').all()) await input.fill('3');
  }
}

test('no page, search or island makes a request outside the site', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? '').origin;
  const foreign = await watchOrigins(page, origin);
  for (const path of sitePages()) {
    await page.goto(path);
    await useIslands(page);
    await page.waitForLoadState('networkidle');
  }
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog').getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('kernel');
  await expect(page.getByRole('dialog').locator('[data-search-results] a').first()).toBeVisible();
  expect(foreign).toEqual([]);
});

test.describe('the watch itself', () => {
  // The site's CSP would block the script before any request; bypass it to prove the watch sees it.
  test.use({ bypassCSP: true });

  test('would notice a third-party script', async ({ page, baseURL }) => {
    const foreign = await watchOrigins(page, new URL(baseURL ?? '').origin);
    await page.goto('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.src = 'https://cdn.example.com/analytics.js';
      document.head.append(script);
    });
    await expect.poll(() => foreign).toEqual(['https://cdn.example.com/analytics.js']);
  });
});
