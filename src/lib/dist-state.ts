import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A build writes dist/ in several steps (astro, pagefind, _headers); a failure between them
 * leaves half a site, whose missing pages the post-build checks would report as hundreds of
 * unrelated broken links. The build removes this marker when it starts and writes it as its
 * last step; the checks refuse a dist/ without it.
 */
const MARKER = '.build-complete';

export function markIncomplete(dist: string): void {
  rmSync(join(dist, MARKER), { force: true });
}

export function markComplete(dist: string): void {
  writeFileSync(join(dist, MARKER), `${new Date().toISOString()}\n`);
}

/** Exits with a message when dist/ is not the output of a build that finished. */
export function requireCompleteBuild(dist: string): void {
  if (existsSync(join(dist, MARKER))) return;
  console.error(
    `${dist}/ is not from a finished build (the last \`npm run build\` failed or is still running): fix the error it printed and build again before checking.`,
  );
  process.exit(1);
}
