import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageId } from '../lib/content-check/site.ts';

const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/** How long the content must be still before the index is rebuilt: one save, not every keystroke. */
const QUIET_MS = 1500;

const pageUrl = (base: string, id: string): string => `${base}/${id ? `${id}/` : ''}`;

/**
 * Pagefind indexes built HTML, so `astro dev` has no index of its own. This one builds one in
 * the background from the pages the dev server itself renders, when the server starts and again
 * whenever a page under content/ changes, and serves it at /pagefind/ (falling back to the last
 * `npm run build` until the first one is written). Search in dev then finds what was just written.
 */
export function devSearchIndex(contentDir = './content'): AstroIntegration {
  let built = '';
  let fresh = '';
  return {
    name: 'isolation-atlas:dev-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        built = join(fileURLToPath(config.outDir), 'pagefind');
        fresh = join(fileURLToPath(config.cacheDir), 'dev-pagefind');
      },
      'astro:server:setup': ({ server, logger }) => {
        const base = server.config.base.replace(/\/$/, '');
        let timer: ReturnType<typeof setTimeout> | undefined;
        let running = Promise.resolve();
        let ready = false;

        /** Each page's HTML as last rendered: a save re-renders only the pages it changed. */
        const pages = new Map<string, string>();
        /** Pages to render again; null means all (the first run, or a data file changed). */
        let dirty: Set<string> | null = null;

        const rebuild = async () => {
          const address = server.httpServer?.address();
          if (!address || typeof address === 'string') return;
          const host = ['::', '0.0.0.0'].includes(address.address) ? 'localhost' : address.address;
          const origin = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
          const ids = readdirSync(contentDir, { recursive: true, encoding: 'utf8' })
            .filter((file) => file.endsWith('.mdx'))
            .map((file) => pageId(file.replaceAll('\\', '/')));
          const stale = dirty;
          dirty = new Set();
          for (const id of [...pages.keys()]) if (!ids.includes(id)) pages.delete(id);
          for (const id of ids) {
            if (pages.has(id) && stale && !stale.has(id)) continue;
            const response = await fetch(`${origin}${pageUrl(base, id)}`).catch(() => undefined);
            if (response?.ok) pages.set(id, await response.text());
            else pages.delete(id);
          }
          const pagefind = await import('pagefind');
          const { index } = await pagefind.createIndex({});
          if (!index) return;
          for (const [id, content] of pages) await index.addHTMLFile({ url: pageUrl(base, id), content });
          await index.writeFiles({ outputPath: fresh });
          await pagefind.close();
          ready = true;
          logger.info(`search index rebuilt for dev: ${pages.size} pages`);
        };
        const schedule = () => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            running = running.then(rebuild).catch((error: unknown) => {
              dirty = null;
              logger.warn(`search index not rebuilt (${String(error)}); search shows the last build's results`);
            });
          }, QUIET_MS);
        };
        const contentRoot = normalize(join(process.cwd(), contentDir));
        const onChange = (file: string) => {
          const path = relative(contentRoot, file);
          if (path.startsWith('..') || !/\.(mdx|ya?ml)$/.test(file)) return;
          // A page's own file changes that page alone; a data file (glossary, practice, figures)
          // may change any page.
          if (file.endsWith('.mdx') && dirty) dirty.add(pageId(path.replaceAll(sep, '/')));
          else dirty = null;
          schedule();
        };
        server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
        server.httpServer?.once('listening', schedule);

        let warned = false;
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          if (!url.pathname.startsWith(`${base}/pagefind/`)) return next();
          const root = ready ? fresh : built;
          const path = normalize(decodeURIComponent(url.pathname.slice(base.length + '/pagefind/'.length)));
          const file = join(root, path);
          if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
            if (!warned) {
              logger.warn('No search index yet: it is being built in the background; try again in a few seconds.');
              warned = true;
            }
            res.statusCode = 404;
            return res.end();
          }
          res.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
          // A rebuilt index replaces files of the same name: never let the browser keep an old one.
          res.setHeader('Cache-Control', 'no-store');
          // Which index answered: tools and tests can wait for the dev index before relying on it.
          res.setHeader('X-Search-Index', ready ? 'dev' : 'build');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
