/**
 * Minutes to read a page at 200 words a minute, from its MDX source: frontmatter, imports,
 * component tags and console output are not prose, so they are left out of the count.
 */
export const WORDS_PER_MINUTE = 200;

export function proseWords(mdx: string): number {
  const text = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/^(import|export) .*$/gm, ' ')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes, at least one: "0 min read" helps nobody. */
export const readingMinutes = (mdx: string): number => Math.max(1, Math.round(proseWords(mdx) / WORDS_PER_MINUTE));
