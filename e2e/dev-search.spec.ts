import { rmSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { devServer } from '../playwright.config.ts';

test('search works in the dev server, from the last built index', async ({ page }) => {
  test.setTimeout(60_000);
  const entry = await page.request.get(`${devServer}/pagefind/pagefind-entry.json`);
  expect(entry.status()).toBe(200);
  const missing = await page.request.get(`${devServer}/pagefind/%2e%2e%2fpackage.json`);
  expect(missing.status()).not.toBe(200);

  await page.goto(`${devServer}/namespaces/`);
  const dialog = page.getByRole('dialog');
  // The dev server compiles scripts on first request and may reload the page once while it
  // optimises dependencies: keep asking until search is there.
  await expect(async () => {
    await page.keyboard.press('/');
    await expect(dialog.getByRole('searchbox')).toBeFocused({ timeout: 3_000 });
  }).toPass({ timeout: 45_000 });
  await page.keyboard.type('unshare');
  await expect(dialog.locator('[data-search-results] a').first()).toBeVisible();
});

test('search in the dev server finds what was just written', async ({ page }) => {
  test.setTimeout(150_000);
  // A page that exists only for this test, with a word no other page uses.
  const file = 'content/dev-search-probe.mdx';
  // The dev server builds its own index once it starts: a page written before that index exists
  // would wait behind the whole first run, so the probe is written once it is in place.
  await expect(async () => {
    const entry = await page.request.get(`${devServer}/pagefind/pagefind-entry.json`);
    expect(entry.headers()['x-search-index']).toBe('dev');
  }).toPass({ timeout: 60_000 });
  writeFileSync(
    file,
    `---\ntitle: Dev search probe\ndescription: A page written while the dev server runs, to prove search sees it.\nsidebar:\n  section: reference\n  order: 99\nsources:\n  - id: namespaces-7\n    title: namespaces(7)\n    url: https://man7.org/linux/man-pages/man7/namespaces.7.html\n    checked: 2026-11-28\n---\n\nThe word quokkabyte appears on no other page.\n`,
  );
  try {
    await page.goto(`${devServer}/namespaces/`);
    const dialog = page.getByRole('dialog');
    await expect(async () => {
      await page.goto(`${devServer}/namespaces/`);
      await page.keyboard.press('/');
      await expect(dialog.getByRole('searchbox')).toBeFocused({ timeout: 3_000 });
      await page.keyboard.type('quokkabyte');
      await expect(dialog.locator('[data-search-results] a', { hasText: 'Dev search probe' })).toBeVisible({
        timeout: 3_000,
      });
    }).toPass({ timeout: 75_000 });
  } finally {
    rmSync(file, { force: true });
  }
});

test("the dev error overlay opens a <Term> mistake in the page's MDX file, at its line", async ({ page }) => {
  test.setTimeout(90_000);
  const file = 'content/dev-overlay-probe.mdx';
  writeFileSync(
    file,
    `---\ntitle: Dev overlay probe\ndescription: A page with a term the glossary lacks, to see where the dev overlay points.\nsidebar:\n  section: reference\n  order: 98\nsources:\n  - id: namespaces-7\n    title: namespaces(7)\n    url: https://man7.org/linux/man-pages/man7/namespaces.7.html\n    checked: 2026-11-28\n---\n\nText.\n\nA <Term>flux capacitor</Term>.\n`,
  );
  try {
    await expect(async () => {
      await page.goto(`${devServer}/dev-overlay-probe/`);
      await expect(
        page
          .locator('vite-error-overlay, astro-dev-overlay, body')
          .getByText(/dev-overlay-probe\.mdx:16:1/)
          .first(),
      ).toBeVisible({
        timeout: 5_000,
      });
    }).toPass({ timeout: 75_000 });
  } finally {
    rmSync(file, { force: true });
  }
});
