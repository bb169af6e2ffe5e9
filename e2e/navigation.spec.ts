import { expect, test } from '@playwright/test';

test.describe('reading and moving between pages', () => {
  test('the home page lists every section and links to its pages', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Isolation Atlas');
    const sidebarFree = page.locator('main section');
    expect(await sidebarFree.count()).toBeGreaterThan(0);
    await page.locator('main a[href="/namespaces/"]').click();
    await expect(page).toHaveURL(/\/namespaces\/$/);
  });

  test('the sidebar marks the current page and moves to another', async ({ page }) => {
    await page.goto('/namespaces/');
    const nav = page.getByRole('navigation', { name: 'Site' });
    const current = nav.locator('a[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('href', '/namespaces/');

    const other = nav.locator('a:not([aria-current])').first();
    const href = await other.getAttribute('href');
    await other.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole('navigation', { name: 'Site' }).locator('a[aria-current="page"]')).toHaveAttribute(
      'href',
      href ?? '',
    );
  });

  test('breadcrumbs lead home through the section', async ({ page }) => {
    await page.goto('/namespaces/');
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem');
    await expect(crumbs).toHaveCount(3);
    await expect(crumbs.nth(0)).toHaveText('Home');
    await expect(crumbs.nth(2)).toHaveText(await page.getByRole('heading', { level: 1 }).innerText());
    await crumbs.nth(1).getByRole('link').click();
    await expect(page).toHaveURL(/\/#containers$/);
  });

  test('the table of contents lists the h2s and h3s and follows the reader', async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 800 });
    await page.goto('/namespaces/');
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const headings = page.locator('article h2[id], article h3[id]');
    await expect(toc.getByRole('link')).toHaveCount(await headings.count());

    const last = toc.getByRole('link', { name: 'Sources' });
    await last.click();
    await expect(page).toHaveURL(/#sources$/);
    await expect(last).toHaveAttribute('aria-current', 'true');
    await expect(toc.locator('a[aria-current="true"]')).toHaveCount(1);

    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(toc.getByRole('link').first()).toHaveAttribute('aria-current', 'true');
  });

  test('previous and next follow the sidebar order', async ({ page }) => {
    await page.goto('/namespaces/');
    const order = await page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const index = order.indexOf('/namespaces/');
    const pager = page.getByRole('navigation', { name: 'Previous and next pages' });
    const next = order[index + 1];
    if (next) {
      await pager.locator('a[rel="next"]').click();
      await expect(page).toHaveURL(new RegExp(`${next}$`));
      await page.getByRole('navigation', { name: 'Previous and next pages' }).locator('a[rel="prev"]').click();
      await expect(page).toHaveURL(/\/namespaces\/$/);
    } else {
      await expect(pager.locator('a[rel="next"]')).toHaveCount(0);
    }
  });

  test('every page ends with its sources, an edit link and the date it was last changed', async ({ page }) => {
    await page.goto('/namespaces/');
    await expect(page.getByRole('heading', { name: 'Sources', level: 2 })).toBeVisible();
    expect(await page.locator('.sources li a[href^="https://"]').count()).toBeGreaterThan(0);
    await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
      'href',
      /\/edit\/main\/content\/namespaces\.mdx$/,
    );
    await expect(page.locator('.page-meta time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/);
  });

  test('the skip link moves focus to the content', async ({ page }) => {
    await page.goto('/namespaces/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
});
