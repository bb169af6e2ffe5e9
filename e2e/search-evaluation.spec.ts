import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { fallbackQuery, queryWords } from '../src/lib/search/fallback.ts';

interface Case {
  q: string;
  page: string;
  also?: string[];
}

const cases = parse(readFileSync(new URL('./search-queries.yaml', import.meta.url), 'utf8')) as Case[];

/** For each query, the pages of its first three results, and how many pages each word is on. */
async function searchAll(page: Page, queries: string[]) {
  return page.evaluate(async (list) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const out: { top: string[]; counts: number[] }[] = [];
    for (const query of list) {
      const search = await pagefind.search(query);
      const data = await Promise.all(
        search.results.slice(0, 3).map((r: { data: () => Promise<{ url: string }> }) => r.data()),
      );
      const words = query.trim().split(/\s+/);
      const counts =
        search.results.length > 0
          ? []
          : await Promise.all(words.map(async (w: string) => (await pagefind.search(w)).results.length));
      out.push({ top: data.map((d: { url: string }) => d.url.replace(/[?#].*$/, '')), counts });
    }
    return out;
  }, queries);
}

test('reader queries are answered in the top three, and none comes back empty', async ({ page }) => {
  expect(cases.length).toBeGreaterThanOrEqual(120);
  await page.goto('/');
  const first = await searchAll(
    page,
    cases.map((c) => c.q),
  );
  // The dialog's fallback: a query that finds nothing runs again without the words no page has.
  const answers = first.map(({ top, counts }, index) => {
    const query = cases[index]?.q ?? '';
    return top.length > 0 ? { query, top } : { query: fallbackQuery(queryWords(query), counts).query, top };
  });
  const retried = answers.map((a, index) => (a.top.length === 0 && a.query ? index : -1)).filter((i) => i >= 0);
  const second = await searchAll(
    page,
    retried.map((i) => answers[i]?.query ?? ''),
  );
  retried.forEach((caseIndex, n) => {
    const entry = answers[caseIndex];
    if (entry) entry.top = second[n]?.top ?? [];
  });

  const empty = cases.filter((_, i) => (answers[i]?.top.length ?? 0) === 0).map((c) => c.q);
  const misses = cases
    .map((c, i) => ({ c, top: answers[i]?.top ?? [] }))
    .filter(({ c, top }) => !top.some((url) => url === c.page || c.also?.includes(url)))
    .map(({ c, top }) => `"${c.q}" → ${top.join(', ') || 'nothing'} (want ${c.page})`);
  const score = (cases.length - misses.length) / cases.length;
  console.log(`search evaluation: ${cases.length - misses.length}/${cases.length} in the top three`);
  if (misses.length > 0) console.log(misses.join('\n'));
  expect(empty, 'queries with no result at all').toEqual([]);
  expect(score, misses.join('\n')).toBeGreaterThanOrEqual(0.97);
});
