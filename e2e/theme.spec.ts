import { expect, test } from '@playwright/test';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test.describe('themes', () => {
  test('follows the system preference when the reader has not chosen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/namespaces/');
    expect(await background(page)).toBe('rgb(15, 20, 25)');
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

    await page.emulateMedia({ colorScheme: 'light' });
    expect(await background(page)).toBe('rgb(255, 255, 255)');
  });

  test('the toggle is remembered across pages, applied before first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/namespaces/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await background(page)).toBe('rgb(15, 20, 25)');

    // Record the theme at the first moment the document exists, before any module script runs.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { themeAtLoad: string | undefined }).themeAtLoad =
          document.documentElement.dataset['theme'];
      });
    });
    await page.goto('/');
    expect(await page.evaluate(() => (window as unknown as { themeAtLoad?: string }).themeAtLoad)).toBe('dark');
    expect(await background(page)).toBe('rgb(15, 20, 25)');

    await page.getByRole('button', { name: 'Dark theme' }).click();
    await page.reload();
    expect(await background(page)).toBe('rgb(255, 255, 255)');
  });
});
