/**
 * The stacks, read from content/stacks/*.yaml (one file each, named by id) and put in their
 * `order:`. Vite bundles the files as data (src/integrations/yaml-data.ts), for the pages at build
 * time and for the island when a reader picks another stack; a contributor adds a stack by adding
 * a file, with no code to change.
 */
import { stackFromFile, stackIdOf } from './from-file.ts';
import type { StackFile } from './schema.ts';
import type { Stack } from './types.ts';
import type { StackId } from './url.ts';

const files = import.meta.glob<StackFile>('/content/stacks/*.yaml', { eager: true, import: 'default' });

export const allStacks: readonly Stack[] = Object.entries(files)
  .map(([path, file]) => stackFromFile(stackIdOf(path), file))
  .sort((a, b) => a.order - b.order);

export const stackIds: readonly StackId[] = allStacks.map((s) => s.id);
