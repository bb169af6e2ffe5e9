/**
 * The stacks the explorer shows when a page and the URL name none. Apart from url.ts, which
 * reads every stack file, so the build's content check can name a default whose file is missing.
 */
export const DEFAULT_STACK_IDS: readonly string[] = ['containers', 'type1-vm'];
