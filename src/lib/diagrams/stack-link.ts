import { STACKS_PARAM, type StackId } from '../stacks/url.ts';

/** The stack explorer, opened on the given stacks: where a static stack figure leads. */
export function explorerHref(base: string, ids: readonly StackId[]): string {
  return `${base}tools/stack-explorer/?${STACKS_PARAM}=${ids.join(',')}`;
}
