import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';

const results = (page: Page) => page.getByRole('dialog').locator('[data-search-results] a');

async function search(page: Page, query: string) {
  await page.keyboard.press('/');
  const input = page.getByRole('dialog').getByRole('searchbox');
  await expect(input).toBeFocused();
  await input.fill(query);
  await expect(results(page).first()).toBeVisible();
}

test.describe('search', () => {
  test('loads nothing for search until the reader shows intent, then starts on hover', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/namespaces/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => /pagefind|search-ui/.test(path))).toEqual([]);

    await page.getByRole('button', { name: 'Search' }).hover();
    await expect.poll(() => requested.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await expect.poll(() => requested.some((path) => path.endsWith('.pagefind'))).toBe(true);
    // Pagefind's own UI is not used at all, and nothing but the shown results' fragments loads.
    expect(requested.filter((path) => /pagefind-(component-)?ui|pf_fragment/.test(path))).toEqual([]);
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
  });

  test('fetches the fragments of the results shown, not of every match', async ({ page }) => {
    const fragments: string[] = [];
    page.on('request', (request) => request.url().endsWith('.pf_fragment') && fragments.push(request.url()));
    await page.goto('/');
    await search(page, 'kernel');
    await page.waitForLoadState('networkidle');
    const status = await page.getByRole('dialog').getByRole('status').textContent();
    expect(Number(status?.match(/\d+/)?.[0])).toBeGreaterThan(5);
    expect(fragments.length).toBe(5);
    await page.getByRole('button', { name: 'More results' }).click();
    await expect(page.getByRole('dialog').locator('.search-result')).toHaveCount(10);
    await expect(page.getByRole('dialog').locator('.search-result').nth(5).locator('a').first()).toBeFocused();
  });

  for (const [name, press] of [
    ['slash', '/'],
    ['Ctrl+K', 'Control+k'],
    ['Meta+K', 'Meta+k'],
  ] as const) {
    test(`opens with ${name}, finds a page by keyboard and closes with Esc, focus back`, async ({ page }) => {
      await page.goto('/');
      const button = page.getByRole('button', { name: 'Search' });
      await button.focus();
      await page.keyboard.press(press);
      const dialog = page.getByRole('dialog');
      await expect(dialog).toBeVisible();
      const input = dialog.getByRole('searchbox');
      await expect(input).toBeFocused();
      await page.keyboard.type('unshare');
      await expect(results(page).first()).toBeVisible();
      await expect(dialog).toContainText('namespace');
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(button).toBeFocused();
    });
  }

  test('a result shows the page title, a two-line excerpt with the match, and its sections', async ({ page }) => {
    await page.goto('/');
    await search(page, 'user namespace unshare');
    const first = page.locator('.search-result').first();
    await expect(first.locator('.search-title')).toHaveText('Linux namespaces');
    const excerpt = first.locator('.search-excerpt');
    await expect(excerpt.locator('mark').first()).toHaveText(/namespace/i);
    // Two lines on a wide screen, three on a phone: clamped there, with text enough to fill them.
    const lines = () => excerpt.evaluate((el) => el.clientHeight / parseFloat(getComputedStyle(el).lineHeight));
    expect(Math.round(await lines())).toBe(2);
    await page.setViewportSize({ width: 390, height: 800 });
    expect(Math.round(await lines())).toBe(3);
    const sections = first.locator('a.search-section');
    await expect(sections.first()).toBeVisible();
    await expect(sections.first()).toHaveAttribute('href', /\/namespaces\/\?highlight=[^#]+#[a-z0-9-]+/);
  });

  test('sources and citation markers are not indexed: no "Sources" section, no [n] in excerpts', async ({ page }) => {
    await page.goto('/');
    await search(page, 'kata gvisor');
    await expect(page.locator('.search-section', { hasText: /^Sources$/ })).toHaveCount(0);
    await expect(page.locator('.search-excerpt').first()).not.toContainText(/\[\d+\]/);
    await page.getByRole('dialog').getByRole('searchbox').fill('Sources');
    await expect(page.getByRole('dialog').getByRole('status')).toHaveText(/No page matches|pages? found/);
    await expect(page.locator('.search-section', { hasText: /^Sources$/ })).toHaveCount(0);
  });

  test('a keyword the page never shows still finds it: "Leaky Vessels" is CVE-2024-21626', async ({ page }) => {
    await page.goto('/');
    await search(page, 'Leaky Vessels');
    const first = page.locator('.search-result').first();
    await expect(first.locator('.search-hit')).toHaveAttribute('href', /^\/security\//);
    // The excerpt names the alias that matched instead of showing the hidden keyword list.
    await expect(first.locator('.search-excerpt')).toHaveText('Also known as: Leaky Vessels');
    await expect(first.locator('.search-section')).toHaveCount(0);
    await page.goto('/security/');
    await expect(page.locator('main').getByText('Leaky Vessels').filter({ visible: true })).toHaveCount(0);
  });

  test('never empty when the words are on pages but never together: says what it shows', async ({ page }) => {
    await page.goto('/');
    // KSM is on several pages, Unikraft on one, no page has both: Pagefind alone finds nothing.
    await search(page, 'KSM Unikraft');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('status')).toHaveText('No page has all your words; showing results for KSM');
    await expect(results(page).first()).toHaveAttribute('href', /^\/running-vms\//);
    await dialog.getByRole('searchbox').fill('zyxwvut');
    await expect(dialog.getByRole('status')).toHaveText('No page matches “zyxwvut”');
    await expect(results(page)).toHaveCount(0);
  });

  test('arrow keys and Enter open a result, and the page highlights the searched words', async ({ page }) => {
    await page.goto('/');
    await search(page, 'namespace');
    await page.keyboard.press('ArrowDown');
    await expect(results(page).first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(results(page).nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/namespaces\/\?highlight=namespace/);
    await expect(page.locator('article mark.pagefind-highlight').first()).toHaveText(/namespace/i);
  });

  test('the highlighter loads only when a search led to the page', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/cgroups/');
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => /highlight/.test(path))).toEqual([]);
    await page.goto('/cgroups/?highlight=memory.high');
    await expect(page.locator('article mark.pagefind-highlight').first()).toBeVisible();
    // Nothing outside the prose is marked.
    await expect(page.locator('.sources mark, nav mark, header mark')).toHaveCount(0);
  });

  test('does not steal "/" while the reader types in a field', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    const input = page.getByRole('dialog').getByRole('searchbox');
    await expect(input).toBeFocused();
    await page.keyboard.type('a/b');
    await expect(input).toHaveValue('a/b');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the dialog wears the site's ${colorScheme} theme and font, and is axe-clean`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/');
      await search(page, 'namespace');
      const dialog = page.getByRole('dialog');
      const look = await dialog.evaluate((el) => {
        const body = getComputedStyle(document.body);
        const own = getComputedStyle(el);
        return {
          bg: own.backgroundColor,
          pageBg: body.backgroundColor,
          font: own.fontFamily,
          pageFont: body.fontFamily,
        };
      });
      expect(look.bg).toBe(look.pageBg);
      expect(look.font).toBe(look.pageFont);
      if (colorScheme === 'dark') expect(look.bg).not.toBe('rgb(255, 255, 255)');
      expect(await axeViolations(page, 'dialog')).toEqual([]);
    });
  }
});
