import { orderPages, type NavPage } from './navigation.ts';
import { sections } from './sections.ts';

/**
 * `/llms.txt` as the llms.txt proposal lays it out: `# Title`, a `> summary`, a paragraph of
 * detail, then one `## Section` per sidebar section listing `- [Title](url): description`.
 * Pages come in reading order, so a tool that reads top to bottom reads the site as a person would.
 */

export interface LlmsPage extends NavPage {
  description: string;
  /** Absolute address of the page's Markdown export. */
  url: string;
}

export interface LlmsTxt {
  title: string;
  summary: string;
  details?: string;
  pages: readonly LlmsPage[];
}

/** Link text must not close the link early or open a new one. */
const linkText = (text: string) => text.replace(/[\\[\]]/g, '\\$&');
/** One line per page: a description's line breaks would end the list item. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export function llmsTxt({ title, summary, details, pages }: LlmsTxt): string {
  const ordered = orderPages(pages);
  const blocks = [`# ${title}`, `> ${oneLine(summary)}`, ...(details ? [details.trim()] : [])];
  for (const section of sections) {
    const inSection = ordered.filter((page) => page.section === section.id);
    if (inSection.length === 0) continue;
    const lines = inSection.map((page) => `- [${linkText(page.title)}](${page.url}): ${oneLine(page.description)}`);
    blocks.push(`## ${section.label}\n\n${lines.join('\n')}`);
  }
  return `${blocks.join('\n\n')}\n`;
}
