/**
 * What the explorer loads only once a reader asks for other stacks (or arrives with
 * ?stacks=… in the address): the stacks, the figure markup and the URL helpers. Keeping
 * them out of the island's first load keeps it within its 15 KB.
 */
export { figuresHtml } from '@lib/stacks/markup.ts';
export { sanitizeStackIds, searchWithStacks, stacksFromSearch } from '@lib/stacks/url.ts';
