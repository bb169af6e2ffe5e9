/**
 * The narrow-screen menu, loaded on the first press of the menu button (FrameScripts.astro): while
 * it is open everything else is inert, so Tab cycles between the button and the links, and Esc
 * closes it.
 */
const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
const menu = document.getElementById('sidebar');
const outside = () =>
  document.querySelectorAll<HTMLElement>(
    '.skip-link, .site-header > :not([data-menu-button]), .layout > :not(#sidebar), .site-footer',
  );

function setOpen(open: boolean) {
  if (!button || !menu) return;
  button.setAttribute('aria-expanded', String(open));
  menu.classList.toggle('open', open);
  for (const el of outside()) el.inert = open;
  if (open) (menu.querySelector<HTMLElement>('[aria-current="page"]') ?? menu.querySelector('a'))?.focus();
  else button.focus();
}

document.addEventListener('keydown', (event) => {
  if (!button || !menu || button.getAttribute('aria-expanded') !== 'true') return;
  if (event.key === 'Escape') setOpen(false);
  if (event.key !== 'Tab') return;
  // Wrap around: from the last link back to the button, and from the button back to the last link.
  const cycle = [button, ...menu.querySelectorAll<HTMLElement>('a')];
  const edge = event.shiftKey ? cycle[0] : cycle.at(-1);
  if (document.activeElement === edge) {
    event.preventDefault();
    (event.shiftKey ? cycle.at(-1) : cycle[0])?.focus();
  }
});
// Widening the window while the menu is open must not leave the page inert.
matchMedia('(min-width: 50.01rem)').addEventListener('change', (event) => {
  if (event.matches && button?.getAttribute('aria-expanded') === 'true') setOpen(false);
});

window.atlasMenu = { toggle: () => setOpen(button?.getAttribute('aria-expanded') !== 'true') };

// A module of its own, loaded by URL: it exports nothing, it installs its handler on window.
export {};
