/**
 * The layered stacks of virtualization and containerization: one model that the diagram,
 * the comparison table and any prose counting kernels all read, so they cannot disagree.
 * The stacks themselves are data, one file each in content/stacks/ (data.ts reads them); kernel
 * counts, system-call paths and where boundaries lie are derived from their layers, never written
 * down twice (kernels.ts, path.ts). This module re-exports every helper.
 */
import { allStacks } from './data.ts';
import { describeKernels } from './kernels.ts';
import { describePathKernels, kernelsOnPath } from './path.ts';
import { boundaryKindLabels, type Stack } from './types.ts';
import { DEFAULT_STACKS, isStackId, MAX_SHOWN, sanitizeStackIds, stackIds, type StackId } from './url.ts';

export { allStacks } from './data.ts';
export * from './kernels.ts';
export * from './path.ts';
export * from './traces.ts';
export * from './types.ts';
export * from './url.ts';

export const stacks: ReadonlyMap<StackId, Stack> = new Map(allStacks.map((s) => [s.id, s]));

export function getStack(id: StackId): Stack {
  const stack = stacks.get(id);
  if (!stack) throw new Error(`No stack "${id}": content/stacks/ has no ${id}.yaml`);
  return stack;
}

export interface ComparisonRow {
  id: StackId;
  label: string;
  kernels: string;
  pathKernels: string;
  boundaries: string[];
  note: string;
}

/** One row of the table comparing the stacks. */
export function comparisonRow(stack: Stack): ComparisonRow {
  return {
    id: stack.id,
    label: stack.label,
    kernels: describeKernels(stack),
    pathKernels: `${kernelsOnPath(stack).length}: ${describePathKernels(stack)}`,
    boundaries: stack.boundaries.map((b) => `${b.label} (${boundaryKindLabels[b.kind]})`),
    note: stack.note,
  };
}

/**
 * Stack ids as an author writes them ("kata, gvisor" or an array). Unlike the URL, a mistake
 * here is the author's to fix, so it throws with the list of valid ids.
 */
export function authorStackIds(input: string | readonly string[] | undefined, where = 'StackExplorer'): StackId[] {
  if (input === undefined) return [...DEFAULT_STACKS];
  const values = (typeof input === 'string' ? input.split(',') : [...input]).map((v) => v.trim()).filter(Boolean);
  const unknown = values.filter((v) => !isStackId(v));
  if (unknown.length > 0 || values.length === 0 || values.length > MAX_SHOWN) {
    throw new Error(
      `${where}: stacks="${values.join(',')}" must name one to ${MAX_SHOWN} of: ${stackIds.join(', ')}` +
        (unknown.length > 0 ? ` (unknown: ${unknown.join(', ')})` : ''),
    );
  }
  return sanitizeStackIds(values);
}
