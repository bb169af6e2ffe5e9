/**
 * Where a <Diagram>'s source sits in its MDX file, so a mistake is reported at the file's own
 * line. Astro 7's MDX pipeline runs no remark plugins, so the component, which receives the
 * source as a string, finds it in the file's text: the template literal holds it line for line,
 * though MDX may take some indentation off each line.
 */
import { readFileSync } from 'node:fs';
import { validateDiagram } from './validate.ts';

/** The file line of the source's first line, or undefined when the text is not found verbatim. */
export function sourceLine(fileText: string, source: string): number | undefined {
  const wanted = source.split('\n').map((l) => l.trim());
  const lines = fileText.split('\n').map((l) => l.trim());
  const first = wanted[0] ?? '';
  for (let i = 0; i < lines.length; i++) {
    if (!(lines[i] ?? '').endsWith(first)) continue;
    if (
      wanted.every(
        (w, k) => k === 0 || lines[i + k] === w || (k === wanted.length - 1 && (lines[i + k] ?? '').startsWith(w)),
      )
    )
      return i + 1;
  }
  return undefined;
}

/**
 * Every problem of a source as "file:line: what to write", or an empty list. `file` is the MDX
 * file's path from the project root; its text is read to turn source lines into file lines.
 */
export function diagramErrors(source: string, file: string, fileText?: string): string[] {
  const problems = validateDiagram(source);
  if (problems.length === 0) return [];
  let text = fileText;
  if (text === undefined) {
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      text = '';
    }
  }
  const first = sourceLine(text, source);
  return problems.map((p) =>
    first === undefined
      ? `${file}: <Diagram> line ${p.line} of its code: ${p.message}`
      : `${file}:${first + p.line - 1}: <Diagram> ${p.message}`,
  );
}
