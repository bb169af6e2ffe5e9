/**
 * Lints every MDX page under content/: headings, alt text, placeholders. Prints file:line and
 * the fix, and fails if anything is wrong. Usage: node src/tooling/lint-content.ts [dir] [--fix]
 * (--fix moves misplaced citation markers first; the other rules need a person.)
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintContent } from '../lib/content-lint.ts';
import { fixCitePlacement } from '../lib/cite-placement.ts';

const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'content';
const fix = process.argv.includes('--fix');
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => join(dir, file))
  .sort();

let count = 0;
for (const file of files) {
  if (fix) {
    const source = readFileSync(file, 'utf8');
    const fixed = fixCitePlacement(source);
    if (fixed !== source) writeFileSync(file, fixed);
  }
  for (const problem of lintContent(readFileSync(file, 'utf8'))) {
    console.error(`${file}:${problem.line}  ${problem.rule}  ${problem.message}`);
    count++;
  }
}
if (count > 0) {
  console.error(`\ncontent lint: ${count} problem${count > 1 ? 's' : ''} in ${files.length} pages`);
  process.exit(1);
}
console.log(`content lint: ${files.length} pages clean`);
