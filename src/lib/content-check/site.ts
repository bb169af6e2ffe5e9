import { glossarySchema, pageSchema, type GlossaryEntry, type PageData } from '../schema.ts';
import { glossaryPath, resolveTerm, suggestTerm } from '../glossary.ts';
import { checkYaml, frontmatterOf } from './frontmatter.ts';
import { MdxSyntaxError, scanPage, type PageScan } from './mdx.ts';
import { nearest } from './nearest.ts';
import { slugify } from '../slug.ts';
import type { Problem } from './problem.ts';

/**
 * Every check that needs the whole site rather than one file: the same page twice, two pages
 * with one title, citations, terms and internal links that point nowhere. It reads the sources
 * (no build needed), so `npm run build` stops before rendering, once per mistake, at its line.
 */

export interface SourceFile {
  /** As the contributor sees it, e.g. content/namespaces.mdx. */
  file: string;
  /** Path below the content folder, e.g. namespaces.mdx or tools/stack-explorer.mdx. */
  relative: string;
  source: string;
}

export interface SiteCheck {
  problems: Problem[];
  /** Files with `draft: true`: not built, and the build says so. */
  drafts: string[];
}

/** `x.mdx` and `x/index.mdx` both become the page `x`, as Astro's glob loader names them. */
export function pageId(relative: string): string {
  return relative
    .replace(/\.mdx$/, '')
    .replace(/(^|\/)index$/, '')
    .toLowerCase();
}

interface Page {
  file: string;
  id: string;
  data: PageData;
  scan: PageScan;
}

/** Ids a page has besides its headings: the layout's Sources list and its entries, the main landmark. */
function layoutIds(data: PageData): string[] {
  return ['main', 'sources', ...data.sources.map((source) => `source-${source.id}`)];
}

