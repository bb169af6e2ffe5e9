import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { scanPage, type PageScan } from './mdx.ts';

/**
 * Errors that <Term> and <Cite> throw while rendering. The content check reports the same
 * mistakes before a build; these serve `astro dev`, whose error overlay opens the file named in
 * `loc`: the MDX line with the mistake rather than the component's own source.
 */

interface Location {
  file: string;
  line: number;
  column: number;
}

export type ContentError = Error & { loc?: Location; hint?: string };

function locate(file: string | undefined, find: (scan: PageScan) => number | undefined): Location | undefined {
  if (!file) return undefined;
  const path = resolve(file);
  if (!existsSync(path)) return undefined;
  try {
    const line = find(scanPage(readFileSync(path, 'utf8')));
    return line === undefined ? undefined : { file: path, line, column: 1 };
  } catch {
    return undefined;
  }
}

function contentError(
  file: string | undefined,
  loc: Location | undefined,
  message: string,
  hint: string,
): ContentError {
  const where = file ? `${file}${loc ? `:${loc.line}` : ''}: ` : '';
  const error: ContentError = new Error(`${where}${message} ${hint}`);
  if (loc) error.loc = loc;
  error.hint = hint;
  // The stack is Astro's renderer, not the content: it would only bury the line that matters.
  error.stack = error.message;
  return error;
}

export function termError(file: string | undefined, key: string, suggestion: string | undefined): ContentError {
  const loc = locate(file, (scan) => scan.terms.find((term) => term.key === key)?.line);
  const hint = suggestion
    ? `Did you mean ${suggestion}? Write <Term id="${suggestion}">…</Term>, or add content/glossary/<id>.yaml (term, definition, taught).`
    : 'Add content/glossary/<id>.yaml (term, definition, taught), or list the word under `aliases:` of the entry it means.';
  return contentError(file, loc, `<Term> "${key}" is not in the glossary.`, hint);
}

export function citeError(file: string | undefined, id: string, known: readonly string[]): ContentError {
  const loc = locate(file, (scan) => scan.cites.find((cite) => cite.ids.includes(id))?.line);
  const hint = `Add a source with \`id: ${id}\` to the page's \`sources:\` frontmatter, or use one of: ${known.join(', ')}.`;
  return contentError(file, loc, `<Cite id="${id}" /> names no source.`, hint);
}
