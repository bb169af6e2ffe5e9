import { readFileSync } from 'node:fs';

/**
 * Every page of the built site, as paths, read from the sitemap that `npm run build` wrote: a
 * page added later is checked without anyone listing it. The 404 page is not in the sitemap,
 * so it is added here.
 */
export function sitePages(): string[] {
  const index = readFileSync('dist/sitemap-index.xml', 'utf8');
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  const paths = sitemaps.flatMap((sitemap) => {
    const xml = readFileSync(`dist${sitemap}`, 'utf8');
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? '').pathname);
  });
  return [...new Set(paths), '/404.html'].sort();
}
