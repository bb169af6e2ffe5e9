import GithubSlugger from 'github-slugger';
import { mdxToMdast } from 'satteri';

/**
 * What the checks need from a page's MDX, each with its line: parsed with satteri, the parser
 * Astro's MDX integration builds with, so a page this accepts is a page the build accepts.
 */

export interface Located {
  line: number;
}
export interface PageScan {
  /** Ids Astro gives the headings (github-slugger, as @astrojs/markdown-satteri does). */
  headings: (Located & { slug: string; text: string })[];
  links: (Located & { url: string })[];
  cites: (Located & { ids: string[] })[];
  /** `key` is the id attribute or, without one, the text: what <Term> looks up. */
  terms: (Located & { key: string; explicit: boolean })[];
  figures: (Located & { caption?: string | undefined; src?: string | undefined; alt?: string | undefined })[];
}

interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  value?: string;
  url?: string;
  depth?: number;
}

function textOf(node: Node): string {
  if (typeof node.value === 'string' && node.type !== 'yaml') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** An attribute's text; `expression` when it is `{…}`, whose value only the build knows. */
function attribute(node: Node, name: string): string | 'expression' | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found) return undefined;
  return typeof found.value === 'string' ? found.value : 'expression';
}

export class MdxSyntaxError extends Error {
  readonly line: number;
  constructor(message: string, line: number) {
    super(message);
    this.line = line;
  }
}

/** Parses the page and collects what it links and cites; throws MdxSyntaxError with its line. */
export function scanPage(source: string): PageScan {
  let tree: Node;
  try {
    tree = mdxToMdast(source) as unknown as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = Number(/^(\d+):\d+/.exec(message)?.[1] ?? 1);
    const reason = message.replace(/^\d+:\d+(-\d+:\d+)?:\s*/, '').replace(/\s*\(\d+:\d+\)\s*\([^)]*\)\s*$/, '');
    throw new MdxSyntaxError(reason, line);
  }
  const scan: PageScan = { headings: [], links: [], cites: [], terms: [], figures: [] };
  const slugger = new GithubSlugger();
  const visit = (node: Node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'heading') {
      const text = textOf(node);
      scan.headings.push({ line, text, slug: slugger.slug(text) });
    } else if (node.type === 'link' && node.url) {
      scan.links.push({ line, url: node.url });
    } else if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
      // Attributes written as {expressions} are left to the components, which see their values.
      const href = attribute(node, 'href');
      if (node.name === 'a' && href && href !== 'expression') scan.links.push({ line, url: href });
      const id = attribute(node, 'id');
      if (node.name === 'Cite' && id !== 'expression') scan.cites.push({ line, ids: (id ?? '').trim().split(/\s+/) });
      if (node.name === 'Term' && id !== 'expression') {
        scan.terms.push({ line, key: id ?? textOf(node), explicit: id !== undefined });
      }
      if (node.name === 'Figure') {
        scan.figures.push({
          line,
          caption: attribute(node, 'caption'),
          src: attribute(node, 'src'),
          alt: attribute(node, 'alt'),
        });
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return scan;
}
