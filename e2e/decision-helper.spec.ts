import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';

const helper = (page: Page) => page.locator('.decision-helper');
const visiblePanel = (page: Page) => helper(page).locator('.dh-panel:visible');

test.describe('decision helper', () => {
  test('recommends for the default answers before any script runs, and follows the answers', async ({ page }) => {
    await page.goto('/choosing/');
    await expect(visiblePanel(page)).toHaveCount(1);
    await expect(visiblePanel(page)).toContainText('Containers on virtual-machine nodes');

    await page.getByRole('radio', { name: /Anyone \(customers/ }).check();
    await expect(visiblePanel(page)).toContainText('Kata Containers');
    await page.getByRole('radio', { name: /starts on demand/ }).check();
    await expect(visiblePanel(page)).toContainText("gVisor's runsc");
    await expect(page).toHaveURL(/[?&]code=untrusted/);
    await expect(page).toHaveURL(/[?&]pace=elastic/);

    // Every reason links to the section that teaches it, and cites a source.
    for (const reason of await visiblePanel(page).locator('li').all()) {
      await expect(reason.getByRole('link', { name: 'Learn why' })).toHaveAttribute('href', /\/[a-z-]+\/#[a-z0-9-]+$/);
      expect(await reason.locator('.dh-sources a').count()).toBeGreaterThan(0);
    }
  });

  test('a shared address restores the answers; unknown values are named and ignored', async ({ page }) => {
    await page.goto('/choosing/?kernel=other-os&team=%3Cscript%3E&hardware=device');
    await expect(page.getByRole('radio', { name: /Another operating system/ })).toBeChecked();
    await expect(visiblePanel(page)).toContainText('A virtual machine');
    const notice = helper(page).locator('[data-decision-ignored]');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('team="<script>"');
    await expect(page.getByRole('radio', { name: 'A Kubernetes platform' })).toBeChecked();
  });

  test('works from the keyboard alone', async ({ page }) => {
    await page.goto('/choosing/');
    await page.getByRole('radio', { name: /Our own teams/ }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: /Anyone \(customers/ })).toBeChecked();
    await expect(visiblePanel(page)).toContainText('Kata Containers');
  });

  test('is accessible in both themes', async ({ page }) => {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/choosing/?code=untrusted');
      expect(await axeViolations(page, '.decision-helper'), scheme).toEqual([]);
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('hides the questions and points to the decision table', async ({ page }) => {
      await page.goto('/choosing/');
      await expect(helper(page).locator('.dh-form')).toBeHidden();
      await expect(helper(page).getByRole('link', { name: 'decision table' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'A decision table' })).toBeVisible();
    });
  });
});
