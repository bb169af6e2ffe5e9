import { expect, test } from '@playwright/test';

test.describe('what every page carries for browsers, search engines and printers', () => {
  test('canonical URL, description, OpenGraph and Twitter metadata', async ({ page }) => {
    await page.goto('/namespaces/');
    const title = await page.locator('h1').innerText();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https:\/\/[^/]+\/namespaces\/$/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{30,}/);
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', /\/namespaces\/$/);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect((await page.request.get(icon ?? '')).status()).toBe(200);
  });

  test('robots.txt points at the sitemap, which lists the pages', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    const sitemapUrl = /Sitemap: (\S+)/.exec(robots)?.[1];
    expect(sitemapUrl).toMatch(/\/sitemap-index\.xml$/);
    const index = await (await request.get(new URL(sitemapUrl ?? '').pathname)).text();
    const first = /<loc>([^<]+)<\/loc>/.exec(index)?.[1];
    const sitemap = await (await request.get(new URL(first ?? '').pathname)).text();
    expect(sitemap).toContain('/namespaces/</loc>');
    expect(sitemap).not.toContain('404');
  });

  test('print drops the navigation and prints where external links go', async ({ page }) => {
    await page.goto('/namespaces/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '#sidebar', '.toc', '.pagination', '.breadcrumbs']) {
      await expect(page.locator(selector).first()).toBeHidden();
    }
    const external = page.locator('main a[href^="https://"]').first();
    const after = await external.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(await external.getAttribute('href'));
  });
});
