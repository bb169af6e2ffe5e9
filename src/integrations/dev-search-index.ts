import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const types: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/**
 * Pagefind indexes built HTML, so `astro dev` has no index of its own. This serves the one
 * from the last `npm run build` at /pagefind/, which is enough to try search while writing.
 */
export function devSearchIndex(): AstroIntegration {
  let root = '';
  return {
    name: 'isolation-atlas:dev-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = join(fileURLToPath(config.outDir), 'pagefind');
      },
      'astro:server:setup': ({ server, logger }) => {
        let warned = false;
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://localhost');
          const base = server.config.base.replace(/\/$/, '');
          if (!url.pathname.startsWith(`${base}/pagefind/`)) return next();
          const relative = normalize(decodeURIComponent(url.pathname.slice(base.length + '/pagefind/'.length)));
          const file = join(root, relative);
          if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
            if (!warned) {
              logger.warn('No search index yet: run `npm run build` once, and search will use it here.');
              warned = true;
            }
            res.statusCode = 404;
            return res.end();
          }
          res.setHeader('Content-Type', types[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
