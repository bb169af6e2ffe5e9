import { expect, test, type Page } from '@playwright/test';

/** Issue 12: what a reader sees and does on a content page, at the width where it matters. */

test.describe('code blocks', () => {
  test('copy the commands of a terminal session, without prompts or output', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/namespaces/');
    const block = page.locator('.code').first();
    await expect(block).toHaveAttribute('data-title', 'Terminal');
    await block.getByRole('button', { name: 'Copy commands' }).click();
    await expect(page.locator('[data-announce]')).toHaveText('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      "readlink /proc/self/ns/*\nunshare --uts --net sh -c 'readlink /proc/self/ns/uts /proc/self/ns/net'",
    );
  });

  test('a long line scrolls inside its block, which the keyboard can reach, with a shadow at the edge', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/namespaces/');
    const pre = page.locator('.code pre').first();
    const box = await pre.evaluate((el) => ({
      scrolls: el.scrollWidth > el.clientWidth,
      tabIndex: el.tabIndex,
      background: getComputedStyle(el).backgroundImage,
    }));
    expect(box.scrolls).toBe(true);
    expect(box.tabIndex).toBe(0);
    expect(box.background).toContain('radial-gradient');
  });
});

test.describe('citations', () => {
  test('preview their source on hover and on keyboard focus; Esc hides the preview', async ({ page }) => {
    await page.goto('/namespaces/');
    const marker = page.locator('.cite a').first();
    const tip = page.locator('.cite-tip').first();
    await expect(tip).toBeHidden();
    await marker.hover();
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('namespaces(7)');
    await expect(tip).toContainText('Linux man-pages project');
    await page.mouse.move(0, 0);
    await marker.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(marker).toBeFocused();
    await expect(tip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(marker).toBeFocused();
  });

  test('the source list links back to every marker that cites the source', async ({ page }) => {
    await page.goto('/namespaces/');
    const markers = await page.locator('.cite a[href="#source-namespaces-7"]').count();
    const back = page.locator('#source-namespaces-7 .backrefs a');
    await expect(back.first()).toHaveAccessibleName('Back to citation 1 of source 1');
    await expect(back).toHaveCount(markers);
    await back.nth(1).click();
    await expect(page).toHaveURL(/#cite-namespaces-7-2$/);
    await expect(page.locator('#cite-namespaces-7-2')).toBeInViewport();
  });

  test('a marker never starts a line: it stays on the line of the word before it', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 568 });
    for (const path of ['/namespaces/', '/hypervisors/', '/cgroups/']) {
      await page.goto(path);
      const orphans = await page.evaluate(() =>
        [...document.querySelectorAll('main p .cite, main li .cite')].flatMap((cite) => {
          const link = cite.querySelector('a');
          let before = cite.previousSibling;
          while (before && !(before.textContent ?? '').trim()) before = before.previousSibling;
          if (!link || !before) return [];
          const range = document.createRange();
          const text = before.nodeType === 3 ? before : (before.lastChild ?? before);
          const length = (text.textContent ?? '').length;
          if (length === 0) return [];
          range.setStart(text, length - 1);
          range.setEnd(text, length);
          const word = range.getBoundingClientRect();
          const mark = link.getBoundingClientRect();
          return Math.abs(word.bottom - mark.bottom) > 8
            ? [`${(text.textContent ?? '').slice(-20)}|${link.textContent}`]
            : [];
        }),
      );
      expect(orphans, path).toEqual([]);
    }
  });
});

