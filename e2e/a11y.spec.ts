import { expect, test } from '@playwright/test';
import { axeViolations, colourRules } from './axe.ts';
import { sitePages } from './site-pages.ts';

// Every rule in the light theme; in the dark theme only what colours can change, since the
// markup, names and structure are the same in both. This halves the suite's longest part.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`accessibility, ${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of sitePages()) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        expect(await axeViolations(page, undefined, colorScheme === 'dark' ? colourRules : undefined)).toEqual([]);
      });
    }
  });
}

test('the open search dialog has no axe violations', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog').getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('namespace');
  await expect(page.getByRole('dialog').locator('[data-search-results] a').first()).toBeVisible();
  expect(await axeViolations(page, 'dialog')).toEqual([]);
});

test('the open mobile menu has no axe violations', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/namespaces/');
  await page.getByRole('button', { name: 'Menu' }).click();
  expect(await axeViolations(page)).toEqual([]);
});
