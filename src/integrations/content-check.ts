import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkSite, type SourceFile } from '../lib/content-check/site.ts';
import { formatProblem } from '../lib/content-check/problem.ts';
import { checkStacks } from '../lib/content-check/stacks.ts';
import { markIncomplete } from '../lib/dist-state.ts';

function sourceFiles(dir: string, extension: RegExp, recursive: boolean): SourceFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive, encoding: 'utf8' })
    .filter((name) => extension.test(name))
    .sort()
    .map((name) => ({
      relative: name.replaceAll('\\', '/'),
      file: relative(process.cwd(), join(dir, name)).replaceAll('\\', '/'),
      source: readFileSync(join(dir, name), 'utf8'),
    }));
}

/**
 * Routes of src/pages that are not content pages (404.astro → '404'), for the link check; a
 * dynamic route below a fixed folder (glossary/[letter].astro) becomes 'glossary/*'.
 */
function routePages(pagesDir: string): string[] {
  return sourceFiles(pagesDir, /\.astro$/, true).flatMap(({ relative: path }) => {
    const route = path.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
    if (!route.includes('[')) return [route];
    const fixed = route.slice(0, route.indexOf('[')).replace(/\/$/, '');
    return fixed ? [`${fixed}/*`] : [];
  });
}

/**
 * Checks all content before Astro renders any of it (see src/lib/content-check/site.ts). In a
 * build, a problem stops the build after listing every one at `file:line`; in `astro dev` they
 * are printed as warnings, since the page being edited is often half-written.
 */
export function contentCheck(contentDir: string): AstroIntegration {
  return {
    name: 'isolation-atlas:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        if (command === 'build') markIncomplete(fileURLToPath(config.outDir));
        const pages = sourceFiles(contentDir, /\.mdx$/, true).filter((file) => !file.relative.startsWith('glossary/'));
        const glossary = sourceFiles(join(contentDir, 'glossary'), /\.ya?ml$/, false);
        const { problems, drafts } = checkSite(pages, glossary, [
          '',
          ...routePages(fileURLToPath(new URL('pages/', config.srcDir))),
        ]);
        problems.push(
          ...checkStacks(sourceFiles(join(contentDir, 'stacks'), /\.ya?ml$/, false), join(contentDir, 'stacks')),
        );
        if (drafts.length > 0 && command === 'build') {
          logger.warn(
            `${drafts.length} draft${drafts.length > 1 ? 's' : ''} not built (draft: true): ${drafts.join(', ')}`,
          );
        }
        if (problems.length === 0) return;
        const report = problems.map(formatProblem).join('\n');
        if (command === 'dev') {
          logger.warn(`content problems (the build will refuse these):\n${report}`);
          return;
        }
        logger.error(
          `the content has mistakes; the build stops here, before rendering.\n${report}\n\n${problems.length} problem${problems.length > 1 ? 's' : ''} in the content: fix each at the line named, then build again.`,
        );
        // One message, without a stack trace into Astro's internals: the content is wrong, not the code.
        process.exit(1);
      },
    },
  };
}
