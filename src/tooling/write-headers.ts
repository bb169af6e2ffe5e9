/**
 * Writes dist/_headers from the policies Astro put in each page, so static hosts that read the
 * file send the CSP as a header too. Usage: node src/tooling/write-headers.ts [dist]
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { headersFile, metaPolicy, type PagePolicy } from '../lib/headers.ts';
import { pathOfFile } from '../lib/link-check.ts';
import { markComplete } from '../lib/dist-state.ts';

const dist = process.argv[2] ?? 'dist';
const pages: PagePolicy[] = [];
for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
  const file = join(entry.parentPath, entry.name);
  const csp = metaPolicy(readFileSync(file, 'utf8'));
  if (!csp) {
    console.error(`${file} has no content-security-policy meta tag: every page must carry one.`);
    process.exit(1);
  }
  pages.push({ path: pathOfFile(relative(dist, file)), csp });
}
pages.sort((a, b) => a.path.localeCompare(b.path));
writeFileSync(join(dist, '_headers'), headersFile(pages));
console.log(`_headers: policies for ${pages.length} pages`);
// The last step of `npm run build`: from here on, dist/ is a whole site the checks may read.
markComplete(dist);
