/**
 * The slice of Pagefind's JS API the search dialog uses (pagefind.js, built into dist/pagefind/ by
 * the indexer, so it is loaded by URL and typed here by hand).
 */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}
export interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string): Promise<PagefindSearch>;
  debouncedSearch(term: string, options?: Record<string, unknown>, ms?: number): Promise<PagefindSearch | null>;
}

/** Words of an excerpt: Pagefind cuts them around the densest run of matches. */
const EXCERPT_WORDS = 22;

let instance: Promise<Pagefind> | undefined;

/**
 * Loads Pagefind and its index metadata once. No worker: on a site this size the search itself
 * takes milliseconds, and the worker would cost one more script (12 KB) before the first result.
 */
export function loadPagefind(bundle: string): Promise<Pagefind> {
  instance ??= (async () => {
    const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as {
      createInstance(options: Record<string, unknown>): Pagefind;
    };
    const pagefind = module.createInstance({ basePath: bundle, noWorker: true });
    await pagefind.options({ excerptLength: EXCERPT_WORDS, highlightParam: 'highlight' });
    await pagefind.init();
    return pagefind;
  })();
  return instance;
}
