import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';

/**
 * Every <Diagram> and <StackFigure> a page's source holds, as a reader gets it: drawn, captioned,
 * described in text, following the theme toggle, legible or scrollable at 320 px, and black on
 * white on paper. The pages are found in content/, so a diagram added later is checked too. One
 * browser page is shared and each page is loaded once.
 */
interface DiagramPage {
  path: string;
  diagrams: number;
  stacks: number;
}

function diagramPages(dir = 'content'): DiagramPage[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) return diagramPages(file);
    if (!entry.name.endsWith('.mdx')) return [];
    // A fenced example in the contributor guide is not a diagram on the page.
    const text = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '');
    const diagrams = text.match(/^<Diagram\b/gm)?.length ?? 0;
    const stacks = text.match(/^<StackFigure\b/gm)?.length ?? 0;
    if (diagrams + stacks === 0) return [];
    return [{ path: `/${relative('content', file).replace(/\.mdx$/, '')}/`, diagrams, stacks }];
  });
}

const SMALL_TEXT_PX = 14;
const pages = diagramPages();

/** Every computed fill and stroke in a page's Mermaid drawings, element by element, 'none' left out. */
const drawingColours = (page: Page) =>
  page.locator('figure.diagram svg').evaluateAll((svgs) =>
    svgs.flatMap((svg) =>
      [...svg.querySelectorAll('rect, text, line, polyline, polygon, path, circle')].flatMap((el) => {
        const style = getComputedStyle(el);
        // A line has no inside: its default black fill is never painted.
        const fill = el.tagName === 'line' ? 'none' : style.fill;
        return [fill, style.stroke].filter((c) => c !== 'none' && c !== 'rgba(0, 0, 0, 0)');
      }),
    ),
  );
const labelColours = (page: Page) =>
  page
    .locator('figure.diagram svg text')
    .evaluateAll((texts) => [...new Set(texts.map((t) => getComputedStyle(t).fill))]);

test.describe.configure({ mode: 'serial' });

let context: BrowserContext;
let page: Page;
test.beforeAll(async ({ browser }) => {
  // axe needs a page from a context of our own, not browser.newPage().
  const { baseURL } = test.info().project.use;
  context = await browser.newContext({ colorScheme: 'light', ...(baseURL && { baseURL }) });
  page = await context.newPage();
});
test.afterAll(async () => {
  await context.close();
});

test('the content has diagrams to check', () => {
  expect(pages.length).toBeGreaterThanOrEqual(17);
});

for (const { path, diagrams, stacks } of pages) {
  test(`${path}: ${diagrams + stacks} diagrams drawn, captioned, described, themed, legible, printable`, async () => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
    await page.goto(path);

    // Drawn and captioned, with the same information in text.
    const figures = page.locator('figure.diagram');
    await expect(figures).toHaveCount(diagrams);
    for (const figure of await figures.all()) {
      const svg = figure.locator('svg').first();
      await expect(svg).toBeVisible();
      await expect(svg).toHaveAttribute('aria-hidden', 'true');
      expect((await svg.boundingBox())?.height ?? 0).toBeGreaterThan(50);
      expect((await figure.locator('figcaption').innerText()).length).toBeGreaterThan(20);
      const text = figure.locator('details');
      await expect(text.locator('summary')).toHaveText('Describe this diagram');
      expect(await text.locator('li').count()).toBeGreaterThanOrEqual(2);
      expect(await svg.locator('text').count()).toBeGreaterThanOrEqual(2);
    }
    const stackFigures = page.locator('figure.stack-figure');
    await expect(stackFigures).toHaveCount(stacks);
    for (const figure of await stackFigures.all()) {
      const img = figure.locator('svg[role="img"]').first();
      await expect(img).toBeVisible();
      await expect(img).toHaveAccessibleName(/\S/);
      expect((await figure.locator('figcaption').innerText()).length).toBeGreaterThan(20);
      await expect(figure.locator('figcaption > a')).toHaveAttribute(
        'href',
        /\/tools\/stack-explorer\/\?stacks=[\w,-]+$/,
      );
      expect(await figure.locator('.fig-text li').count()).toBeGreaterThanOrEqual(3);
    }

    // Follows the header's theme toggle, not only the system setting.
    if (diagrams > 0) {
      const light = await drawingColours(page);
      await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
      const dark = await drawingColours(page);
      // Every colour drawn changes with the toggle: none is baked in.
      expect(dark.length).toBe(light.length);
      expect(light.length).toBeGreaterThan(10);
      expect(dark.filter((colour, i) => colour === light[i])).toEqual([]);
      expect(await axeViolations(page, 'figure')).toEqual([]);
      // Paper is white whatever the screen's theme: black labels, black, grey or white elsewhere.
      await page.emulateMedia({ media: 'print' });
      const printed = new Set(await drawingColours(page));
      expect(
        [...printed].filter((c) => !['rgb(255, 255, 255)', 'rgb(0, 0, 0)', 'rgb(85, 85, 85)'].includes(c)),
      ).toEqual([]);
      expect(await labelColours(page)).toEqual(['rgb(0, 0, 0)']);
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('combobox', { name: 'Theme' }).selectOption('light');
    }
    if (stacks > 0) {
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const printed = await stackFigures
        .first()
        .locator('svg[role="img"] text')
        .first()
        .evaluate((t) => getComputedStyle(t).fill);
      expect(printed).toBe('rgb(27, 31, 36)');
      await page.emulateMedia({ media: 'screen', colorScheme: 'light' });
    }
    expect(await axeViolations(page, 'figure')).toEqual([]);

    // At 320 px no figure pushes the page sideways; a drawing wider than its column scrolls in a
    // focusable, labelled region, and its labels stay at the small text size or larger.
    await page.setViewportSize({ width: 320, height: 700 });
    for (const figure of await page.locator('figure.diagram, figure.stack-figure').all())
      expect((await figure.evaluate((el) => el.getBoundingClientRect().right)) ?? 0).toBeLessThanOrEqual(320);
    for (const region of await page.locator('figure.diagram .drawing, figure.stack-figure .scroll').all()) {
      const fit = await region.evaluate((el) => {
        const svg = el.querySelector('svg');
        const viewBox = svg?.viewBox.baseVal.width ?? 0;
        const scale = (svg?.getBoundingClientRect().width ?? 0) / viewBox;
        const sizes = [...(svg?.querySelectorAll('text') ?? [])].map((t) => parseFloat(getComputedStyle(t).fontSize));
        return {
          overflows: el.scrollWidth > el.clientWidth + 1,
          right: el.getBoundingClientRect().right,
          smallest: Math.min(...sizes) * scale,
        };
      });
      expect(fit.right).toBeLessThanOrEqual(320);
      expect(fit.smallest).toBeGreaterThanOrEqual(SMALL_TEXT_PX - 0.5);
      if (fit.overflows) {
        await expect(region).toHaveAttribute('tabindex', '0');
        await expect(region).toHaveRole('region');
        await expect(region).toHaveAccessibleName(/\S/);
      }
    }
  });
}
