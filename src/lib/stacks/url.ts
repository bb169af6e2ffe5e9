/**
 * The explorer's state in the URL (?stacks=kata,gvisor): which of the stacks' ids (the files of
 * content/stacks/) are shown. Loaded by the island only with the stacks, when a reader picks one.
 */
import { stackIds } from './data.ts';
import { DEFAULT_STACK_IDS } from './defaults.ts';

export { stackIds };
/** A stack's id: the name of its file in content/stacks/ (kata.yaml is the stack `kata`). */
export type StackId = string;

export function isStackId(value: string): value is StackId {
  return stackIds.includes(value);
}

export const STACKS_PARAM = 'stacks';
/** Stacks compared at once: three still fit side by side on a wide screen. */
export const MAX_SHOWN = 3;
export const DEFAULT_STACKS: readonly StackId[] = DEFAULT_STACK_IDS;

/** Known ids only, deduplicated, at most MAX_SHOWN; an empty result falls back. */
export function sanitizeStackIds(values: Iterable<string>, fallback: readonly StackId[] = DEFAULT_STACKS): StackId[] {
  const ids: StackId[] = [];
  for (const raw of values) {
    const value = raw.trim().toLowerCase();
    if (isStackId(value) && !ids.includes(value)) ids.push(value);
    if (ids.length === MAX_SHOWN) break;
  }
  if (ids.length > 0) return ids;
  return fallback === DEFAULT_STACKS ? [...DEFAULT_STACKS] : sanitizeStackIds(fallback);
}

/** The stacks named in a query string (`?stacks=kata,gvisor`), or the fallback. */
export function stacksFromSearch(search: string, fallback: readonly StackId[] = DEFAULT_STACKS): StackId[] {
  const values = new URLSearchParams(search).getAll(STACKS_PARAM).flatMap((v) => v.split(','));
  return sanitizeStackIds(values, fallback);
}

/** The query string with `stacks` set, other parameters kept, commas left readable. */
export function searchWithStacks(search: string, ids: readonly StackId[]): string {
  const params = new URLSearchParams(search);
  params.delete(STACKS_PARAM);
  const rest = params.toString();
  const own = ids.length > 0 ? `${STACKS_PARAM}=${ids.join(',')}` : '';
  const query = [rest, own].filter(Boolean).join('&');
  return query ? `?${query}` : '';
}
