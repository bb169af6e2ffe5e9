import { parse, stringify } from 'yaml';
import { pageSchema } from './schema.ts';
import type { SectionId } from './sections.ts';
import { slugify } from './slug.ts';

/**
 * The pure half of `npm run new-page`: the file name and the text of a new page. The script in
 * src/tooling/new-page.ts asks the questions and writes the file.
 */

export interface NewPage {
  title: string;
  description: string;
  section: SectionId;
  order: number;
}

/**
 * The one source a new page starts with. It passes the schema, so the page builds in `npm run
 * dev`; the content lint rejects its example.com address and TODO title, so the page cannot be
 * published until its author cites a real source.
 */
export const placeholderSource = {
  id: 'replace-me',
  title: 'TODO: the title of the primary source this page rests on',
  url: 'https://example.com/replace-me',
  // Never checked: `npm run stale` lists it first until the author cites and reads a real source.
  checked: '1970-01-01',
} as const;

/** "Control groups (cgroups)" → "control-groups-cgroups", the page's file name and address. */
export function pageSlug(title: string): string {
  return slugify(title);
}

/** The order that puts a new page after every page already in its section. */
export function nextOrder(existing: readonly { section: string; order: number }[], section: string): number {
  const orders = existing.filter((page) => page.section === section).map((page) => page.order);
  return orders.length === 0 ? 1 : Math.max(...orders) + 1;
}

/** Section and order of an existing page, from its MDX text; undefined when it has none. */
export function sidebarOf(mdx: string): { section: string; order: number } | undefined {
  const block = /^---\r?\n([\s\S]*?)\r?\n---/.exec(mdx)?.[1];
  if (block === undefined) return undefined;
  try {
    const data: unknown = parse(block);
    const sidebar = (data as { sidebar?: { section?: unknown; order?: unknown } } | null)?.sidebar;
    if (typeof sidebar?.section !== 'string' || typeof sidebar.order !== 'number') return undefined;
    return { section: sidebar.section, order: sidebar.order };
  } catch {
    return undefined;
  }
}

/** The schema's complaints about what the author typed, as "field: message" lines. */
export function problems(page: NewPage): string[] {
  const result = pageSchema.safeParse(frontmatter(page));
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

function frontmatter(page: NewPage) {
  return {
    title: page.title,
    description: page.description,
    sidebar: { section: page.section, order: page.order },
    sources: [{ ...placeholderSource }],
    // Drafts show in `npm run dev` and never reach a build: the page stays private until it is written.
    draft: true,
  };
}

const guide = `{/*
  Made by \`npm run new-page\`. Before you open a pull request:
  1. Replace the placeholder heading and paragraph below with the page, in your own words.
     Explain how the mechanism works; cite what a reader could doubt with <Cite id="…" />.
  2. Replace the \`replace-me\` source with the primary sources you used (man pages, specifications,
     papers, vendor documentation): each needs an id, a title, an https URL (a file in a Git
     repository at a tag or commit, never a branch) and \`checked:\`, the day you read it.
  3. Delete \`draft: true\` from the frontmatter so the page is published.
  CONTRIBUTING.md shows every component (Aside, Cite, TryIt, Figure, Term) with an example.
*/}`;

/** The whole MDX file: valid frontmatter, then a body that says what to write. */
export function newPageSource(page: NewPage): string {
  const yaml = stringify(frontmatter(page), { lineWidth: 0 });
  return `---
${yaml}---

${guide}

## TODO: the first question this page answers

TODO: the answer, in your own words, with a citation for anything a reader could doubt.<Cite id="${placeholderSource.id}" />
`;
}
