/**
 * Page weight of the built site, gzip, per page: markup, CSS, and the JavaScript that runs
 * before the reader does anything. Fails when the article's first paragraph is not within the
 * first 8 KB, when a whole page passes 40 KB, when a page without islands ships more than 2 KB of
 * script, or when a page with an island runs more than 15 KB before interaction or can load more
 * than 20 KB on first use (islands listed in OVER_BUDGET are held at their ceilings instead). Usage: node src/tooling/size-report.ts [dist] [--json]
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import {
  FIRST_PARAGRAPH_BUDGET,
  ISLAND_FIRST_USE_BUDGET,
  ISLAND_START_BUDGET,
  NO_ISLAND_JS_BUDGET,
  OVER_BUDGET,
  PAGE_BUDGET,
  dynamicImports,
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

/**
 * A module and everything it imports statically, as files under dist; with `later`, also what it
 * and they may import dynamically, which is what a first use can load.
 */
function moduleGraph(url: string, seen = new Set<string>(), later = false): Set<string> {
  const file = join(dist, url);
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const specifier of later ? [...staticImports(code), ...dynamicImports(code)] : staticImports(code)) {
    if (!specifier.startsWith('.') && !specifier.startsWith('/')) continue;
    const next = specifier.startsWith('/') ? specifier : posix.join(posix.dirname(url), specifier);
    moduleGraph(next, seen, later);
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
  firstUseJs: number;
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
  const firstUseFiles = new Set<string>();
  for (const url of [...parts.scriptUrls, ...parts.islandUrls]) moduleGraph(url, firstUseFiles, true);
  const inlineJs = parts.inlineJs.length > 0 ? gzipSize(parts.inlineJs.join('\n')) : 0;
  const firstUseJs = inlineJs + sum(firstUseFiles);
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
  if (parts.islandCount > 0) {
    const known = OVER_BUDGET[page];
    const start = known ? Math.max(known.start, ISLAND_START_BUDGET) : ISLAND_START_BUDGET;
    const firstUse = known ? Math.max(known.firstUse, ISLAND_FIRST_USE_BUDGET) : ISLAND_FIRST_USE_BUDGET;
    const advice =
      'load what can wait on first use, put text in the prerendered HTML, or mount behaviour without a framework';
    if (js > start) problems.push(`runs ${js} B of JavaScript before interaction (budget ${start} B): ${advice}`);
    if (firstUseJs > firstUse) {
      problems.push(`can load ${firstUseJs} B of JavaScript on first use (budget ${firstUse} B): ${advice}`);
    }
    if (known && (js > ISLAND_START_BUDGET || firstUseJs > ISLAND_FIRST_USE_BUDGET)) {
      warnings.push(
        `${page}: ${js} B at start, ${firstUseJs} B on first use, over the ${ISLAND_START_BUDGET} / ${ISLAND_FIRST_USE_BUDGET} B budgets (${known.why})`,
      );
    }
  }
  return {
    page,
    html: gzipSize(parts.html),
    css: gzipSize(parts.css),
    htmlCss,
    firstParagraph,
    total,
    js,
    firstUseJs,
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
      `${r.page.padEnd(40)}${kb(r.html)} ${kb(r.css)}    ${kb(r.htmlCss)} ${first} ${kb(r.total)} ${kb(r.js)}${r.islands ? `  (${r.islands} island${r.islands > 1 ? 's' : ''}; ${kb(r.firstUseJs).trim()} KB with first use)` : ''}`,
    );
  }
  const max = (key: 'htmlCss' | 'total' | 'js' | 'firstParagraph') => Math.max(...rows.map((r) => r[key] ?? 0));
  console.log(
    `\n${rows.length} pages; first paragraph by ${kb(max('firstParagraph')).trim()} KB at the latest (budget ${kb(FIRST_PARAGRAPH_BUDGET).trim()}), ` +
      `largest page ${kb(max('total')).trim()} KB (budget ${kb(PAGE_BUDGET).trim()}), largest JS ${kb(max('js')).trim()} KB`,
  );
}
if (warnings.length > 0)
  console.warn(
    `\nOver budget, held at their ceilings (see OVER_BUDGET in src/lib/page-weight.ts):\n${warnings.map((w) => `  ${w}`).join('\n')}`,
  );
const failures = rows.flatMap((r) => r.problems.map((p) => `${r.page}: ${p}`));
if (failures.length > 0) {
  console.error(`\nPage weight budget exceeded:\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
