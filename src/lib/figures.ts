/**
 * The shared figures of content/figures.yaml, for code: the density model reads its defaults
 * here, so the calculator and the pages (through <Fact>) cannot disagree. No schema library is
 * imported so the calculator's island stays small; the content collection and figures.test.ts
 * validate the file.
 */
import data from '../../content/figures.yaml';

export interface FigureSource {
  title: string;
  url: string;
  checked: string;
}
export interface Figure {
  id: string;
  value: number | readonly (readonly [number | null, number])[];
  unit: string;
  text?: string;
  source: FigureSource;
}

export const figures = data as readonly Figure[];

/** The figure with this id; an unknown id is a programming error, caught by the unit tests. */
export function figure(id: string): Figure {
  const found = figures.find((f) => f.id === id);
  if (!found)
    throw new Error(`content/figures.yaml has no figure "${id}"; known: ${figures.map((f) => f.id).join(', ')}`);
  return found;
}

/** A plain-number figure's value. */
export function figureValue(id: string): number {
  const { value } = figure(id);
  if (typeof value !== 'number') throw new Error(`figure "${id}" is tiered, not a single number`);
  return value;
}

/** A tiered figure as [size, share] pairs, "everything above" as an unbounded size. */
export function figureTiers(id: string): readonly (readonly [number, number])[] {
  const { value } = figure(id);
  if (typeof value === 'number') throw new Error(`figure "${id}" is a single number, not tiers`);
  return value.map(([size, share]) => [size ?? Number.MAX_SAFE_INTEGER, share] as const);
}

/** How prose writes a figure: its text, or the value with its unit (none before % or m). */
export function figureText(f: Pick<Figure, 'value' | 'unit'> & { text?: string | undefined }): string {
  if (f.text) return f.text;
  const n = typeof f.value === 'number' ? f.value.toLocaleString('en-US') : '';
  if (f.unit === '') return n;
  // Kubernetes writes millicores as 250m; every other unit stands apart from its number.
  if (f.unit === 'm') return `${n}m`;
  return f.unit === '%' ? `${n}%` : `${n}\u00a0${f.unit}`;
}
