import type { Explorer } from './stack-behaviour.ts';

/**
 * Brings a prerendered explorer to life without a framework: the markup (controls, figures,
 * panel, texts) is complete HTML from StackExplorer.astro, so all this does is enable the
 * controls, give each diagram's layers listbox roles with one tab stop (roving tabindex), and
 * hand the reader's first click, key or change to the behaviour, loaded then.
 */
export function mountExplorer(root: HTMLElement): void {
  const uid = root.dataset['uid'] ?? 'se';
  const behaviour = () => import('./stack-behaviour.ts');

  const upgrade = () => {
    for (const fig of root.querySelectorAll<HTMLElement>('[data-stack]')) {
      fig.querySelector('svg')?.setAttribute('role', 'group');
      const list = fig.querySelector('.layers');
      list?.setAttribute('role', 'listbox');
      list?.setAttribute('aria-label', `Layers of ${fig.querySelector('.title')?.textContent}, from the hardware up`);
      list?.setAttribute('aria-controls', `${uid}-panel`);
      const layers = fig.querySelectorAll<SVGGElement>('g[data-layer]');
      layers.forEach((g, i) => {
        g.setAttribute('role', 'option');
        g.setAttribute('aria-label', g.dataset['name'] ?? '');
        g.setAttribute('aria-selected', 'false');
        g.tabIndex = i === layers.length - 1 ? 0 : -1;
      });
    }
  };
  const explorer = (): Explorer => ({ root, panel: root.querySelector<HTMLElement>('.panel') ?? root, uid, upgrade });

  const forward = (event: Event) => {
    // Keys that move between layers must not scroll the page, even before the behaviour loads.
    if (event instanceof KeyboardEvent) {
      const onLayer = (event.target as Element).closest?.('[role=option]');
      if (!onLayer || !/^(Arrow|Home$|End$|Enter$| $)/.test(event.key)) return;
      event.preventDefault();
    }
    void behaviour().then((b) => b.handle(explorer(), event));
  };

  for (const control of root.querySelectorAll<HTMLButtonElement>('[disabled]')) control.disabled = false;
  upgrade();
  for (const type of ['click', 'keydown', 'change']) root.addEventListener(type, forward);
  root.dataset['ready'] = 'true';
  if (root.dataset['controls'] !== 'false' && location.search.includes('stacks=')) {
    void behaviour().then((b) => b.fromUrl(explorer()));
  }
}
