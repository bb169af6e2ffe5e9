import { expect, test } from '@playwright/test';

test('the glossary index jumps by letter and links each term to its letter page', async ({ page }) => {
  await page.goto('/glossary/');
  const bar = page.getByRole('navigation', { name: 'Glossary by letter' });
  await expect(bar).toBeVisible();
  // A letter with no term is shown, not linked.
  await expect(bar.getByRole('link', { name: 'Q', exact: true })).toHaveCount(0);
  await expect(bar.getByText('Q', { exact: true })).toHaveAttribute('aria-disabled', 'true');
  await bar.getByRole('link', { name: 'N', exact: true }).click();
  await expect(page).toHaveURL(/#letter-n$/);
  await expect(page.getByRole('heading', { name: 'N', exact: true })).toBeInViewport();
  await page.getByRole('link', { name: 'Namespace', exact: true }).click();
  await expect(page).toHaveURL(/\/glossary\/n\/#term-namespace$/);
  await expect(page.locator('#term-namespace')).toBeInViewport();
  await expect(
    page.getByRole('navigation', { name: 'Glossary by letter' }).getByRole('link', { name: 'N', exact: true }),
  ).toHaveAttribute('aria-current', 'page');
});

test('a <Term> on a page links to its definition on the letter page', async ({ page }) => {
  await page.goto('/namespaces/');
  const term = page.locator('.term > a').first();
  const href = await term.getAttribute('href');
  expect(href).toMatch(/^\/glossary\/[a-z0-9-]+\/#term-[a-z0-9-]+$/);
  await page.goto(href ?? '/');
  await expect(page.locator(href?.split('#')[1] ? `#${href.split('#')[1]}` : 'dt')).toBeVisible();
});
