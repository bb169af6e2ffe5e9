/**
 * A page's hidden search keywords sit at the end of its text, joined by KEYWORD_SEPARATOR (no
 * prose uses it). Pagefind builds excerpts from all indexed text, so when only a keyword matched,
 * its excerpt is the keyword list. This keeps excerpts to prose and turns a keyword-only match into
 * "Also known as: …" with the matched keywords.
 */
export const KEYWORD_SEPARATOR = '·';

export interface Excerpt {
  /** Excerpt HTML (Pagefind's escaped text with <mark>), prose only. */
  prose: string;
  /** Whether the prose itself contains a match. */
  proseMatches: boolean;
  /** The keywords that matched, as HTML with <mark>. */
  keywords: string[];
}

export function splitExcerpt(html: string): Excerpt {
  const [prose = '', ...rest] = html.split(KEYWORD_SEPARATOR);
  return {
    prose: prose.trim(),
    proseMatches: prose.includes('<mark>'),
    keywords: rest.map((word) => word.trim()).filter((word) => word.includes('<mark>')),
  };
}
