/**
 * Marks the words a reader searched for on the page a result led to. Loaded only when the URL
 * carries ?highlight=, so a page opened any other way pays nothing for it.
 */
import css from './highlight.css?inline';

async function highlightSearchTerms(bundle: string): Promise<void> {
  const module = (await import(/* @vite-ignore */ `${bundle}pagefind-highlight.js`)) as {
    default: new (options: Record<string, unknown>) => unknown;
  };
  document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
  // Pagefind's own style is yellow on black text whatever the theme; ours follows the tokens.
  new module.default({ highlightParam: 'highlight', addStyles: false });
  // A result that named a section already scrolled there; a whole-page result shows the first match.
  if (!location.hash) document.querySelector('mark.pagefind-highlight')?.scrollIntoView({ block: 'center' });
}

// Loaded by URL as a bundle of its own (see SearchDialog.astro): it runs on arrival.
const bundle = document.querySelector<HTMLElement>('[data-search-open]')?.dataset['pagefindBundle'] ?? '/pagefind/';
void highlightSearchTerms(bundle);
