import { getCollection, render } from 'astro:content';
import { publishedPages, toNavPage } from '../pages.ts';
import { orderPages } from '../navigation.ts';
import { checkBank, toClientQuestion, type ClientQuestion, type PageFacts } from './bank.ts';
import { blockMarkdown, inlineMarkdown } from './markdown.ts';

/**
 * The question bank as the build sees it: every practice file checked against the built pages
 * (their headings, their sources, the misconceptions page), once per build. A problem anywhere
 * fails the build with the file and question id of each one.
 */

export interface TopicPractice {
  id: string;
  title: string;
  learn: string[];
  takeaways: string[];
  onPage: ClientQuestion[];
  questions: ClientQuestion[];
}

export interface Bank {
  topics: TopicPractice[];
  byId: Map<string, TopicPractice>;
}

let cached: Promise<Bank> | undefined;

export const loadBank = (): Promise<Bank> => (cached ??= build());

async function build(): Promise<Bank> {
  const base = import.meta.env.BASE_URL;
  const entries = publishedPages(await getCollection('pages'));
  const facts = new Map<string, PageFacts>();
  const sourceUrls = new Map<string, Map<string, { url: string; title: string }>>();
  for (const entry of entries) {
    const { headings } = await render(entry);
    facts.set(entry.id, {
      title: entry.data.title,
      headings: headings.map((h) => ({ slug: h.slug, text: h.text })),
      sourceIds: new Set(entry.data.sources.map((s) => s.id)),
    });
    sourceUrls.set(entry.id, new Map(entry.data.sources.map((s) => [s.id, { url: s.url, title: s.title }])));
  }
  const misconceptions = new Set(facts.get('misconceptions')?.headings.map((h) => h.slug) ?? []);
  const files = (await getCollection('practice')).map((entry) => ({
    topic: entry.id,
    file: entry.filePath ?? `content/practice/${entry.id}.yaml`,
    data: entry.data,
  }));
  const problems = checkBank(files, facts, misconceptions);
  if (problems.length > 0) {
    throw new Error(`The practice questions have ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }
  const md = { block: blockMarkdown, inline: inlineMarkdown };
  // Topics in reading order, as the sidebar lists them.
  const order = new Map(orderPages(entries.map(toNavPage)).map((page, i) => [page.id, i]));
  const topics = files
    .map(({ topic, data }): TopicPractice => {
      const questions = data.questions.map((q) =>
        toClientQuestion(topic, q, facts, sourceUrls.get(topic) ?? new Map(), md, base),
      );
      return {
        id: topic,
        title: facts.get(topic)?.title ?? topic,
        learn: data.learn.map(inlineMarkdown),
        takeaways: data.takeaways.map(inlineMarkdown),
        onPage: questions.filter((_, i) => data.questions[i]?.onPage),
        questions,
      };
    })
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return { topics, byId: new Map(topics.map((t) => [t.id, t])) };
}