test.describe('term tooltips', () => {
  test('Esc dismisses the definition while its term keeps focus (WCAG 1.4.13)', async ({ page }) => {
    await page.goto('/namespaces/');
    const term = page.locator('.term > a').first();
    const tip = page.locator('.term-tip').first();
    await term.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(tip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(term).toBeFocused();
    // Focus elsewhere and back: the definition shows again.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(tip).toBeVisible();
  });

  test('on a touch screen the first tap shows the definition, the second follows the link', async ({ browser }) => {
    const context = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/namespaces/');
    const term = page.locator('.term > a').first();
    await term.scrollIntoViewIfNeeded();
    await term.tap();
    await expect(page.locator('.term-tip').first()).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/namespaces/');
    await term.tap();
    await expect(page).toHaveURL(/\/glossary\/([a-z0-9-]+\/)?#term-/);
    await context.close();
  });
});

test.describe('"On this page"', () => {
  test('on a narrow screen: a bar under the header that opens the list; Esc closes it and focus returns', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 820, height: 1180 });
    await page.goto('/namespaces/');
    const bar = page.getByRole('button', { name: 'On this page' });
    const header = await page.locator('.site-header').boundingBox();
    const barBox = await bar.boundingBox();
    expect(barBox && header && Math.abs(barBox.y - (header.y + header.height))).toBeLessThan(2);
    const list = page.getByRole('navigation', { name: 'On this page' });
    await expect(list).toBeHidden();
    await bar.click();
    await expect(list).toBeVisible();
    await expect(bar).toHaveAttribute('aria-expanded', 'true');
    await expect(list.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(bar).toBeFocused();
    // It stays under the header while the page scrolls.
    await page.mouse.wheel(0, 3000);
    await expect(async () => {
      const box = await bar.boundingBox();
      expect(box && header && Math.abs(box.y - (header.y + header.height))).toBeLessThan(2);
    }).toPass();
    // A chosen section closes the list and goes there.
    await bar.click();
    await list.getByRole('link', { name: 'The PID namespace' }).click();
    await expect(list).toBeHidden();
    await expect(page).toHaveURL(/#the-pid-namespace$/);
  });

  test('on a wide screen: a rail beside the text, no bar', async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('/namespaces/');
    await expect(page.getByRole('button', { name: 'On this page' })).toBeHidden();
    const rail = await page.getByRole('navigation', { name: 'On this page' }).boundingBox();
    const main = await page.locator('main').boundingBox();
    expect(rail && main && rail.x).toBeGreaterThanOrEqual((main?.x ?? 0) + (main?.width ?? 0));
  });
});

test.describe('theme', () => {
  test('a labelled choice of Light, Dark or System, remembered and applied before first paint', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/namespaces/');
    const choice = page.getByRole('combobox', { name: 'Theme' });
    await expect(choice).toHaveValue('system');
    expect(await choice.locator('option').allTextContents()).toEqual(['◑ System', '☀ Light', '☾ Dark']);
    await choice.selectOption('dark');
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { themeAtLoad: string | undefined }).themeAtLoad =
          document.documentElement.dataset['theme'];
      });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { themeAtLoad?: string }).themeAtLoad)).toBe('dark');
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');
    // Back to following the device: the stored choice is gone and the system's scheme wins.
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    expect(await page.evaluate(() => localStorage.getItem('theme'))).toBeNull();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 20, 25)');
  });

  test('in the dark theme every component has a background of its own, not the light one', async ({ browser }) => {
    const backgrounds = async (colorScheme: 'light' | 'dark', path: string) => {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(path);
      const found = await page.evaluate(() => {
        const effective = (el: Element | null): string => {
          for (let e = el; e; e = e.parentElement) {
            const bg = getComputedStyle(e).backgroundColor;
            if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg;
          }
          return 'none';
        };
        const pick = (selector: string) => effective(document.querySelector(selector));
        return {
          code: pick('pre'),
          'inline code': pick(':not(pre) > code'),
          aside: pick('.aside'),
          'term tooltip': pick('.term-tip'),
          'citation preview': pick('.cite-tip'),
          table: pick('table td'),
          'code copy button': pick('.code-copy'),
          island: pick('.density, .stack-explorer, astro-island'),
        };
      });
      await context.close();
      return found;
    };
    for (const path of ['/namespaces/', '/tools/density-calculator/']) {
      const light = await backgrounds('light', path);
      const dark = await backgrounds('dark', path);
      for (const [component, colour] of Object.entries(dark)) {
        if (colour === 'none' && light[component as keyof typeof light] === 'none') continue;
        expect(colour, `${path} ${component}`).not.toBe(light[component as keyof typeof light]);
      }
    }
  });
});

