import { expect, test } from '@playwright/test';
import { sitePages } from './site-pages.ts';

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const width of [1280, 320]) {
    test(`every page shows its content and navigation at ${width} px`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 800 });
      for (const path of sitePages()) {
        await page.goto(path);
        await expect(page.locator('h1'), path).toBeVisible();
        await expect(page.locator('main'), path).toBeVisible();
        expect((await page.locator('main').innerText()).length, path).toBeGreaterThan(80);
        // Controls that need a script are not offered.
        for (const control of await page.locator('.needs-js').all()) await expect(control, path).toBeHidden();
        if (await page.locator('article').count()) {
          const nav = page.getByRole('navigation', { name: 'Site' });
          await expect(nav, path).toBeVisible();
          expect(await nav.getByRole('link').count(), path).toBeGreaterThan(5);
          // Islands are prerendered: each has visible content of its own.
          for (const island of await page.locator('astro-island').all()) {
            expect((await island.innerText()).trim().length, `${path} island`).toBeGreaterThan(20);
          }
        }
      }
    });
  }
});
