/**
 * "Check yourself" on a teaching page, loaded on the reader's first answer (CheckYourself.astro):
 * marks the chosen options right or wrong and opens the explanations.
 */
import { optionMark } from '@lib/questions/answering.ts';

function mark(q: HTMLElement) {
  let right = true;
  for (const input of q.querySelectorAll('input')) {
    const ok = input.hasAttribute('data-ok');
    if (ok !== input.checked) right = false;
    const row = input.closest('li');
    if (row) row.dataset['mark'] = optionMark(input.checked, ok);
  }
  const status = q.querySelector('[role=status]');
  if (status)
    status.textContent = right
      ? 'Right.'
      : 'Not quite: the right answer is marked, and each option is explained below.';
  const details = q.querySelector('details');
  if (details) details.open = true;
}

const question = (event: Event, selector: string) =>
  (event.target as Element | null)?.closest?.(selector)?.closest<HTMLElement>('[data-cq]');

window.atlasCheck = {
  handle(event) {
    // Space (or Enter) on an option the arrow keys already chose answers with it: no click comes.
    const key = (event as KeyboardEvent).key;
    const q =
      event.type === 'click'
        ? question(event, '[data-cq=single] input, [data-cq-check]')
        : event.type === 'keyup' && (key === ' ' || key === 'Enter')
          ? question(event, '[data-cq=single] input:checked')
          : undefined;
    if (q) mark(q);
  },
};

// A module of its own, loaded by URL: it exports nothing, it installs its handler on window.
export {};
