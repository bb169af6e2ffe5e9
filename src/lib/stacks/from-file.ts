/**
 * A stack file (content/stacks/<id>.yaml) turned into the model's Stack: each layer's source
 * looked up by id, and each `boundary:` placed between its layer and the layer under it (the
 * nearest one not drawn beside the others). Plain code with no schema library, so the explorer's
 * island can run it; the schema (schema.ts) has checked the file before the build renders.
 */
import type { StackFile } from './schema.ts';
import type { Boundary, Layer, Source, Stack } from './types.ts';
import type { StackId } from './url.ts';

export function stackFromFile(id: StackId, file: StackFile): Stack {
  const sources = new Map(file.sources.map((s) => [s.id, s as Source]));
  const layers: Layer[] = file.layers.map(({ source, boundary: _, ...layer }) => {
    const found = sources.get(source);
    if (!found) throw new Error(`content/stacks/${id}.yaml: layer "${layer.id}" names no source "${source}"`);
    return { ...layer, source: found };
  });
  const boundaries: Boundary[] = file.layers.flatMap((layer, i) => {
    const below = file.layers.slice(0, i).findLast((l) => !l.beside);
    return layer.boundary && below ? [{ below: below.id, above: layer.id, ...layer.boundary }] : [];
  });
  return {
    id,
    label: file.label,
    order: file.order,
    units: file.units,
    layers,
    boundaries,
    note: file.note,
    sources: [...sources.values()],
  };
}

/** content/stacks/kata.yaml → kata */
export const stackIdOf = (path: string): StackId => path.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
