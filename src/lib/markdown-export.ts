import { mdxToMdast } from 'satteri';
import { withBase } from './navigation.ts';
import type { Source } from './schema.ts';

/**
 * A content page as plain Markdown, for readers who paste it into another tool and for
 * `/llms.txt`. The MDX is parsed with the parser Astro renders it with, and only the MDX parts
 * are rewritten: every other character is the author's own, so prose, tables and code blocks
 * come out exactly as written.
 */

export interface ExportPage {
  id: string;
  title: string;
  description: string;
  sources: readonly Source[];
  /** The MDX source, with or without its frontmatter. */
  body: string;
}

export interface ExportSite {
  /** Absolute origin, e.g. https://isolation-atlas.github.io */
  url: string;
  /** Deployment base path, e.g. / or /atlas/ */
  base: string;
  /** Entries <GlossaryList /> expands to; without them it becomes a link to the glossary page. */
  glossary?: readonly { id: string; term: string; definition: string }[];
  /**
   * Components that run in the browser (their wrapper uses a client: directive). Any other
   * component, such as a static table, is only "on the web page". Without the set, every
   * unknown component counts as interactive.
   */
  islands?: ReadonlySet<string>;
}

/** The subset of an mdast/MDX node this module reads. */
interface Node {
  type: string;
  position?: { start: { offset?: number | undefined }; end: { offset?: number | undefined } } | undefined;
  children?: Node[];
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  value?: string;
  url?: string;
}

/** Same defaults as components/authoring/Aside.astro shows. */
const asideTitles: Record<string, string> = { note: 'Note', tip: 'Tip', caution: 'Caution', danger: 'Danger' };

/** `/namespaces/` → `/namespaces.md`: where the Markdown twin of an HTML page lives. */
export function markdownPathFor(pathname: string): string {
  const trimmed = pathname.replace(/\/+$/, '');
  return `${trimmed || '/index'}.md`;
}

/** The address of a page's Markdown export. */
export function markdownUrl(id: string, site: ExportSite): string {
  return new URL(withBase(`${id}.md`, site.base), site.url).href;
}

/** The address of a page's HTML version. */
export function pageUrl(id: string, site: ExportSite): string {
  return new URL(withBase(`${id}/`, site.base), site.url).href;
}

/**
 * Root-relative links become absolute, because a pasted page has no origin of its own.
 * Authors link to pages as `/namespaces/`; the deployment base is added unless already there.
 */
export function absoluteUrl(url: string, site: ExportSite): string {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const base = site.base.endsWith('/') ? site.base : `${site.base}/`;
  const path = base !== '/' && url.startsWith(base) ? url : withBase(url, base);
  return new URL(path, site.url).href;
}

/** Escapes the characters that would turn plain text (a title, a caption) into markup. */
export function escapeText(text: string): string {
  return text.replace(/[\\`*_[\]<]/g, '\\$&');
}

/** "StackExplorer" → "Stack explorer"; acronyms such as "OCI" keep their capitals. */
export function componentLabel(name: string): string {
  return name
    .split(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/)
    .map((word, index) => (index > 0 && /^[A-Z][a-z]+$/.test(word) ? word.toLowerCase() : word))
    .join(' ');
}

export function toMarkdown(page: ExportPage, site: ExportSite): string {
  const tree = mdxToMdast(page.body) as unknown as Node;
  const context: Context = { source: page.body, page, site };
  const body = renderRange(context, 0, page.body.length, tree.children ?? []).trim();
  return [`# ${page.title}`, page.description, body, sourcesSection(page.sources)]
    .filter((part) => part !== '')
    .join('\n\n')
    .concat('\n');
}

function sourcesSection(sources: readonly Source[]): string {
  // As components/chrome/SourceList.astro prints them: title, publisher, (date).
  const items = sources.map(
    (source, index) =>
      `${index + 1}. [${escapeText(source.title)}](${source.url})` +
      (source.publisher ? `, ${escapeText(source.publisher)}` : '') +
      (source.date ? ` (${source.date})` : ''),
  );
  return ['## Sources', items.join('\n')].join('\n\n');
}

interface Context {
  source: string;
  page: ExportPage;
  site: ExportSite;
}

const start = (node: Node) => node.position?.start.offset ?? 0;
const end = (node: Node) => node.position?.end.offset ?? 0;

/**
 * What a node becomes: `fresh` Markdown written here (placed at the node's indentation), or
 * `verbatim` source that already carries its indentation. Undefined leaves the node as written
 * and looks inside it.
 */
type Rewrite = { fresh: string } | { verbatim: string } | undefined;

/**
 * The source between `from` and `to` with each node in `nodes` (siblings, in order) rewritten.
 * Nodes that need no rewriting are descended into, so a <Cite> deep in a table cell is found.
 */
function renderRange(context: Context, from: number, to: number, nodes: readonly Node[]): string {
  let out = '';
  let cursor = from;
  for (const node of nodes) {
    if (!node.position || start(node) < cursor) continue;
    const result = rewrite(context, node);
    out += context.source.slice(cursor, start(node));
    cursor = end(node);
    if (result === undefined) {
      out += renderRange(context, start(node), end(node), node.children ?? []);
    } else if ('verbatim' in result) {
      out += result.verbatim;
    } else if (result.fresh === '' && isFlow(node)) {
      // A removed block (an import, a comment) takes its line and the blank lines after it along.
      out = out.replace(/(^|\n)[ \t>]*$/, '$1');
      cursor += /^[ \t]*(?:\r?\n[ \t]*)*(?:\r?\n|$)/.exec(context.source.slice(cursor, to))?.[0].length ?? 0;
    } else {
      out += indentLike(linePrefix(context.source, start(node)), result.fresh);
    }
  }
  return out + context.source.slice(cursor, to);
}

function isFlow(node: Node): boolean {
  return ['mdxjsEsm', 'mdxFlowExpression', 'mdxJsxFlowElement', 'yaml', 'toml'].includes(node.type);
}

/**
 * What stands before a node on its line when that is only indentation or blockquote markers
 * (a list item's spaces, a quote's `>`); empty otherwise.
 */
function linePrefix(source: string, offset: number): string {
  const prefix = source.slice(source.lastIndexOf('\n', offset - 1) + 1, offset);
  return /^[ \t>]*$/.test(prefix) ? prefix : '';
}

/** Continuation lines of a multi-line replacement get the prefix its first line has. */
function indentLike(prefix: string, text: string): string {
  if (prefix === '') return text;
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? line : `${prefix}${line}`.trimEnd()))
    .join('\n');
}

