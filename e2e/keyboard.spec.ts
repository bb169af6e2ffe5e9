import { expect, test } from '@playwright/test';

interface Stop {
  region: string;
  label: string;
  outline: string;
}

test('Tab walks skip link → header → search → content → sidebar → footer, always visibly, never trapped', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto('/namespaces/');
  // Inputs and summaries too: "Check yourself" has radios, checkboxes and disclosures (a radio
  // group is one stop, so this overcounts a little, which only lengthens the walk).
  const focusable = await page
    .locator('a[href]:visible, button:visible, input:visible, select:visible, summary:visible, [tabindex="0"]:visible')
    .count();

  const stops: Stop[] = [];
  for (let i = 0; i < focusable + 5; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const region = el.closest('.skip-link')
        ? 'skip'
        : el.closest('.site-header')
          ? el.matches('[data-search-open]')
            ? 'search'
            : 'header'
          : el.closest('#sidebar')
            ? 'sidebar'
            : el.closest('main')
              ? 'content'
              : el.closest('.toc')
                ? 'toc'
                : el.closest('.site-footer')
                  ? 'footer'
                  : 'other';
      return {
        region,
        label: (el.textContent ?? '').trim().slice(0, 40),
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
      };
    });
    if (!stop) break; // focus left the document: the page did not trap it
    stops.push(stop);
  }

  // Every stop shows a focus ring at least 2 px wide.
  for (const stop of stops) {
    expect(stop.outline, `${stop.region}: ${stop.label}`).toMatch(/^(solid|auto|dashed|dotted|double) ([2-9]|\d{2,})/);
  }
  // Regions in reading order, each visited.
  const order = stops.map((s) => s.region).filter((r, i, all) => r !== all[i - 1]);
  // The text comes before the site's navigation in the document (it is beside it on screen).
  expect(order.slice(0, 5)).toEqual(['skip', 'header', 'search', 'header', 'content']);
  expect(order).toContain('sidebar');
  expect(order.indexOf('sidebar')).toBeGreaterThan(order.indexOf('content'));
  expect(order.at(-1)).toBe('footer');
  // Not trapped: after the footer, focus leaves the page (or wraps to the start).
  expect(stops.length).toBeLessThanOrEqual(focusable + 1);
});
