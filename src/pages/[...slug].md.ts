import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { publishedPages } from '@lib/pages.ts';
import { toMarkdown } from '@lib/markdown-export.ts';
import { site } from '@lib/site.ts';

/** Components that hydrate in the browser: their Astro wrappers use a client: directive. */
const wrappers = import.meta.glob<string>('/components/islands/*.astro', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const islands = new Set(
  Object.entries(wrappers)
    .filter(([, code]) => /\sclient:[a-z]+/.test(code))
    .map(([path]) => path.replace(/^.*\/|\.astro$/g, '')),
);

/** Every content page again as Markdown, at `/<page>.md`, written at build time. */
export const getStaticPaths = (async () => {
  const pages = publishedPages(await getCollection('pages'));
  const glossary = (await getCollection('glossary')).map((entry) => ({ id: entry.id, ...entry.data }));
  return pages.map((entry) => ({ params: { slug: entry.id }, props: { entry, glossary } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props: { entry, glossary } }) => {
  const markdown = toMarkdown(
    { id: entry.id, ...entry.data, body: entry.body ?? '' },
    { url: site.url, base: import.meta.env.BASE_URL, glossary, islands },
  );
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
