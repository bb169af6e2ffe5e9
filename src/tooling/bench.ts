/**
 * Measures what the README reports: build time (cold, then warm), indexing time, and page
 * weight. A benchmark, not a test: it prints figures and never fails on them.
 * Usage: node src/tooling/bench.ts [runs=3]
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cpus } from 'node:os';

const runs = Number(process.argv[2] ?? 3);

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

console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`);
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
