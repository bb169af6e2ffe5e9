/**
 * From a stack file (content/stacks/<id>.yaml) to the model's Stack, in two steps. At build time
 * compactStack() drops what no reader sees (each source's id and `checked:`, the `order:` the
 * files are sorted by) and cites sources by position, so the island ships less; in the page and
 * the browser stackFromCompact() looks the sources up again and places each `boundary:` between
 * its layer and the layer under it (the nearest one not drawn beside the others). Plain code with
 * no schema library: the schema (schema.ts) has checked the files before the build renders.
 */
import type { StackFile } from './schema.ts';
import type { Boundary, Layer, Scope, Source, Stack } from './types.ts';
import type { StackId } from './url.ts';

/** A layer as the build ships it: the model's layer, citing its source by index, with its boundary. */
export type CompactLayer = Omit<Layer, 'source'> & { source: number; boundary?: Omit<Boundary, 'below' | 'above'> };

/** A stack as the build ships it: sources as [title, url], each layer citing one by index. */
export interface CompactStack {
  id: StackId;
  label: string;
  units: Partial<Record<Exclude<Scope, 'shared'>, string>>;
  note: string;
  sources: [title: string, url: string][];
  layers: CompactLayer[];
}

/** The stack files, by id, in their `order:`, compacted for shipping. */
export function compactStacks(files: readonly (readonly [StackId, StackFile])[]): CompactStack[] {
  return [...files]
    .sort(([, a], [, b]) => a.order - b.order)
    .map(([id, file]) => {
      const ids = file.sources.map((s) => s.id);
      return {
        id,
        label: file.label,
        units: file.units as CompactStack['units'],
        note: file.note,
        sources: file.sources.map((s) => [s.title, s.url]),
        // The schema has checked each field; zod types an optional field as `T | undefined`.
        layers: file.layers.map((layer) => ({ ...layer, source: ids.indexOf(layer.source) }) as CompactLayer),
      };
    });
}

export function stackFromCompact(compact: CompactStack): Stack {
  const sources: Source[] = compact.sources.map(([title, url]) => ({ title, url }));
  const layers: Layer[] = compact.layers.map(({ source, boundary, ...layer }) => {
    void boundary; // placed below, as a Boundary of the stack
    return { ...layer, source: sources[source] ?? { title: '', url: '' } };
  });
  const boundaries: Boundary[] = compact.layers.flatMap((layer, i) => {
    const below = compact.layers.slice(0, i).findLast((l) => !l.beside);
    return layer.boundary && below ? [{ below: below.id, above: layer.id, ...layer.boundary }] : [];
  });
  return {
    id: compact.id,
    label: compact.label,
    units: compact.units,
    layers,
    boundaries,
    note: compact.note,
    sources,
  };
}

/** content/stacks/kata.yaml → kata */
export const stackIdOf = (path: string): StackId => path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
