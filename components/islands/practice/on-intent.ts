/**
 * Loads the practice page's behaviour on the reader's first intent (pointer over, touch, focus
 * or input inside the form), or at once for a shared link, a returning reader (whose progress
 * the form shows) or a reader already in the form. Until then the page runs nothing else.
 */
interface Behaviour {
  mountPractice(root: HTMLElement): void;
}

const intents = ['pointerover', 'pointerdown', 'focusin', 'input'] as const;

export function onIntent(root: HTMLElement, load: () => Promise<Behaviour>): void {
  let started = false;
  let replay: (() => void) | undefined;
  // A reader quick enough to start (or press another button) before the behaviour is there gets
  // what they asked for once it is, not a reload of the page.
  const early = (event: Event) => {
    const target = event.target as Element;
    if (event.type === 'submit') {
      event.preventDefault();
      replay = () => (target as HTMLFormElement).requestSubmit();
    } else {
      const button = target.closest?.<HTMLButtonElement>('button[type=button]');
      if (button) replay = () => button.click();
    }
    start();
  };
  const start = () => {
    if (started) return;
    started = true;
    for (const type of intents) root.removeEventListener(type, start);
    void load().then(({ mountPractice }) => {
      root.removeEventListener('submit', early);
      root.removeEventListener('click', early);
      mountPractice(root);
      replay?.();
    });
  };
  root.addEventListener('submit', early);
  root.addEventListener('click', early);
  let returning = false;
  try {
    returning = localStorage.getItem(root.dataset['storageKey'] ?? '') !== null;
  } catch {
    // Storage blocked: there is no progress to show.
  }
  if (location.search || returning || root.contains(document.activeElement)) start();
  else for (const type of intents) root.addEventListener(type, start, { passive: true });
}
