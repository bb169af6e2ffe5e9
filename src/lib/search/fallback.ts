/**
 * Pagefind returns a page only when every word of the query is on it, so one word that no page
 * has ("KSM memory deduplication" before the keywords existed) empties the whole answer. When that
 * happens, search again with only the words some page has, and tell the reader which ones.
 */

/** The words of a query as Pagefind splits them: on white space. */
export function queryWords(query: string): string[] {
  return query.trim().split(/\s+/).filter(Boolean);
}

export interface Fallback {
  /** The narrower query to run instead, or null when no narrower query can help. */
  query: string | null;
  /** What to tell the reader, or null when nothing was dropped. */
  notice: string | null;
}

/**
 * Given the words of a query that found nothing and, for each word, how many pages have it,
 * the query to run instead: the words that match at least one page, in the reader's order; or,
 * when each word is on some page but no page has them all, the word on the most pages. (Not the
 * rarest: Pagefind matches a typo or nonsense word loosely to a page or two, and the word the site
 * talks about most is the likelier subject.)
 */
export function fallbackQuery(words: readonly string[], pagesPerWord: readonly number[]): Fallback {
  const count = (index: number) => pagesPerWord[index] ?? 0;
  const kept = words.filter((_, index) => count(index) > 0);
  if (kept.length === 0 || words.length < 2) return { query: null, notice: null };
  let query = kept.join(' ');
  if (kept.length === words.length) {
    const commonest = words.reduce((best, _, index) => (count(index) > count(best) ? index : best), 0);
    query = words[commonest] ?? query;
  }
  return { query, notice: `No page has all your words; showing results for ${query}` };
}
