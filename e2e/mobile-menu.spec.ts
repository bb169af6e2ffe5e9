import { expect, test } from '@playwright/test';

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('the sidebar becomes a menu that traps focus and closes on Esc', async ({ page }) => {
    await page.goto('/namespaces/');
    const menu = page.getByRole('navigation', { name: 'Site' });
    const button = page.getByRole('button', { name: 'Menu' });
    await expect(menu).toBeHidden();
    await expect(button).toHaveAttribute('aria-expanded', 'false');

    await button.click();
    await expect(menu).toBeVisible();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(menu.locator('a[aria-current="page"]')).toBeFocused();

    // However far the reader tabs, focus stays in the menu or on its button.
    const links = await menu.getByRole('link').count();
    const focusInside = () =>
      page.evaluate(
        () =>
          document.getElementById('sidebar')?.contains(document.activeElement) ||
          document.activeElement?.hasAttribute('data-menu-button'),
      );
    for (const key of ['Tab', 'Shift+Tab']) {
      for (let i = 0; i < links + 3; i++) {
        await page.keyboard.press(key);
        expect(await focusInside(), `${key} × ${i + 1}`).toBe(true);
      }
    }

    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(button).toBeFocused();
    await expect(page.locator('main')).not.toHaveAttribute('inert');
  });

  test('nothing overflows sideways at 320 px', async ({ page }) => {
    await page.goto('/namespaces/');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
