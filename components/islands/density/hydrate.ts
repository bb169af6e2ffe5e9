import { hydrate } from 'svelte';
import Calculator from './DensityCalculator.svelte';

/**
 * Hydrates the server-rendered calculator in place, keeping the element the reader is in and
 * whatever they typed.
 */
export function hydrateCalculator(target: HTMLElement): void {
  // Hydration drops each input's value attribute. On an input nobody has typed in yet that
  // briefly empties it and moves the caret, which would turn "select all, type" into "append".
  // Assigning the value first marks the input as edited, so it keeps its caret.
  for (const input of target.querySelectorAll('input')) {
    // eslint-disable-next-line no-self-assign -- the assignment itself is the point (see above)
    if (!input.validity.badInput) input.value = input.value;
  }
  hydrate(Calculator, { target });
}
