/**
 * Every internal link and #fragment on every built page must reach a page and an element that
 * exist; every external link must be a well-formed https URL (not fetched: the tests run
 * offline and a flaky remote must not fail a build). Usage: node src/tooling/check-links.ts [dist]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { requireCompleteBuild } from '../lib/dist-state.ts';
import { checkLinks, extractLinks, pathOfFile, type PageLinks } from '../lib/link-check.ts';

const dist = process.argv[2] ?? 'dist';
requireCompleteBuild(dist);
const pages = new Map<string, PageLinks>();
const files = new Set<string>();

for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = join(entry.parentPath, entry.name);
  const path = pathOfFile(relative(dist, file));
  if (entry.name.endsWith('.html')) pages.set(path, extractLinks(readFileSync(file, 'utf8')));
  else files.add(path);
}

const problems = checkLinks(pages, files);
if (problems.length > 0) {
  console.error(`Broken links (${problems.length}):`);
  for (const p of problems) console.error(`  ${p.page} → ${p.target}: ${p.reason}`);
  process.exit(1);
}
console.log(`links: ${pages.size} pages checked, every internal link and fragment resolves`);
