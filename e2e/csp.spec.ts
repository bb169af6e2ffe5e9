import { expect, test, type Page } from '@playwright/test';
import { sitePages } from './site-pages.ts';

/** Collects CSP violations from the first moment of the page, and CSP errors in the console. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return violations;
}

test.describe('content security policy', () => {
  test('every page carries a policy that forbids inline and eval for scripts', async ({ page }) => {
    for (const path of sitePages()) {
      await page.goto(path);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(policy, path).toMatch(/script-src 'self'/);
      const scriptSrc = /script-src([^;]*)/.exec(policy ?? '')?.[1] ?? '';
      expect(scriptSrc, path).not.toContain("'unsafe-inline'");
      expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    }
  });

  test('pages run their scripts and search works with the policy enforced, with no violation', async ({ page }) => {
    const violations = await watchViolations(page);
    for (const path of sitePages()) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    // Scripts that a violation would have blocked: theme, search.
    await page.goto('/');
    await expect(page.locator('html')).toHaveClass(/\bjs\b/);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('namespace');
    await expect(dialog.locator('[data-search-results] a').first()).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('a violation would be seen: an injected inline script is blocked and reported', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true';
      document.body.append(script);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
  });
});
