import type { PracticeFile, Question, QuestionKind } from './schema.ts';

/**
 * Checks that span files (a `learn` heading on another page, citation ids, ids unique across the
 * bank) and turns the validated files into the shape pages and the practice island use.
 */

export interface PageFacts {
  title: string;
  /** Heading ids of the built page, as Astro's render() reports them. */
  headings: ReadonlyArray<{ slug: string; text: string }>;
  sourceIds: ReadonlySet<string>;
}

export interface PracticeSource {
  /** The page id, the file's name without `.yaml`. */
  topic: string;
  /** Where the file lives, for messages. */
  file: string;
  data: PracticeFile;
}

/** Every problem across the bank, each naming file and question id, so one build lists them all. */
export function checkBank(
  files: readonly PracticeSource[],
  pages: ReadonlyMap<string, PageFacts>,
  misconceptionIds: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const firstFile = new Map<string, string>();
  for (const { topic, file, data } of files) {
    const page = pages.get(topic);
    if (!page) {
      problems.push(`${file}: there is no page "${topic}": name the file after a page id in content/`);
      continue;
    }
    for (const q of data.questions) {
      const where = `${file}: question "${q.id}"`;
      const other = firstFile.get(q.id);
      if (other) problems.push(`${where} reuses an id already used in ${other}: ids are unique across all files`);
      else firstFile.set(q.id, file);

      const [pageId = '', heading = ''] = q.learn.split('#');
      const target = pages.get(pageId);
      if (!target) problems.push(`${where} has \`learn: ${q.learn}\`, but there is no page "${pageId}"`);
      else if (!target.headings.some((h) => h.slug === heading)) {
        problems.push(
          `${where} has \`learn: ${q.learn}\`, but that page has no heading "#${heading}"; ` +
            `its headings are: ${target.headings.map((h) => h.slug).join(', ')}`,
        );
      }
      for (const source of q.sources) {
        if (!source.startsWith('https://') && !page.sourceIds.has(source)) {
          problems.push(
            `${where} cites "${source}", which is not a source of ${topic}; use one of: ${[...page.sourceIds].join(', ')}`,
          );
        }
      }
      if (q.misconception !== undefined && !misconceptionIds.has(q.misconception)) {
        problems.push(
          `${where} has \`misconception: ${q.misconception}\`, which is not a heading of /misconceptions/; ` +
            `use one of: ${[...misconceptionIds].join(', ')}`,
        );
      }
    }
  }
  return problems;
}

/** A question as the browser receives it: Markdown already rendered, links resolved. */
export interface ClientQuestion {
  id: string;
  topic: string;
  kind: QuestionKind;
  difficulty: 1 | 2 | 3;
  scenario: boolean;
  stem: string;
  /** For `order`, in the correct order; the reader sees them shuffled. */
  options: Array<{ html: string; why: string; correct: boolean }>;
  learn: { href: string; text: string };
  sources: Array<{ href: string; text: string }>;
}

export interface Renderers {
  block: (markdown: string) => string;
  inline: (markdown: string) => string;
}

export function toClientQuestion(
  topic: string,
  q: Question,
  pages: ReadonlyMap<string, PageFacts>,
  sourceUrls: ReadonlyMap<string, { url: string; title: string }>,
  md: Renderers,
  base = '/',
): ClientQuestion {
  const [pageId = '', heading = ''] = q.learn.split('#');
  const page = pages.get(pageId);
  const headingText = page?.headings.find((h) => h.slug === heading)?.text ?? heading;
  return {
    id: q.id,
    topic,
    kind: q.kind,
    difficulty: q.difficulty,
    scenario: q.scenario,
    stem: md.block(q.stem),
    options: q.options.map((o) => ({ html: md.inline(o.text), why: md.inline(o.why), correct: o.correct === true })),
    learn: { href: `${base}${pageId}/#${heading}`, text: `${page?.title ?? pageId}: ${headingText}` },
    sources: q.sources.map((s) => {
      const known = sourceUrls.get(s);
      return known ? { href: known.url, text: known.title } : { href: s, text: new URL(s).hostname };
    }),
  };
}
