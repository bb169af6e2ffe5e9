/**
 * The stacks, from content/stacks/*.yaml (one file each, named by id), in their `order:`. The
 * build reads the files (src/integrations/stack-data.ts) and hands them over as compact JSON, to
 * the pages at build time and to the island when a reader picks another stack; a contributor adds
 * a stack by adding a file, with no code to change.
 */
import compact from 'virtual:isolation-atlas/stacks';
import { stackFromCompact } from './from-file.ts';
import type { Stack } from './types.ts';
import type { StackId } from './url.ts';

export const allStacks: readonly Stack[] = compact.map(stackFromCompact);

export const stackIds: readonly StackId[] = allStacks.map((s) => s.id);
