/**
 * The search dialog: a small UI over Pagefind's JS API, loaded the first time a reader shows
 * intent to search. Pagefind's own component UI spent most of the time to the first result on its
 * own rendering (and 40 KB); this one fetches a result's fragment only when it is shown, and
 * paints each result as soon as its fragment arrives.
 */
import css from './search-ui.css?inline';
import { fallbackQuery, queryWords } from '../../../src/lib/search/fallback.ts';
import { splitExcerpt } from '../../../src/lib/search/excerpt.ts';
import { loadPagefind, type Pagefind, type PagefindData, type PagefindResult } from './pagefind.ts';

/** Results shown at first and added by each "More results". */
const PAGE_SIZE = 5;
/** Section links under a result. */
const SECTIONS = 3;
/** Pagefind waits this long after the last keystroke; loading the index starts at once. */
const DEBOUNCE_MS = 60;

let dialog: HTMLDialogElement | undefined;

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Pagefind's excerpts are the page's text, escaped, with the matches in <mark>: safe as markup. */
function excerpt(html: string): HTMLSpanElement {
  const span = element('span', { className: 'search-excerpt' });
  span.innerHTML = html;
  return span;
}

function renderResult(item: HTMLLIElement, data: PagefindData): void {
  // Only a hidden keyword matched: say which, rather than show the keyword list as if it were text.
  const { prose, proseMatches, keywords } = splitExcerpt(data.excerpt);
  const text = proseMatches || keywords.length === 0 ? prose : `Also known as: ${keywords.join(', ')}`;
  const hit = element(
    'a',
    { href: data.url, className: 'search-hit' },
    element('span', { className: 'search-title' }, data.meta.title ?? data.url),
    excerpt(text),
  );
  const page = data.url.replace(/[?#].*$/, '');
  const sections = data.sub_results
    .filter((sub) => sub.url.includes('#') && sub.url.replace(/[?#].*$/, '') === page && sub.title !== data.meta.title)
    .filter((sub) => splitExcerpt(sub.excerpt).proseMatches)
    .slice(0, SECTIONS);
  item.replaceChildren(hit);
  if (sections.length > 0) {
    item.append(
      element(
        'ul',
        { className: 'search-sections' },
        ...sections.map((sub) =>
          element('li', {}, element('a', { href: sub.url, className: 'search-section' }, sub.title)),
        ),
      ),
    );
  }
}

interface View {
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

function build(): { dialog: HTMLDialogElement; view: View } {
  document.head.append(element('style', { textContent: css }));
  const input = element('input', {
    type: 'search',
    className: 'search-input',
    placeholder: 'Search the atlas',
    autocomplete: 'off',
    spellcheck: false,
  });
  input.setAttribute('aria-label', 'Search the atlas');
  input.setAttribute('enterkeyhint', 'go');
  const close = element('button', { type: 'button', className: 'search-close' }, 'Close');
  const status = element('p', { className: 'search-status', id: 'search-status' });
  status.setAttribute('role', 'status');
  input.setAttribute('aria-describedby', 'search-status');
  const list = element('ol', { className: 'search-results' });
  list.setAttribute('data-search-results', '');
  list.setAttribute('aria-label', 'Results');
  const more = element('button', { type: 'button', className: 'search-more', hidden: true }, 'More results');
  const box = element('div', { className: 'search-box' }, input, close);
  box.setAttribute('role', 'search');
  const root = element('dialog', { className: 'search-dialog' }, box, status, list, more);
  root.setAttribute('aria-label', 'Search');
  close.addEventListener('click', () => root.close());
  // A click on the backdrop lands on the dialog element itself.
  root.addEventListener('click', (event) => event.target === root && root.close());
  document.body.append(root);
  return { dialog: root, view: { input, status, list, more } };
}

function links(view: View): HTMLAnchorElement[] {
  return [...view.list.querySelectorAll<HTMLAnchorElement>('a')];
}

/** Arrow keys move between the field and the results; typing on a result goes back to the field. */
function navigate(view: View, event: KeyboardEvent): void {
  const all = links(view);
  const at = all.indexOf(document.activeElement as HTMLAnchorElement);
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    const next = event.key === 'ArrowDown' ? at + 1 : at - 1;
    event.preventDefault();
    if (next < 0) view.input.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  } else if (event.key === 'Escape') {
    // A search field swallows the first Esc to clear itself; here Esc always closes.
    event.preventDefault();
    view.input.closest('dialog')?.close();
  } else if (event.key === 'Enter' && event.target === view.input) {
    all[0]?.click();
  } else if (at >= 0 && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    view.input.focus();
  }
}

function controller(pagefind: Promise<Pagefind>, view: View) {
  let generation = 0;
  let pending: PagefindResult[] = [];

  /** Shows the next results; resolves when the first of them is on screen. */
  function showMore(): Promise<void> {
    const batch = pending.slice(0, PAGE_SIZE);
    pending = pending.slice(PAGE_SIZE);
    view.more.hidden = pending.length === 0;
    // Each result gets its place now and its content when its own fragment arrives, in order.
    const shown = batch.map((result) => {
      const item = element('li', { className: 'search-result' });
      view.list.append(item);
      return result.data().then((data) => renderResult(item, data));
    });
    return shown[0] ?? Promise.resolve();
  }

  async function run(term: string): Promise<void> {
    const id = ++generation;
    if (!term.trim()) {
      pending = [];
      view.list.replaceChildren();
      view.status.textContent = '';
      view.more.hidden = true;
      return;
    }
    const pf = await pagefind;
    void pf.preload(term);
    const found = await pf.debouncedSearch(term, {}, DEBOUNCE_MS);
    if (found === null || id !== generation) return;
    let results = found.results;
    let notice = '';
    const words = queryWords(term);
    if (results.length === 0 && words.length > 1) {
      const counts = await Promise.all(words.map((word) => pf.search(word).then((s) => s.results.length)));
      const fallback = fallbackQuery(words, counts);
      if (fallback.query !== null) {
        results = (await pf.search(fallback.query)).results;
        notice = fallback.notice ?? '';
      }
    }
    if (id !== generation) return;
    const count = results.length === 1 ? '1 page' : `${results.length} pages`;
    view.status.textContent = results.length === 0 ? `No page matches “${term.trim()}”` : notice || `${count} found`;
    view.status.classList.toggle('search-notice', notice !== '');
    view.list.replaceChildren();
    pending = results;
    void showMore();
  }

  view.input.addEventListener('input', () => void run(view.input.value));
  view.more.addEventListener('click', () => {
    const first = view.list.children.length;
    // Keep the keyboard where the new results start.
    void showMore().then(() => view.list.children[first]?.querySelector('a')?.focus());
  });
}

/** Starts loading Pagefind and its index: called on the first sign that the reader will search. */
function prepare(bundle: string): void {
  void loadPagefind(bundle).catch(() => {});
}

/** Opens the dialog (building it the first time); focus returns where it was when it closes. */
function open(bundle: string): void {
  const pagefind = loadPagefind(bundle);
  if (!dialog) {
    const built = build();
    dialog = built.dialog;
    const { view } = built;
    controller(pagefind, view);
    dialog.addEventListener('keydown', (event) => navigate(view, event));
    pagefind.catch(() => {
      view.status.textContent = 'Search could not load. Reload the page to try again.';
    });
  }
  if (dialog.open) return;
  const returnTo = document.activeElement as HTMLElement | null;
  dialog.addEventListener('close', () => returnTo?.focus(), { once: true });
  dialog.showModal();
  const input = dialog.querySelector<HTMLInputElement>('input');
  input?.focus();
  input?.select();
}

// Loaded as a classic bundle by URL (see SearchDialog.astro), so it hands its API over on window.
window.atlasSearch = { prepare, open };
