import { MdxSyntaxError, scanPage } from './content-check/mdx.ts';
import { citePlacementProblems } from './cite-placement.ts';

/**
 * Rules a page's source must follow that the schema cannot see: MDX that parses (with the
 * build's own parser, so the verdict matches the build's), headings that do not skip levels,
 * images with alt text, no placeholder text. Each problem names the line to fix.
 */
export interface LintProblem {
  line: number;
  rule: 'mdx-syntax' | 'heading-level' | 'image-alt' | 'placeholder' | 'cite-placement';
  message: string;
}

const placeholder = /\b(TODO|TBD|FIXME|XXX)\b|lorem ipsum|coming soon|\[citation needed\]/i;

/** Lines of the body with code (fenced blocks, inline code) blanked, keeping line numbers. */
function proseLines(source: string): { text: string; line: number }[] {
  const lines = source.split('\n');
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    start = end === -1 ? 0 : end + 1;
  }
  const out: { text: string; line: number }[] = [];
  let fence: string | undefined;
  for (let i = start; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    const marker = /^\s*(`{3,}|~{3,})/.exec(raw)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    out.push({ text: raw.replace(/`[^`]*`/g, '``'), line: i + 1 });
  }
  return out;
}

/**
 * A reserved example domain is never a real source; `npm run new-page` writes one into the
 * frontmatter so that a page cannot be published before its author cites the real document.
 */
const exampleUrl = /\bhttps?:\/\/(?:[\w-]+\.)*example\.(?:com|org|net)\b\S*/i;

/** The frontmatter's lines with their numbers; empty when the file has none. */
function frontmatterLines(source: string): { text: string; line: number }[] {
  const lines = source.split('\n');
  if (lines[0]?.trim() !== '---') return [];
  const end = lines.indexOf('---', 1);
  return lines.slice(1, end === -1 ? 1 : end).map((text, i) => ({ text, line: i + 2 }));
}

export function lintContent(source: string): LintProblem[] {
  const problems: LintProblem[] = [];
  try {
    scanPage(source);
  } catch (error) {
    if (!(error instanceof MdxSyntaxError)) throw error;
    problems.push({ line: error.line, rule: 'mdx-syntax', message: `MDX cannot parse this: ${error.message}` });
  }
  for (const { text, line } of frontmatterLines(source)) {
    const found = placeholder.exec(text) ?? exampleUrl.exec(text);
    if (found) {
      const message = `placeholder "${found[0]}" in the frontmatter: give the real value`;
      problems.push({ line, rule: 'placeholder', message });
    }
  }
  let previous = 1;
  for (const { text, line } of proseLines(source)) {
    const heading = /^(#{1,6})\s+\S/.exec(text);
    if (heading?.[1]) {
      const level = heading[1].length;
      if (level === 1) {
        problems.push({ line, rule: 'heading-level', message: 'the page title is the h1: start sections at ##' });
      } else if (level > previous + 1) {
        problems.push({
          line,
          rule: 'heading-level',
          message: `h${level} follows h${previous}: use ${'#'.repeat(previous + 1)} so no level is skipped`,
        });
      }
      previous = level;
    }
    for (const match of text.matchAll(/!\[([^\]]*)\]\(/g)) {
      if (!match[1]?.trim()) {
        problems.push({ line, rule: 'image-alt', message: 'image without alt text: describe it inside ![…]' });
      }
    }
    for (const match of text.matchAll(/<(img|Figure)\b[^>]*>/g)) {
      const tag = match[0];
      const needsAlt = match[1] === 'img' || /\bsrc=/.test(tag);
      const alt = /\balt=(["'])(.*?)\1/.exec(tag);
      if (needsAlt && !alt?.[2]?.trim()) {
        problems.push({
          line,
          rule: 'image-alt',
          message: `<${match[1]}> without alt text: add alt="…" describing the image`,
        });
      }
    }
    for (const problem of citePlacementProblems(text, line)) problems.push({ ...problem, rule: 'cite-placement' });
    const found = placeholder.exec(text);
    if (found) {
      problems.push({
        line,
        rule: 'placeholder',
        message: `placeholder text "${found[0]}": write the real content or remove it`,
      });
    }
  }
  return problems;
}
