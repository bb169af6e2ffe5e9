import { existsSync } from 'node:fs';
import { expect, test, type APIRequestContext } from '@playwright/test';

/** Paths of every page in the sitemap; its URLs carry the production origin, so keep only the path. */
async function sitemapPaths(request: APIRequestContext): Promise<string[]> {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  const index = await (await request.get('/sitemap-index.xml')).text();
  const pages = await Promise.all(locs(index).map(async (path) => locs(await (await request.get(path)).text())));
  return pages.flat();
}

test.describe('Markdown exports', () => {
  test('a page is also served as Markdown, with its sources and no MDX left', async ({ request }) => {
    const response = await request.get('/namespaces.md');
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text.startsWith('# ')).toBe(true);
    expect(text).toContain('\n## Sources\n\n1. [');
    expect(text).not.toMatch(/<(Cite|Aside|Term|TryIt|Figure)\b|^import /m);
  });

  test('llms.txt lists every page of the sitemap, each with a working Markdown link', async ({ request }) => {
    const llms = await (await request.get('/llms.txt')).text();
    expect(llms).toMatch(/^# .+\n\n> .+\n/);
    const listed = [...llms.matchAll(/^- \[[^\]]+\]\(([^)]+\.md)\): \S/gm)].map((m) => new URL(m[1] ?? '').pathname);
    const home = new URL((await request.get('/')).url()).pathname;
    // The home page is the index itself; llms.txt is the same index for tools.
    // Pages written in content/ have a Markdown twin; generated ones (the corrections log, the
    // practice page, the glossary's letter pages) have no Markdown source to export.
    const pages = (await sitemapPaths(request)).filter(
      (path) => path !== home && existsSync(`content/${path.replace(/^\/|\/$/g, '')}.mdx`),
    );
    expect(pages.length).toBeGreaterThan(0);
    for (const path of pages) expect(listed, `${path} in llms.txt`).toContain(`${path.replace(/\/$/, '')}.md`);
    for (const path of listed) expect((await request.get(path)).status(), path).toBe(200);
  });
});

test.describe('Copy page as Markdown', () => {
  for (const [where, index] of [
    ['by the title', 0],
    ['at the foot', 1],
  ] as const) {
    test(`${where}: puts the page’s Markdown on the clipboard and says so, apart from the button`, async ({
      page,
      context,
      request,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto('/namespaces/');
      const button = page.getByRole('button', { name: 'Copy page as Markdown' }).nth(index);
      await button.click();
      const status = page.getByRole('status').filter({ hasText: 'Copied.' });
      await expect(status).toBeVisible();
      const gap = await status.evaluate((el) => el.getBoundingClientRect().left);
      const end = await button.evaluate((el) => el.getBoundingClientRect().right);
      expect(gap - end).toBeGreaterThanOrEqual(4);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await (await request.get('/namespaces.md')).text());
    });
  }

  test('is not offered without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/namespaces/');
    await expect(page.getByRole('link', { name: 'Edit this page' })).toBeVisible();
    await expect(page.locator('[data-copy-md]')).toHaveCount(2);
    for (const button of await page.locator('[data-copy-md]').all()) await expect(button).toBeHidden();
    await context.close();
  });
});
