/**
 * Measures what the README reports: build time (cold, then warm), indexing time, and page
 * weight. A benchmark, not a test: it prints figures and never fails on them.
 * Usage: node src/tooling/bench.ts [runs=3] [--pages=120,1200]
 * --pages also builds the site grown to each number of pages with generated filler pages (a copy
 * of content/ plus pages of ordinary prose, headings, citations and terms), once each, cold.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';

const runs = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 3);
const sizes = (process.argv.find((a) => a.startsWith('--pages='))?.slice('--pages='.length) ?? '')
  .split(',')
  .filter(Boolean)
  .map(Number);

/** A page like the real ones in shape: frontmatter with a source, sections, a term, a citation. */
function fillerPage(n: number): string {
  const section = (title: string) =>
    `## ${title}\n\nA container shares the host kernel<Cite id="namespaces-7" />, and each <Term>namespace</Term> gives ` +
    `its processes their own view of one resource. ${'This paragraph stands in for the prose of a real page. '.repeat(12)}\n`;
  return [
    '---',
    `title: Filler page ${n}`,
    `description: A generated page for the build benchmark, number ${n}, shaped like a real one.`,
    'sidebar:',
    '  section: reference',
    `  order: ${100 + n}`,
    'sources:',
    '  - id: namespaces-7',
    '    title: namespaces(7)',
    '    url: https://man7.org/linux/man-pages/man7/namespaces.7.html',
    '    checked: 2026-11-28',
    '---',
    '',
    ...['Overview', 'How it works', 'Trade-offs', 'Further reading'].map(section),
  ].join('\n');
}

/** Builds content/ grown to `total` pages, cold, and returns the seconds `astro build` took. */
function grownBuild(total: number): number {
  const root = '.bench';
  const content = join(root, `content-${total}`);
  rmSync(root, { recursive: true, force: true });
  cpSync('content', content, { recursive: true });
  const real = readdirSync(content, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx')).length;
  mkdirSync(join(content, 'filler'), { recursive: true });
  for (let n = 1; n <= total - real; n++) writeFileSync(join(content, 'filler', `page-${n}.mdx`), fillerPage(n));
  const start = performance.now();
  execFileSync('astro', ['build', '--outDir', join(root, 'dist')], {
    stdio: 'ignore',
    env: { ...process.env, CONTENT_DIR: `./${content}`, ASTRO_CACHE_DIR: join(root, 'cache') },
  });
  const elapsed = (performance.now() - start) / 1000;
  rmSync(root, { recursive: true, force: true });
  return elapsed;
}

function seconds(command: string, args: string[]): number {
  const start = performance.now();
  execFileSync(command, args, { stdio: 'ignore' });
  return (performance.now() - start) / 1000;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

rmSync('dist', { recursive: true, force: true });
rmSync('node_modules/.astro', { recursive: true, force: true });
const cold = seconds('astro', ['build']);
const warm: number[] = [];
const index: number[] = [];
for (let i = 0; i < runs; i++) {
  warm.push(seconds('astro', ['build']));
  index.push(seconds('pagefind', ['--site', 'dist']));
}
execFileSync('node', ['src/tooling/write-headers.ts'], { stdio: 'ignore' });
const rows = JSON.parse(execFileSync('node', ['src/tooling/size-report.ts', '--json'], { encoding: 'utf8' })) as {
  page: string;
  htmlCss: number;
  js: number;
  islands: number;
}[];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const plain = rows.filter((r) => r.islands === 0);
const islands = rows.filter((r) => r.islands > 0);

console.log(
  `machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, load ${loadavg()[0]?.toFixed(1)}`,
);
console.log(`pages: ${rows.length}`);
console.log(`astro build: cold ${cold.toFixed(1)} s, warm median ${median(warm).toFixed(1)} s (${runs} runs)`);
console.log(`pagefind index: median ${median(index).toFixed(2)} s`);
console.log(
  `HTML+CSS per page (gzip): median ${kb(median(rows.map((r) => r.htmlCss)))}, largest ${kb(Math.max(...rows.map((r) => r.htmlCss)))}`,
);
console.log(`JS before interaction, pages without islands: largest ${kb(Math.max(...plain.map((r) => r.js)))}`);
if (islands.length > 0) {
  for (const r of islands) console.log(`JS on ${r.page}: ${kb(r.js)} (page scripts plus islands)`);
}
for (const total of sizes) {
  console.log(
    `astro build, ${total} pages (content/ plus generated pages), cold: ${grownBuild(total).toFixed(1)} s (load ${loadavg()[0]?.toFixed(1)})`,
  );
}
