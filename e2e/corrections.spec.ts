import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { axeViolations } from './axe.ts';

const entries = parse(readFileSync('content/corrections.yaml', 'utf8')) as {
  id: string;
  before: string;
  after: string;
}[];

test('/corrections/ lists every entry of content/corrections.yaml with what changed', async ({ page }) => {
  await page.goto('/corrections/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corrections');
  await expect(page.locator('.correction')).toHaveCount(entries.length);
  for (const entry of entries) {
    const item = page.locator(`#correction-${entry.id}`);
    await expect(item).toContainText(entry.before);
    await expect(item).toContainText(entry.after);
  }
  expect(await axeViolations(page)).toEqual([]);
});

test('every page’s footer links to the corrections log', async ({ page }) => {
  for (const path of ['/', '/sandboxed-containers/', '/tools/density-calculator/']) {
    await page.goto(path);
    await page.locator('.site-footer').getByRole('link', { name: 'Corrections' }).click();
    await expect(page).toHaveURL(/\/corrections\/$/);
  }
});

test('a figure renders its value from content/figures.yaml and links to its source', async ({ page }) => {
  await page.goto('/performance-and-density/');
  const facts = page.locator('[data-fact="kata-qemu-overhead-memory"]');
  // In the overhead table the cell cites once (bare); in the worked example the figure cites itself.
  await expect(facts.first()).toHaveText('320\u00a0Mi');
  const cited = facts.filter({ has: page.getByRole('link') }).first();
  await expect(cited).toContainText('320\u00a0Mi');
  await expect(cited.getByRole('link')).toHaveAttribute('href', '#source-kata-rc');
});