export function checkSite(
  pageFiles: readonly SourceFile[],
  glossaryFiles: readonly SourceFile[],
  /**
   * Pages that are not MDX (src/pages/*.astro), by path without slashes: '' is the home page. A
   * path ending in `/*` stands for a dynamic route (src/pages/practice/[topic].astro is
   * `practice/*`): links below it are left to the check of the built site.
   */
  otherPages: readonly string[] = [''],
): SiteCheck {
  const problems: Problem[] = [];
  const drafts: string[] = [];
  const pages: Page[] = [];

  const glossary: (GlossaryEntry & { id: string; file: string; taughtLine: number })[] = [];
  for (const { file, relative, source } of glossaryFiles) {
    const { data, problems: found } = checkYaml({ file, text: source, firstLine: 1 }, glossarySchema);
    problems.push(...found);
    const taughtLine = source.split('\n').findIndex((line) => line.startsWith('taught:')) + 1;
    if (data) glossary.push({ ...data, id: relative.replace(/\.ya?ml$/, ''), file, taughtLine });
  }

  const dynamic = otherPages.filter((path) => path.endsWith('/*')).map((path) => path.slice(0, -1));
  const targets = new Map<string, string[]>(
    otherPages.filter((path) => !path.endsWith('/*')).map((path) => [path, ['main']]),
  );
  const byId = new Map<string, string>();
  for (const { file, relative, source } of pageFiles) {
    const id = pageId(relative);
    const other = byId.get(id);
    if (other) {
      problems.push({
        file,
        line: 1,
        message: `this page and ${other} are both the page /${id}/, and only one would be built: rename or remove one of them`,
      });
      continue;
    }
    byId.set(id, file);
    const frontmatter = frontmatterOf(file, source);
    if (!frontmatter) {
      problems.push({
        file,
        line: 1,
        message: 'no frontmatter: start the file with a `---` block (run `npm run new-page`)',
      });
      targets.set(id, ['main']);
      continue;
    }
    const { data, problems: found } = checkYaml(frontmatter, pageSchema);
    problems.push(...found);
    let scan: PageScan | undefined;
    try {
      scan = scanPage(source);
    } catch (error) {
      if (!(error instanceof MdxSyntaxError)) throw error;
      problems.push({ file, line: error.line, message: `MDX cannot parse this: ${error.message}` });
    }
    if (data?.draft) {
      drafts.push(file);
      continue;
    }
    // A page with a mistake still exists: links to it are not reported as a second problem.
    targets.set(id, [...(scan?.headings.map((h) => h.slug) ?? []), ...(data ? layoutIds(data) : ['main', 'sources'])]);
    if (data && scan) pages.push({ file, id, data, scan });
  }

  const titles = new Map<string, string>();
  for (const page of pages) {
    const key = page.data.title.trim().toLowerCase();
    const other = titles.get(key);
    if (other) {
      problems.push({
        file: page.file,
        line: 2,
        message: `the title "${page.data.title}" is also the title of ${other}: give each page its own title, readers and search tell pages apart by it`,
      });
    } else titles.set(key, page.file);
  }

  for (const entry of glossary) {
    const [path = '', fragment] = glossaryPath(entry).split('#');
    const page = path.replace(/\/$/, '');
    targets.set(page, [...(targets.get(page) ?? ['main']), ...(fragment ? [fragment] : [])]);
  }

  const checkLink = (file: string, line: number, url: string, what: string) => {
    const problem = linkProblem(url, targets, dynamic);
    if (problem) problems.push({ file, line, message: `${what} ${problem}` });
  };

  for (const page of pages) {
    const { file, scan, data } = page;
    const ids = data.sources.map((source) => source.id);
    for (const cite of scan.cites) {
      for (const id of cite.ids) {
        if (ids.includes(id)) continue;
        const near = nearest(id, ids);
        problems.push({
          file,
          line: cite.line,
          message: `<Cite id="${id}" /> names no source of this page: ${near ? `did you mean "${near}"? ` : ''}add a source with \`id: ${id}\` to \`sources:\`, or use one of: ${ids.join(', ')}`,
        });
      }
    }
    for (const term of scan.terms) {
      if (resolveTerm(term.key, glossary)) continue;
      const near = suggestTerm(term.key, glossary);
      problems.push({
        file,
        line: term.line,
        message: `<Term> "${term.key}" is not in the glossary: ${near ? `did you mean ${near}? Write <Term id="${near}">…</Term>, or ` : ''}add content/glossary/${slugify(term.key)}.yaml (term, definition, taught)`,
      });
    }
    for (const figure of scan.figures) {
      if (!figure.caption?.trim()) {
        problems.push({ file, line: figure.line, message: '<Figure> needs caption="…" saying what the figure shows' });
      }
      if (figure.src && !figure.alt?.trim()) {
        problems.push({
          file,
          line: figure.line,
          message: `<Figure src="${figure.src}"> needs alt="…" describing the image`,
        });
      }
    }
    for (const link of scan.links) {
      // `#heading` on the page itself is checked as a link to this page.
      const url = link.url.startsWith('#') ? `/${page.id}/${link.url}` : link.url;
      checkLink(file, link.line, url, `the link to ${link.url}`);
    }
  }
  for (const entry of glossary) {
    const [page = '', fragment] = entry.taught.split('#');
    checkLink(
      entry.file,
      entry.taughtLine,
      `/${page}/${fragment ? `#${fragment}` : ''}`,
      `\`taught: ${entry.taught}\``,
    );
  }
  return { problems, drafts };
}

/** Why an internal link leads nowhere, or undefined when it is fine (or not internal). */
export function linkProblem(
  url: string,
  targets: ReadonlyMap<string, readonly string[]>,
  dynamicPrefixes: readonly string[] = [],
): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  const [beforeFragment = '', fragment] = url.split('#');
  const pathPart = beforeFragment.split('?')[0] ?? '';
  const path = pathPart.replace(/^\/+|\/+$/g, '');
  // Files (/llms.txt, /namespaces.md) are checked after the build; here only pages.
  if (/\.[a-z0-9]+$/i.test(path)) return undefined;
  const ids = targets.get(path);
  if (!ids && dynamicPrefixes.some((prefix) => `${path}/`.startsWith(prefix))) return undefined;
  if (!ids) {
    const near = nearest(path, targets.keys());
    return `leads to no page: ${near ? `did you mean /${near}/?` : 'check the page id (its file name under content/)'}`;
  }
  if (!pathPart.endsWith('/') && path !== '')
    return `needs a trailing slash: /${path}/${fragment ? `#${fragment}` : ''}`;
  if (fragment && !ids.includes(fragment)) {
    const headings = ids.filter((id) => !['main', 'sources'].includes(id) && !id.startsWith('source-'));
    const near = nearest(fragment, headings);
    return `points at #${fragment}, which /${path}/ does not have: ${near ? `did you mean #${near}? ` : ''}its headings are ${headings.map((h) => `#${h}`).join(', ') || 'none'}`;
  }
  return undefined;
}
