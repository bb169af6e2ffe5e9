/**
 * Splits a page's rendered body after its opening paragraph, so that "What you'll learn" can
 * follow the page's own first words instead of standing between the title and them: the first
 * paragraph then arrives sooner (see the page-weight budget). A body that does not open with a
 * paragraph is not split.
 */
export function splitIntro(html: string): [intro: string, rest: string] {
  const start = html.search(/\S/);
  if (start < 0 || !html.startsWith('<p', start) || !/^<p[\s>]/.test(html.slice(start, start + 3))) return ['', html];
  const end = html.indexOf('</p>', start);
  if (end < 0) return ['', html];
  const cut = end + '</p>'.length;
  return [html.slice(0, cut), html.slice(cut)];
}
