import { readFileSync } from 'node:fs';
import { LineCounter, isNode, parseDocument } from 'yaml';
import { decisionHelperSchema, type DecisionHelper } from './schema.ts';

/** Where the data lives, relative to the project; CONTENT_DIR points the fixture builds elsewhere. */
export const helperFile = (contentDir = process.env['CONTENT_DIR'] ?? 'content') =>
  `${contentDir}/decisions/helper.yaml`;

export interface Located {
  path: (string | number)[];
  message: string;
}

/** `file:line` for a path into the YAML document: the contributor's editor jumps there. */
function lineOf(text: string, path: (string | number)[]): number {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return 1;
}

export function formatProblems(file: string, text: string, problems: Located[]): string {
  return problems
    .map(({ path, message }) => `${file}:${lineOf(text, path)}: ${path.join('.') || '(file)'} ${message}`)
    .join('\n');
}

/** Parses and checks the helper's data; any mistake throws one message naming file and line. */
export function parseDecisionHelper(text: string, file: string): DecisionHelper {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    const hint = /indentation|mapping/.test(first.message) ? ' (a value containing ": " must be quoted)' : '';
    throw new Error(`${file}:${first.linePos?.[0].line ?? 1}: ${first.message.split('\n')[0]}${hint}`);
  }
  const result = decisionHelperSchema.safeParse(doc.toJS());
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({
      path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
      message: issue.message,
    }));
    throw new Error(`The decision helper's data has mistakes:\n${formatProblems(file, text, problems)}`);
  }
  return result.data;
}

export function loadDecisionHelper(file = helperFile()): { helper: DecisionHelper; text: string; file: string } {
  const text = readFileSync(file, 'utf8');
  return { helper: parseDecisionHelper(text, file), text, file };
}
