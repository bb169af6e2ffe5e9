import { gzipSync } from 'node:zlib';

/**
 * What a reader waits for: the article's first paragraph must be inside the first 8 KB of the
 * page's gzip stream, so it arrives in the first round trips whatever the page holds below it.
 */
export const FIRST_PARAGRAPH_BUDGET = 8_192;
/** The whole page as it loads before interaction: markup, styles and scripts, gzip. */
export const PAGE_BUDGET = 40_960;
/** Script a page without islands may run before the reader does anything. */
export const NO_ISLAND_JS_BUDGET = 2_048;
/**
 * A page with an island: everything it runs before the reader does anything (the page's own
 * scripts, the island's code and its framework) ...
 */
export const ISLAND_START_BUDGET = 15_360;
/** ... and everything it can load on the reader's first use (its dynamic imports, followed). */
export const ISLAND_FIRST_USE_BUDGET = 20_480;

/**
 * Islands known to be over budget, each with the ceiling that holds it where it is and the
 * reason. The report names them on every run; they fail as soon as they grow. Empty this list,
 * do not extend it.
 */
export const OVER_BUDGET: Record<string, { start: number; firstUse: number; why: string }> = {};

export const gzipSize = (text: string | Uint8Array): number => gzipSync(text, { level: 9 }).length;

export interface PageParts {
  /** The document without its inline styles and scripts. */
  html: string;
  css: string;
  inlineJs: string[];
  /** Script files the page itself loads: <script src>. */
  scriptUrls: string[];
  /** Each hydrated island's component and renderer modules. */
  islandUrls: string[];
  /** Hydrated islands (<astro-island>) and islands mounted without a framework ([data-island]). */
  islandCount: number;
}

const inlineScript = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const style = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/** Splits a built page into what the budget counts separately. */
export function splitPage(document: string): PageParts {
  const inlineJs: string[] = [];
  const scriptUrls: string[] = [];
  let css = '';
  const html = document
    .replace(style, (_, body: string) => {
      css += body;
      return '';
    })
    .replace(inlineScript, (whole, attrs: string, body: string) => {
      const src = /\bsrc="([^"]+)"/.exec(attrs)?.[1];
      if (src) scriptUrls.push(src);
      else if (!/type="application\/(ld\+)?json"/.test(attrs)) inlineJs.push(body);
      return /type="application\/(ld\+)?json"/.test(attrs) ? whole : '';
    });
  const islandUrls: string[] = [];
  const islands = [...html.matchAll(/<astro-island\b[^>]*>/g)];
  for (const [tag] of islands) {
    for (const attr of ['component-url', 'renderer-url']) {
      const url = new RegExp(`${attr}="([^"]+)"`).exec(tag)?.[1];
      if (url && !islandUrls.includes(url)) islandUrls.push(url);
    }
  }
  const mounted = html.match(/<[a-z][^>]*\sdata-island\b/g)?.length ?? 0;
  return { html, css, inlineJs, scriptUrls, islandUrls, islandCount: islands.length + mounted };
}

/**
 * How many gzip bytes a reader receives before the end of the article's first paragraph of
 * prose (the first <p> in <article> after the lead), or null when the article has none. A prefix
 * compressed on its own is what a streaming compressor has sent by that point, give or take a
 * block.
 */
export function firstParagraphOffset(document: string): number | null {
  const article = document.search(/<article\b/);
  if (article < 0) return null;
  const paragraph = /<p\b([^>]*)>[\s\S]*?<\/p>/g;
  paragraph.lastIndex = article;
  for (let match = paragraph.exec(document); match; match = paragraph.exec(document)) {
    if (/\bclass="[^"]*\blead\b/.test(match[1] ?? '')) continue;
    if (document.lastIndexOf('</article>', match.index) > article) return null;
    return gzipSize(document.slice(0, match.index + match[0].length));
  }
  return null;
}

/** Modules a built module may load later: `import("./x.js")`, with any quotes. */
export function dynamicImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g)) {
    if (match[1]) found.add(match[1]);
  }
  return [...found];
}

/** Static imports of a built module (`import … from "./x.js"` and bare `import "./x.js"`). */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]+\s*from\s*)?["']([^"']+)["']/g)) {
    if (match[1]) found.add(match[1]);
  }
  for (const match of code.matchAll(/\bexport\s*[\w*{}\s,$]+\s*from\s*["']([^"']+)["']/g)) {
    if (match[1]) found.add(match[1]);
  }
  return [...found];
}
