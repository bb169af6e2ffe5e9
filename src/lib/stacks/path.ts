/**
 * The path of one traced call (a write(2) that must reach the disk, a page fault, a network send),
 * derived from the layers that say what they do with it, with the isolation boundaries it crosses
 * on the way down.
 */
import { traceText } from './traces.ts';
import { getLayer, type Boundary, type Layer, type LayerKind, type Stack, type TraceKind } from './types.ts';

export interface TraceStep {
  layer: Layer;
  text: string;
  /** Boundaries crossed on the way from the previous step to this one. */
  crosses: readonly Boundary[];
}

/** Everything from a boundary's `above` layer upwards is inside it. */
function inside(stack: Stack, boundary: Boundary, layer: Layer): boolean {
  const index = (id: string) => stack.layers.findIndex((l) => l.id === id);
  return index(layer.id) >= index(boundary.above);
}

/** The steps of one call from the app down to the hardware: a write(2) unless told otherwise. */
export function syscallPath(stack: Stack, kind: TraceKind = 'write'): TraceStep[] {
  const onPath = [...stack.layers].reverse().flatMap((layer) => {
    const text = traceText(stack, layer, kind);
    return text ? [{ layer, text }] : [];
  });
  return onPath.map(({ layer, text }, i) => {
    const previous = onPath[i - 1]?.layer;
    const crosses = previous
      ? stack.boundaries.filter((b) => inside(stack, b, previous) !== inside(stack, b, layer))
      : [];
    return { layer, text, crosses };
  });
}

const kernelKinds: readonly LayerKind[] = ['hypervisor', 'host-kernel', 'guest-kernel', 'app-kernel'];

/** The kernels one system call passes through, from the app's down. */
export function kernelsOnPath(stack: Stack): Layer[] {
  return syscallPath(stack)
    .map((s) => s.layer)
    .filter((l) => kernelKinds.includes(l.kind));
}

/** The kernels a system call passes, in order: "the Sentry (in user space), then the host kernel". */
export function describePathKernels(stack: Stack): string {
  const name = (l: Layer) => {
    const n = (l.kernelName ?? l.label).replace(/^(a|one) /, 'the ');
    return l.kind === 'app-kernel' ? `${n} (in user space)` : n;
  };
  return kernelsOnPath(stack).map(name).join(', then ');
}

// Labels that are common nouns, lower-cased inside a sentence; names (Windows, VMM) stay as they are.
const commonNoun = /^(App|Containers|Distributions|Guest|Hypervisor|Image|Node|Pod)\b/;
const inSentence = (label: string) => (commonNoun.test(label) ? label[0]?.toLowerCase() + label.slice(1) : label);

/** "Each pod: hardware virtualization, between VMM and guest kernel". */
export function describeBoundary(stack: Stack, b: Boundary): string {
  const below = inSentence(getLayer(stack, b.below)?.label ?? b.below);
  const above = inSentence(getLayer(stack, b.above)?.label ?? b.above);
  return `${b.label}, between ${below} and ${above}`;
}
