import { expect, test } from '@playwright/test';
import { devServer } from '../playwright.config.ts';

test('search works in the dev server, from the last built index', async ({ page }) => {
  test.setTimeout(60_000);
  const entry = await page.request.get(`${devServer}/pagefind/pagefind-entry.json`);
  expect(entry.status()).toBe(200);
  const missing = await page.request.get(`${devServer}/pagefind/%2e%2e%2fpackage.json`);
  expect(missing.status()).not.toBe(200);

  await page.goto(`${devServer}/namespaces/`);
  const dialog = page.getByRole('dialog');
  // The dev server compiles scripts on first request and may reload the page once while it
  // optimises dependencies: keep asking until search is there.
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(dialog.getByRole('searchbox')).toBeFocused({ timeout: 3_000 });
  }).toPass({ timeout: 45_000 });
  await page.keyboard.type('unshare');
  await expect(dialog.locator('[data-search-results] a').first()).toBeVisible();
});