/** The children of an element, rewritten, without the indentation the element had. */
function inner(context: Context, node: Node): string {
  const children = node.children ?? [];
  const first = children[0];
  const last = children.at(-1);
  if (!first || !last) return '';
  const prefix = linePrefix(context.source, start(node));
  const lines = renderRange(context, start(first), end(last), children)
    .split('\n')
    .map((line, i) => (i > 0 && prefix && line.startsWith(prefix) ? line.slice(prefix.length) : line));
  const indent = Math.min(
    ...lines
      .slice(1)
      .filter((line) => line.trim() !== '')
      .map((line) => /^[ \t]*/.exec(line)?.[0].length ?? 0),
  );
  return lines
    .map((line, i) => (i > 0 && Number.isFinite(indent) ? line.slice(indent) : line))
    .join('\n')
    .trim();
}

function attribute(node: Node, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!found) return undefined;
  if (typeof found.value === 'string') return found.value;
  // caption={"…"}: a string literal in braces still reads as text.
  const expression = (found.value as { value?: unknown } | null)?.value;
  return typeof expression === 'string' ? stringLiteral(expression) : undefined;
}

/** The text of a JavaScript string literal such as `'{'`, or undefined for any other code. */
function stringLiteral(code: string): string | undefined {
  const match = /^\s*(['"`])([\s\S]*)\1\s*$/.exec(code);
  if (!match?.[2] || (match[1] === '`' && match[2].includes('${'))) return undefined;
  return match[2].replace(/\\(.)/g, '$1');
}

/** A diagram's source as written in the page, without the indentation it had inside the component. */
function dedentDiagram(code: string): string {
  const lines = code.replace(/\s+$/, '').split('\n');
  const rest = lines.slice(1).filter((l) => l.trim() !== '');
  const indent = Math.min(...rest.map((l) => /^ */.exec(l)?.[0].length ?? 0));
  const body = lines.slice(1).map((l) => (l.trim() ? `  ${l.slice(Number.isFinite(indent) ? indent : 0)}` : ''));
  return [lines[0]?.trim() ?? '', ...body].join('\n').trim();
}

function blockquote(title: string, body: string, footer?: string): string {
  const lines = [`**${escapeText(title)}**`, '', ...(body ? body.split('\n') : []), ...(footer ? ['', footer] : [])];
  return lines.map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
}

function rewrite(context: Context, node: Node): Rewrite {
  switch (node.type) {
    case 'yaml':
    case 'toml':
    case 'mdxjsEsm':
      return { fresh: '' };
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      // Comments vanish; a string literal such as {'{'} is the text it spells; other code has no Markdown form.
      return { fresh: stringLiteral(node.value ?? '') ?? '' };
    case 'link':
    case 'image':
    case 'definition':
      return node.url?.startsWith('/') ? { verbatim: relink(context, node) } : undefined;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return element(context, node);
    default:
      return undefined;
  }
}

/** Swaps a root-relative URL for an absolute one inside a link, image or definition. */
function relink(context: Context, node: Node): string {
  const url = node.url ?? '';
  const children = node.children ?? [];
  const last = children.at(-1);
  const head = last ? renderRange(context, start(node), end(last), children) : '';
  const tail = context.source.slice(last ? end(last) : start(node), end(node));
  const at = tail.indexOf(url, Math.max(0, tail.indexOf(']('), tail.indexOf(']:')));
  if (at === -1) return head + tail;
  return head + tail.slice(0, at) + absoluteUrl(url, context.site) + tail.slice(at + url.length);
}

function element(context: Context, node: Node): Rewrite {
  const { page, site } = context;
  const name = node.name ?? '';
  const children = node.children ?? [];
  switch (name) {
    case 'Cite': {
      const ids = (attribute(node, 'id') ?? '').trim().split(/\s+/);
      // An unknown id gets [?]: the HTML page stops the build over it with the message an author
      // needs (components/authoring/Cite.astro), and this export must not pre-empt that message.
      const numbers = ids.map((id) => page.sources.findIndex((source) => source.id === id) + 1 || '?');
      return { fresh: numbers.map((n) => `[${n}]`).join('') };
    }
    case 'Term': {
      const [first, last] = [children[0], children.at(-1)];
      return { verbatim: first && last ? renderRange(context, start(first), end(last), children) : '' };
    }
    case 'Aside': {
      const type = attribute(node, 'type') ?? 'note';
      return { fresh: blockquote(attribute(node, 'title') ?? asideTitles[type] ?? 'Note', inner(context, node)) };
    }
    case 'TryIt': {
      const env = attribute(node, 'env');
      const footer = env && `*Output recorded on ${escapeText(env)}.*`;
      return { fresh: blockquote(attribute(node, 'title') ?? 'Try it', inner(context, node), footer) };
    }
    case 'Figure': {
      const src = attribute(node, 'src');
      const caption = attribute(node, 'caption');
      const content = src
        ? `![${escapeText(attribute(node, 'alt') ?? '')}](${absoluteUrl(src, site)})`
        : inner(context, node);
      return { fresh: [content, caption && `*Figure: ${escapeText(caption)}*`].filter(Boolean).join('\n\n') };
    }
    case 'Diagram': {
      // The Mermaid source is the diagram's Markdown form: GitHub and most Markdown readers draw it.
      const code = dedentDiagram(attribute(node, 'code') ?? '');
      const alt = attribute(node, 'alt');
      const caption = attribute(node, 'caption');
      return {
        fresh: [
          code && `\`\`\`mermaid\n${code}\n\`\`\``,
          alt && escapeText(alt),
          caption && `*Figure: ${escapeText(caption)}*`,
        ]
          .filter(Boolean)
          .join('\n\n'),
      };
    }
    case 'StackFigure': {
      const caption = attribute(node, 'caption') ?? '';
      const stacks = (attribute(node, 'stacks') ?? '').replace(/\s+/g, '');
      const url = absoluteUrl(`/tools/stack-explorer/?stacks=${stacks}`, site);
      return { fresh: `*Figure: ${escapeText(caption)} [Open it in the stack explorer](${url}).*` };
    }
    case 'GlossaryList':
      return {
        fresh: site.glossary
          ? [...site.glossary]
              .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))
              .map((entry) => `- **${escapeText(entry.term)}**: ${escapeText(entry.definition)}`)
              .join('\n')
          : `[The glossary](${absoluteUrl('/glossary/', site)})`,
      };
    default:
      break;
  }
  if (/^[A-Z]/.test(name) || name.includes('.')) {
    // A component has no Markdown form: point at the page that shows it, or runs it.
    const label = escapeText(componentLabel(name));
    const url = pageUrl(page.id, site);
    const link =
      !site.islands || site.islands.has(name)
        ? `*Interactive: ${label}. [Use it on the web page](${url}).*`
        : `*${label}: [see it on the web page](${url}).*`;
    const content = inner(context, node);
    return { fresh: content ? `${link}\n\n${content}` : link };
  }
  // HTML written in the page (<table>, <kbd>, <svg>) stays HTML, with root-relative links made absolute.
  const text = renderRange(context, start(node), end(node), children);
  const openTag = (children[0] ? start(children[0]) : end(node)) - start(node);
  const absolute = text
    .slice(0, openTag)
    .replace(
      /(\s(?:href|src)=)(["'])(\/(?!\/)[^"']*)\2/g,
      (_, attr: string, quote: string, url: string) => `${attr}${quote}${absoluteUrl(url, site)}${quote}`,
    );
  return { verbatim: absolute + text.slice(openTag) };
}
