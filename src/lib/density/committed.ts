import { numberFields, type Inputs, type NumberField, type RawInputs } from './inputs.ts';

/**
 * The results and the shared link follow *committed* inputs: a valid set the reader has finished
 * typing (they paused, left the field or pressed Enter), never a keystroke on the way to another
 * value, so typing 1e309 never passes through a result for 1e3.
 */

/** How long a valid value must stand still before it counts. */
export const SETTLE_MS = 500;

export function sameInputs(a: Inputs, b: Inputs): boolean {
  return (Object.keys(a) as (keyof Inputs)[]).every((key) => a[key] === b[key]);
}

export interface StaleField {
  field: NumberField;
  /** The value the results are computed with. */
  shown: number;
  /** What the reader has typed there. */
  typed: string;
}

/** The number fields whose typed text differs from the value the results use, in form order. */
export function staleFields(raw: RawInputs, committed: Inputs): StaleField[] {
  return numberFields
    .filter((field) => (raw[field] ?? '').trim() !== String(committed[field]))
    .map((field) => ({ field, shown: committed[field], typed: raw[field] ?? '' }));
}
