/**
 * Page weight of the built site, gzip, per page: markup, CSS, and the JavaScript that runs
 * before the reader does anything. Fails when the article's first paragraph is not within the
 * first 8 KB, when a whole page passes 40 KB, when a page without islands ships more than 2 KB of
 * script, or when an island's code passes its ceiling. Usage: node src/tooling/size-report.ts [dist] [--json]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import {
  FIRST_PARAGRAPH_BUDGET,
  ISLAND_JS_CEILING,
  PAGE_BUDGET,
  ISLAND_JS_TARGET,
  NO_ISLAND_JS_BUDGET,
  firstParagraphOffset,
  gzipSize,
  splitPage,
  staticImports,
} from '../lib/page-weight.ts';
import { requireCompleteBuild } from '../lib/dist-state.ts';

const dist = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist';
const asJson = process.argv.includes('--json');
requireCompleteBuild(dist);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** A module and everything it imports statically, as files under dist. */
function moduleGraph(url: string, seen = new Set<string>()): Set<string> {
  const file = join(dist, url);
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  for (const specifier of staticImports(readFileSync(file, 'utf8'))) {
    if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
    const next = specifier.startsWith('/') ? specifier : posix.join(posix.dirname(url), specifier);
    moduleGraph(next, seen);
  }
  return seen;
}

const warnings: string[] = [];

interface Row {
  page: string;
  html: number;
  css: number;
  htmlCss: number;
  firstParagraph: number | null;
  total: number;
  js: number;
  islandJs: number;
  islands: number;
  problems: string[];
}

const rows: Row[] = htmlFiles(dist).map((file) => {
  const page =
    '/' +
    relative(dist, file)
      .replaceAll('\\', '/')
      .replace(/(^|\/)index\.html$/, '$1');
  const document = readFileSync(file, 'utf8');
  const parts = splitPage(document);
  const pageFiles = new Set<string>();
  for (const url of parts.scriptUrls) moduleGraph(url, pageFiles);
  const islandFiles = new Set<string>();
  for (const url of parts.islandUrls) moduleGraph(url, islandFiles);
  for (const file of pageFiles) islandFiles.delete(file);
  const sum = (files: Set<string>) => [...files].reduce((total, f) => total + gzipSize(readFileSync(f)), 0);
  // Inline scripts travel inside the page's one gzip stream; script files each in their own.
  // Astro's island bootstrap is an inline script: it counts towards the page, as a reader pays it.
  const pageJs = (parts.inlineJs.length > 0 ? gzipSize(parts.inlineJs.join('\n')) : 0) + sum(pageFiles);
  const islandJs = sum(islandFiles);
  const js = pageJs + islandJs;
  const htmlCss = gzipSize(parts.html + parts.css);
  const firstParagraph = firstParagraphOffset(document);
  const total = gzipSize(document) + sum(pageFiles) + islandJs;
  const problems: string[] = [];
  if (firstParagraph !== null && firstParagraph > FIRST_PARAGRAPH_BUDGET) {
    problems.push(
      `the article's first paragraph ends ${firstParagraph} B into the gzip stream, after the first ${FIRST_PARAGRAPH_BUDGET} B: ` +
        'move what stands before it (a table, a figure, a long list) further down, or start the page with a paragraph of prose',
    );
  }
  if (total > PAGE_BUDGET) {
    problems.push(
      `the whole page is ${total} B gzip, over ${PAGE_BUDGET} B: split it into two pages, or move a long table or ` +
        'list to a page of its own and link to it',
    );
  }
  if (parts.islandCount === 0 && js > NO_ISLAND_JS_BUDGET) {
    problems.push(`ships ${js} B of JavaScript without an island (budget ${NO_ISLAND_JS_BUDGET} B)`);
  }
  if (islandJs > ISLAND_JS_CEILING) {
    problems.push(`its islands ship ${islandJs} B of JavaScript (ceiling ${ISLAND_JS_CEILING} B)`);
  } else if (islandJs > ISLAND_JS_TARGET) {
    warnings.push(`${page}: its islands ship ${islandJs} B of JavaScript, over the ${ISLAND_JS_TARGET} B target`);
  }
  return {
    page,
    html: gzipSize(parts.html),
    css: gzipSize(parts.css),
    htmlCss,
    firstParagraph,
    total,
    js,
    islandJs,
    islands: parts.islandCount,
    problems,
  };
});

rows.sort((a, b) => a.page.localeCompare(b.page));
if (asJson) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
  console.log('page'.padEnd(40) + '  html    css  html+css  1st ¶   page     js  (KB gzip)');
  for (const r of rows) {
    const first = r.firstParagraph === null ? '     –' : kb(r.firstParagraph);
    console.log(
      `${r.page.padEnd(40)}${kb(r.html)} ${kb(r.css)}    ${kb(r.htmlCss)} ${first} ${kb(r.total)} ${kb(r.js)}${r.islands ? `  (${r.islands} island${r.islands > 1 ? 's' : ''}: ${kb(r.islandJs).trim()} KB of it)` : ''}`,
    );
  }
  const max = (key: 'htmlCss' | 'total' | 'js' | 'firstParagraph') => Math.max(...rows.map((r) => r[key] ?? 0));
  console.log(
    `\n${rows.length} pages; first paragraph by ${kb(max('firstParagraph')).trim()} KB at the latest (budget ${kb(FIRST_PARAGRAPH_BUDGET).trim()}), ` +
      `largest page ${kb(max('total')).trim()} KB (budget ${kb(PAGE_BUDGET).trim()}), largest JS ${kb(max('js')).trim()} KB`,
  );
}
if (warnings.length > 0) console.warn(`\nOver target (not yet failing):\n${warnings.map((w) => `  ${w}`).join('\n')}`);
const failures = rows.flatMap((r) => r.problems.map((p) => `${r.page}: ${p}`));
if (failures.length > 0) {
  console.error(`\nPage weight budget exceeded:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
