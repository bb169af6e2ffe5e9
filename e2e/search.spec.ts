import { expect, test } from '@playwright/test';

test.describe('search', () => {
  test('loads nothing for search until the reader asks for it', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/namespaces/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.includes('/pagefind/'))).toEqual([]);

    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(requested.some((path) => path.endsWith('pagefind-component-ui.js'))).toBe(true);
  });

  for (const [name, press] of [
    ['slash', '/'],
    ['Ctrl+K', 'Control+k'],
    ['Meta+K', 'Meta+k'],
  ] as const) {
    test(`opens with ${name}, finds a page by keyboard and closes with Esc`, async ({ page }) => {
      await page.goto('/');
      await page.keyboard.press(press);
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      const input = dialog.getByRole('searchbox');
      await expect(input).toBeFocused();
      await page.keyboard.type('unshare');
      const results = dialog.locator('pagefind-results a');
      await expect(results.first()).toBeVisible();
      await expect(dialog).toContainText('namespace');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    });
  }

  test('a result shows the page title, an excerpt and links to matching headings', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('user namespace');
    const first = dialog.locator('.pf-result').first();
    await expect(first.locator('.pf-result-title')).toHaveText('Linux namespaces');
    await expect(first.locator('.pf-result-excerpt')).toContainText(/namespace/i);
    const headings = first.locator('a.pf-heading-link');
    await expect(headings.first()).toBeVisible();
    await expect(headings.first()).toHaveAttribute('href', /\/namespaces\/#[a-z0-9-]+/);
  });

  test('arrow keys and Enter open a result', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('namespace');
    await expect(dialog.locator('pagefind-results a').first()).toBeVisible();
    // Results render in stages while index fragments arrive; a re-render drops the highlight.
    await page.waitForLoadState('networkidle');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/namespaces\//);
  });

  test('does not steal "/" while the reader types in a field', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    const input = page.getByRole('dialog').getByRole('searchbox');
    await expect(input).toBeFocused();
    await page.keyboard.type('a/b');
    await expect(input).toHaveValue('a/b');
  });
});
