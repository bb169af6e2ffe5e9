import type { QuestionKind } from './schema.ts';

/**
 * How a reader's choices build an answer, shared by the practice session and the page's "Check
 * yourself" marking so both say the same thing. Indices are into the question's option list.
 */

/** The answer after the reader picks option `i`: one (single), toggled (multiple) or the next step (order). */
export function choose(kind: QuestionKind, chosen: readonly number[], i: number): number[] {
  if (kind === 'single') return [i];
  if (kind === 'multiple') return chosen.includes(i) ? chosen.filter((c) => c !== i) : [...chosen, i];
  return chosen.includes(i) ? [...chosen] : [...chosen, i];
}

/** Whether an answer can be checked: something chosen, and every step placed for an order question. */
export const complete = (kind: QuestionKind, chosen: readonly number[], options: number): boolean =>
  chosen.length > 0 && (kind !== 'order' || chosen.length === options);

/** How an option is marked once answered: the reader's pick right or wrong, or the answer they missed. */
export type Mark = '' | 'right' | 'wrong' | 'answer';

export function optionMark(picked: boolean, correct: boolean): Mark {
  if (correct) return picked ? 'right' : 'answer';
  return picked ? 'wrong' : '';
}

/**
 * How option `i` is marked once `chosen` is checked. An order question has no correct options,
 * only a correct place for each step (the file's order): a step is right where the reader put it
 * in that place.
 */
export function markOf(kind: QuestionKind, chosen: readonly number[], i: number, correct: boolean): Mark {
  if (kind === 'order') return chosen.indexOf(i) === i ? 'right' : 'wrong';
  return optionMark(chosen.includes(i), correct);
}

/**
 * For an order question answered wrong: the right order as the reader's key numbers, e.g.
 * "3, 1, 2", where `shown` is the display order (indices into the option list).
 */
export const rightOrderKeys = (shown: readonly number[]): string =>
  shown.map((_, step) => shown.indexOf(step) + 1).join(', ');
