/**
 * The words a page is found by without showing them: its frontmatter `keywords` (nicknames,
 * aliases, misspellings readers type) and the names of the glossary terms it teaches.
 */
export interface TaughtTerm {
  term: string;
  aliases: readonly string[];
  /** `page-id#fragment` or `page-id`: where the term is taught. */
  taught: string;
}

export interface SearchKeywords {
  /** The page's own `keywords`: chosen for this page, so they weigh more. */
  chosen: string[];
  /** Glossary terms taught here and their aliases: other pages use them too, so they weigh less. */
  glossary: string[];
}

export function searchKeywords(
  pageId: string,
  keywords: readonly string[] | undefined,
  glossary: readonly TaughtTerm[],
): SearchKeywords {
  const seen = new Set<string>();
  const fresh = (word: string) => {
    const key = word.trim().toLowerCase();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const taughtHere = glossary.filter((entry) => entry.taught.split('#')[0] === pageId);
  return {
    chosen: (keywords ?? []).filter(fresh),
    glossary: taughtHere.flatMap((entry) => [entry.term, ...entry.aliases]).filter(fresh),
  };
}
