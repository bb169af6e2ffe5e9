import { Parser } from 'htmlparser2';

export interface PageLinks {
  /** Every id (and <a name>) on the page: the fragments a link may point at. */
  ids: Set<string>;
  /** Link targets as written: a[href], link[href], img[src], script[src], iframe[src], source[src]. */
  targets: string[];
}

const linkAttribute: Record<string, string> = {
  a: 'href',
  area: 'href',
  link: 'href',
  img: 'src',
  script: 'src',
  iframe: 'src',
  source: 'src',
};

export function extractLinks(html: string): PageLinks {
  const ids = new Set<string>();
  const targets: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes['id']) ids.add(attributes['id']);
        if (name === 'a' && attributes['name']) ids.add(attributes['name']);
        const attribute = linkAttribute[name];
        const value = attribute ? attributes[attribute] : undefined;
        if (value !== undefined) targets.push(value);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { ids, targets };
}

/** The URL path a built file answers: index.html files answer their folder. */
export function pathOfFile(relativeFile: string): string {
  const path = '/' + relativeFile.replaceAll('\\', '/');
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export interface Problem {
  page: string;
  target: string;
  reason: string;
}

/**
 * Checks every link of every page against what the build produced. `pages` maps URL paths of
 * HTML pages to their links; `files` holds the URL paths of every other file in the output.
 */
export function checkLinks(pages: ReadonlyMap<string, PageLinks>, files: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const [page, { targets }] of pages) {
    for (const target of targets) {
      const reason = checkTarget(page, target, pages, files);
      if (reason) problems.push({ page, target, reason });
    }
  }
  return problems;
}

const local = 'http://site.invalid';

function checkTarget(
  page: string,
  target: string,
  pages: ReadonlyMap<string, PageLinks>,
  files: ReadonlySet<string>,
): string | undefined {
  const trimmed = target.trim();
  if (trimmed === '' || trimmed === '#') return 'empty link: point it at a page or a heading';
  if (/^(mailto|tel):/i.test(trimmed)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed)) {
    if (!URL.canParse(trimmed)) return 'malformed URL';
    const url = new URL(trimmed);
    if (url.protocol !== 'https:') return `external links must use https, not ${url.protocol.replace(':', '')}`;
    if (!url.hostname.includes('.')) return 'external link without a real host name';
    return undefined;
  }
  if (trimmed.startsWith('//')) return 'protocol-relative URL: write https:// in full';
  const url = new URL(trimmed, local + page);
  const path = decodeURI(url.pathname);
  const targetPage = pages.get(path);
  if (!targetPage && !files.has(path)) {
    const hint = !path.endsWith('/') && pages.has(`${path}/`) ? ` (did you mean ${path}/?)` : '';
    return `no page or file at ${path}${hint}`;
  }
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && targetPage && !targetPage.ids.has(fragment)) {
    return `${path} has no heading or element with id "${fragment}"`;
  }
  return undefined;
}
