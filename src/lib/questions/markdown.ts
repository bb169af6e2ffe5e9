import { markdownToHtml } from 'satteri';

/** Question text is Markdown; the schema has already refused raw HTML in it. */
export const blockMarkdown = (text: string): string => markdownToHtml(text).html.trim();

/** For one-line fields (options, bullets): the same, without the paragraph around it. */
export function inlineMarkdown(text: string): string {
  const html = blockMarkdown(text);
  const match = /^<p>([\s\S]*)<\/p>$/.exec(html);
  return match && !match[1]?.includes('<p>') ? (match[1] ?? '') : html;
}