async function printedPage(page: Page, colorScheme: 'light' | 'dark', path: string) {
  await page.emulateMedia({ colorScheme });
  await page.goto(path);
  await page.emulateMedia({ media: 'print', colorScheme });
  return page.evaluate(() => {
    const problems: string[] = [];
    const opaque = (bg: string) => bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent';
    for (const el of document.querySelectorAll('main *')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || el.closest('[aria-hidden="true"]')) continue;
      const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim());
      if (hasText && style.color !== 'rgb(0, 0, 0)') problems.push(`${el.tagName} text ${style.color}`);
      if (opaque(style.backgroundColor) && style.backgroundColor !== 'rgb(255, 255, 255)') {
        problems.push(`${el.tagName}.${el.className} background ${style.backgroundColor}`);
      }
    }
    for (const pre of document.querySelectorAll('pre')) {
      if (pre.scrollWidth > pre.clientWidth + 1) problems.push(`code clipped: ${(pre.textContent ?? '').slice(0, 40)}`);
    }
    const body = getComputedStyle(document.body).backgroundColor;
    if (opaque(body) && body !== 'rgb(255, 255, 255)') problems.push(`page background ${body}`);
    return [...new Set(problems)].slice(0, 20);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`print, ${colorScheme} theme: black on white, code wraps instead of being cut off`, async ({ page }) => {
    await page.setViewportSize({ width: 700, height: 1000 });
    for (const path of ['/namespaces/', '/contributing/']) {
      expect(await printedPage(page, colorScheme, path), path).toEqual([]);
    }
  });
}

test.describe('navigation', () => {
  test('sidebar sections fold; the current page is scrolled into view in the sidebar, not the page', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 500 });
    await page.goto('/contributing/');
    const current = page.locator('#sidebar [aria-current="page"]');
    const sidebar = await page.locator('#sidebar').boundingBox();
    const box = await current.boundingBox();
    expect(box && sidebar && box.y + box.height).toBeLessThanOrEqual((sidebar?.y ?? 0) + (sidebar?.height ?? 0));
    expect(await page.evaluate(() => scrollY)).toBe(0);
    const section = page.locator('#sidebar details').first();
    await section.locator('summary').click();
    await expect(section.getByRole('link').first()).toBeHidden();
  });

  test('the reading path ends at the last teaching page; reference pages are outside it', async ({ page }) => {
    await page.goto('/choosing/');
    await expect(page.getByRole('link', { name: /^Next/ })).toHaveCount(0);
    for (const path of ['/glossary/', '/contributing/', '/tools/stack-explorer/']) {
      await page.goto(path);
      await expect(page.getByRole('navigation', { name: 'Previous and next pages' })).toHaveCount(0);
    }
  });

  test('every section heading has a link to itself, which copies its address', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/namespaces/');
    const headings = page.locator('article .heading > h2, article .heading > h3');
    const count = await headings.count();
    expect(count).toBeGreaterThan(5);
    await expect(
      page.locator(
        'article :is(h2, h3):not(.heading > *):not(#sources):not(#what-youll-learn, #key-takeaways, #check-yourself)',
      ),
    ).toHaveCount(0);
    const link = page.locator('.heading-link').nth(2);
    const id = await headings.nth(2).getAttribute('id');
    await expect(link).toHaveAttribute('href', `#${id}`);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-announce]')).toHaveText('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`/namespaces/#${id}$`));
  });

  test('the footer reads "…its source. Contribute" with a space', async ({ page }) => {
    await page.goto('/');
    expect(await page.locator('.site-footer').innerText()).toMatch(/its source\. Contribute/);
  });

  test('misconceptions: each claim links to its entry, with a verdict badge in words', async ({ page }) => {
    await page.goto('/misconceptions/');
    const rows = page.locator('figure table tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(10);
    for (let i = 0; i < count; i++) {
      const href = await rows.nth(i).locator('td').first().getByRole('link').getAttribute('href');
      expect(href).toMatch(/^#/);
      await expect(page.locator(`h3${href ?? ''}`)).toHaveCount(1);
      await expect(rows.nth(i).locator('.verdict')).toHaveText(
        /^. (Wrong|Misleading|Outdated|Unsourced|Imprecise|Contested|Mostly right|Right)$/,
      );
    }
  });
});
