import { expect, test, type Browser, type Page } from '@playwright/test';
import { measureLayout, type Violation } from './layout-invariants.ts';
import { sitePages } from './site-pages.ts';

/** Common screens, each with a height a reader of that width has: phone, tablet, laptop, desktop. */
const screens = [
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 820, height: 1180 },
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
];

async function contextPage(browser: Browser, width: number, height: number, colorScheme: 'light' | 'dark') {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme });
  return { context, page: await context.newPage() };
}

const measure = (page: Page): Promise<Violation[]> => page.evaluate(measureLayout);

// One context per width and theme, walking every page in it: a few seconds per combination.
for (const colorScheme of ['light', 'dark'] as const) {
  for (const { width, height } of screens) {
    test(`layout at ${width}×${height}, ${colorScheme}: nothing overlaps or overflows, title on the first screen, no tiny text`, async ({
      browser,
    }) => {
      test.setTimeout(180_000);
      const { context, page } = await contextPage(browser, width, height, colorScheme);
      const found: string[] = [];
      for (const path of sitePages()) {
        await page.goto(path, { waitUntil: 'load' });
        for (const v of await measure(page)) found.push(`${path} ${v.rule}: ${v.what}`);
      }
      await context.close();
      expect(found).toEqual([]);
    });
  }
}

// Each invariant catches the defect it names: the same measurement on a page broken on purpose.
test.describe('the layout invariants fail on broken pages', () => {
  const broken: { rule: Violation['rule']; width: number; height: number; css: string }[] = [
    // A fixed-width table outside any scrolling region: wider than the column, under the rail.
    {
      rule: 'overflow',
      width: 1440,
      height: 900,
      css: '.table-wrap { overflow: visible !important } table { width: 1200px !important }',
    },
    {
      rule: 'overlap',
      width: 1440,
      height: 900,
      css: '.table-wrap { overflow: visible !important } table { width: 1200px !important }',
    },
    // A region that scrolls but that no key can reach.
    {
      rule: 'overflow',
      width: 390,
      height: 844,
      css: 'article p:first-of-type { overflow-x: auto; white-space: nowrap }',
    },
    // The title pushed below the first screen, as the table of contents once did at 1024 px.
    { rule: 'title', width: 1024, height: 768, css: 'h1 { margin-block-start: 800px !important }' },
    { rule: 'tiny-text', width: 390, height: 844, css: 'article p { font-size: 10px !important }' },
  ];
  for (const { rule, width, height, css } of broken) {
    test(`${rule} at ${width} px with ${css}`, async ({ browser }) => {
      const { context, page } = await contextPage(browser, width, height, 'light');
      await page.goto('/namespaces/');
      expect((await measure(page)).map((v) => v.rule)).not.toContain(rule);
      await page.addStyleTag({ content: css });
      expect((await measure(page)).map((v) => v.rule)).toContain(rule);
      await context.close();
    });
  }
});
