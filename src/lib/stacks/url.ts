/**
 * The stack ids and the explorer's state in the URL (?stacks=kata,gvisor). Kept apart from the
 * data so the island can read and write the URL without shipping the stacks.
 */

export const stackIds = [
  'type1-vm',
  'type2-vm',
  'containers',
  'k8s-on-vms',
  'kata',
  'gvisor',
  'firecracker',
  'docker-desktop-mac',
  'wsl2',
  'confidential-vm',
  'coco',
  'windows-process',
  'windows-hyperv',
  'system-container',
  'kata-nested',
  'kubevirt',
  'wasm',
] as const;
export type StackId = (typeof stackIds)[number];

export function isStackId(value: string): value is StackId {
  return (stackIds as readonly string[]).includes(value);
}

export const STACKS_PARAM = 'stacks';
/** Stacks compared at once: three still fit side by side on a wide screen. */
export const MAX_SHOWN = 3;
export const DEFAULT_STACKS: readonly StackId[] = ['containers', 'type1-vm'];

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
