import { load, YAMLException } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { nearest } from './nearest.ts';
import type { Problem } from './problem.ts';

/**
 * Checks YAML (a page's frontmatter or a glossary entry) against its schema and words each
 * problem for the person who wrote the YAML: the line of the offending key, the type they wrote
 * and the type to write, a source named by its id rather than its position, and the nearest known
 * key for a misspelled one. Astro reports the same mistakes at `file:0:0`; this runs first.
 */

export interface YamlText {
  file: string;
  text: string;
  /** Line of the file on which `text` starts (2 for frontmatter after its opening `---`). */
  firstLine: number;
}

/** The frontmatter of an MDX file, or undefined when it has none. */
export function frontmatterOf(file: string, source: string): YamlText | undefined {
  const lines = source.split('\n');
  if (lines[0]?.trim() !== '---') return undefined;
  const end = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (end === -1) return undefined;
  return { file, text: lines.slice(1, end).join('\n'), firstLine: 2 };
}

type Path = readonly PropertyKey[];

/** Line (within the YAML text, from 1) of the deepest key on `path` that exists. */
function lineOf(doc: Document, counter: LineCounter, path: Path): number {
  let node: unknown = doc.contents;
  let offset = (doc.contents as { range?: [number] } | null)?.range?.[0] ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === segment);
      if (!pair) break;
      offset = (pair.key as { range?: [number] }).range?.[0] ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as { range?: [number] } | undefined;
      if (!item) break;
      offset = item.range?.[0] ?? offset;
      node = item;
    } else break;
  }
  return counter.linePos(offset).line;
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** `sources.2.url` → `source "clone-2".url`: a contributor knows sources by id, not counted from 0. */
function describePath(data: unknown, path: Path): string {
  const parts: string[] = [];
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (typeof segment === 'number') {
      const id = (valueAt(data, path.slice(0, i + 1)) as { id?: unknown } | undefined)?.id;
      const owner = String(path[i - 1] ?? '');
      const noun = owner.endsWith('s') ? owner.slice(0, -1) : 'item';
      parts.pop();
      parts.push(typeof id === 'string' ? `${noun} "${id}"` : `${noun} ${segment + 1}`);
    } else parts.push(String(segment));
  }
  return parts.join('.');
}

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with `- `)',
  object: 'a group of `key: value` lines indented under it',
  date: 'a date, YYYY-MM-DD',
};

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a group of keys';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return `a number (${value})`;
  if (typeof value === 'boolean') return `${value}, a yes/no value`;
  return typeof value;
}

/** The keys an object schema accepts at `path`, for suggesting the one a typo meant. */
function keysAt(schema: z.ZodType, path: Path): string[] {
  let current: unknown = schema;
  const unwrap = () => {
    for (;;) {
      const def = (current as { _zod?: { def?: { type?: string; innerType?: unknown; element?: unknown } } })._zod?.def;
      if (def?.innerType && (def.type === 'optional' || def.type === 'default' || def.type === 'nullable')) {
        current = def.innerType;
      } else return def;
    }
  };
  for (const segment of path) {
    const def = unwrap();
    if (def?.type === 'array') current = def.element;
    else if (def?.type === 'object') current = (current as { shape: Record<string, unknown> }).shape[String(segment)];
    else return [];
  }
  const def = unwrap();
  return def?.type === 'object' ? Object.keys((current as { shape: Record<string, unknown> }).shape) : [];
}

/** js-yaml and yaml both misread `title: Pods: the unit` as a nested mapping; say what fixes it. */
function yamlProblem(file: string, line: number, lineText: string, message: string): Problem {
  const unquoted = /^\s*(?:-\s+)?[\w.-]+:\s+(?!["'|>])[^#]*?:\s/.exec(lineText);
  if (unquoted) {
    const [, key = 'key', value = ''] = /^\s*(?:-\s+)?([\w.-]+):\s+(.*)$/.exec(lineText) ?? [];
    return {
      file,
      line,
      message: `the value of \`${key}:\` contains ": ", which YAML reads as a new key: quote the value, ${key}: "${value.replaceAll('"', '\\"')}"`,
    };
  }
  return {
    file,
    line,
    message: `YAML cannot read this line (${message.split('\n')[0]}): check its indentation and quoting`,
  };
}

export interface CheckedYaml<T> {
  data?: T;
  problems: Problem[];
}

export function checkYaml<S extends z.ZodType>(yaml: YamlText, schema: S): CheckedYaml<z.infer<S>> {
  const lines = yaml.text.split('\n');
  const fileLine = (line: number) => yaml.firstLine + line - 1;
  // js-yaml is what Astro reads frontmatter with (same values, same verdicts as the build) and is
  // several times faster than yaml; yaml's positions are needed only when something is wrong.
  let data: unknown;
  try {
    data = load(yaml.text) ?? {};
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = (error.mark?.line ?? 0) + 1;
    return { problems: [yamlProblem(yaml.file, fileLine(line), lines[line - 1] ?? '', error.reason)] };
  }
  const result = schema.safeParse(data);
  if (result.success) return { data: result.data, problems: [] };
  const counter = new LineCounter();
  const doc = parseDocument(yaml.text, { lineCounter: counter, prettyErrors: false });
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path as PropertyKey[];
    if (issue.code === 'unrecognized_keys') {
      const known = keysAt(schema, path);
      for (const key of issue.keys) {
        const near = nearest(key, known);
        const where = path.length > 0 ? ` in ${describePath(data, path)}` : '';
        problems.push({
          file: yaml.file,
          line: fileLine(lineOf(doc, counter, [...path, key])),
          message: `unknown key \`${key}:\`${where}: ${near ? `did you mean \`${near}:\`?` : `use one of: ${known.join(', ')}`}`,
        });
      }
      continue;
    }
    const value = valueAt(data, path);
    let message = issue.message;
    if (issue.code === 'invalid_type' && value !== undefined && value !== null) {
      const expected = typeWords[String(issue.expected)] ?? String(issue.expected);
      message = `is ${describeValue(value)}; write ${expected}`;
    }
    problems.push({
      file: yaml.file,
      line: fileLine(lineOf(doc, counter, path)),
      message: path.length > 0 ? `\`${describePath(data, path)}\` ${message}` : message,
    });
  }
  return { problems };
}
