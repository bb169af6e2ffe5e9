import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { publishedPages, toNavPage } from '@lib/pages.ts';
import { llmsTxt } from '@lib/llms-txt.ts';
import { markdownUrl } from '@lib/markdown-export.ts';
import { site } from '@lib/site.ts';

/** The site's pages for language-model tools, following the llms.txt proposal. */
export const GET: APIRoute = async () => {
  const exportSite = { url: site.url, base: import.meta.env.BASE_URL };
  const pages = publishedPages(await getCollection('pages')).map((entry) => ({
    ...toNavPage(entry),
    description: entry.data.description,
    url: markdownUrl(entry.id, exportSite),
  }));
  const text = llmsTxt({
    title: site.title,
    summary: site.tagline,
    details:
      'Each link below is the Markdown version of one page, generated from its source; the same address without `.md`, ending in `/`, is the page on the web. Every page ends with its numbered sources, which its [n] markers cite.',
    pages,
  });
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
