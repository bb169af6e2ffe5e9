import { stackFileSchema } from '../stacks/schema.ts';
import { DEFAULT_STACK_IDS } from '../stacks/defaults.ts';
import { checkYaml } from './frontmatter.ts';
import type { SourceFile } from './site.ts';
import type { Problem } from './problem.ts';

/**
 * The stack explorer's files, content/stacks/<id>.yaml: each against the schema (with the line of
 * each mistake), then what only the whole folder shows: a file name that is no id, two stacks
 * with one `order:`, a stack the explorer shows by default gone missing.
 */
export function checkStacks(files: readonly SourceFile[], folder = 'content/stacks'): Problem[] {
  const problems: Problem[] = [];
  const orders = new Map<number, string>();
  for (const { file, relative, source } of files) {
    const id = relative.replace(/\.ya?ml$/, '');
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) {
      problems.push({
        file,
        line: 1,
        message: `the file name is the stack's id, used in links (?stacks=${id}): rename it with lowercase letters, digits and hyphens, such as my-stack.yaml`,
      });
    }
    const { data, problems: found } = checkYaml({ file, text: source, firstLine: 1 }, stackFileSchema);
    problems.push(...found);
    if (!data) continue;
    const other = orders.get(data.order);
    if (other) {
      problems.push({
        file,
        line: lineOf(source, /^order:/),
        message: `\`order: ${data.order}\` is also the order of ${other}: give each stack its own number`,
      });
    } else orders.set(data.order, file);
  }
  const ids = new Set(files.map((f) => f.relative.replace(/\.ya?ml$/, '')));
  if (files.length > 0) {
    for (const id of DEFAULT_STACK_IDS.filter((d) => !ids.has(d))) {
      problems.push({
        file: `${folder}/${id}.yaml`,
        line: 1,
        message: `is missing: the explorer shows the stack "${id}" when no other is chosen (src/lib/stacks/defaults.ts): restore the file or change the defaults`,
      });
    }
  }
  return problems;
}

const lineOf = (text: string, pattern: RegExp) => text.split('\n').findIndex((line) => pattern.test(line)) + 1;
