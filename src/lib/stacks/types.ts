/** The shapes of the stack model: layers, boundaries, stacks, and the words used for them. */
import type { StackId } from './url.ts';

export type LayerKind =
  | 'hardware'
  | 'hypervisor'
  | 'host-kernel'
  | 'guest-kernel'
  | 'app-kernel'
  | 'vmm'
  | 'runtime'
  | 'agent'
  | 'userland'
  | 'app';

/** The calls the explorer traces: a file write, a page fault on first touch, a network send. */
export type TraceKind = 'write' | 'fault' | 'send';

/** How often a layer exists: once for the machine, or once per node, pod or workload. */
export const scopes = ['shared', 'per-node', 'per-pod', 'per-workload'] as const;
export type Scope = (typeof scopes)[number];

/**
 * How a boundary isolates. 'memory-encryption' is hardware virtualization whose VM does not trust
 * the host: the layers under the line (host kernel, VMM) are outside the trusted computing base.
 * 'language-runtime' is a sandbox enforced by a compiler and runtime inside one process
 * (WebAssembly's linear memory and imports), not by a kernel: unlike 'application-kernel' (gVisor's
 * Sentry) nothing under it reimplements system calls, so it gets a kind of its own.
 */
export type BoundaryKind =
  'hardware-virtualization' | 'memory-encryption' | 'namespaces-cgroups' | 'application-kernel' | 'language-runtime';

/** A document a stack relies on; its file also records `id` and `checked`, which no reader sees. */
export interface Source {
  title: string;
  url: string;
}

export interface Layer {
  id: string;
  label: string;
  /** A shorter label for narrow boxes in the diagram. */
  short?: string;
  kind: LayerKind;
  scope: Scope;
  /** What the layer is and what runs there. */
  description: string;
  examples: readonly string[];
  source: Source;
  /** Name of a kernel layer in sentences that count kernels ("the host kernel"). */
  kernelName?: string;
  /** What this layer does with the traced write(2); layers the call does not pass leave it out. */
  trace?: string;
  /**
   * Where this layer handles a page fault or a send unlike its kind does elsewhere (traces.ts):
   * its own text, or null when the call does not pass it.
   */
  traces?: Partial<Record<Exclude<TraceKind, 'write'>, string | null>>;
  /** Runs beside the layers above it on the same base, not under them (Windows beside the WSL VM). */
  beside?: boolean;
}

export interface Boundary {
  /** The layer under the boundary: everything from `above` upwards is inside it. */
  below: string;
  above: string;
  kind: BoundaryKind;
  label: string;
}

export interface Stack {
  id: StackId;
  label: string;
  /** Layers from the hardware up. */
  layers: readonly Layer[];
  boundaries: readonly Boundary[];
  /** What one copy of each repeated scope is called in this stack ("VM", "pod"). */
  units: Partial<Record<Exclude<Scope, 'shared'>, string>>;
  note: string;
  /** Every document the stack relies on: the layers' sources and those behind its note. */
  sources: readonly Source[];
}

export const kindLabels: Record<LayerKind, string> = {
  hardware: 'Hardware',
  hypervisor: 'Hypervisor',
  'host-kernel': 'Host kernel',
  'guest-kernel': 'Guest kernel',
  'app-kernel': 'User-space kernel',
  vmm: 'VMM',
  runtime: 'Runtime',
  agent: 'Agent',
  userland: 'Userland',
  app: 'Application',
};

export const boundaryKindLabels: Record<BoundaryKind, string> = {
  'hardware-virtualization': 'hardware virtualization',
  'memory-encryption': 'encrypted VM, host untrusted',
  'namespaces-cgroups': 'namespaces and cgroups',
  'application-kernel': 'application kernel',
  'language-runtime': 'language runtime sandbox',
};

export function getLayer(stack: Stack, id: string): Layer | undefined {
  return stack.layers.find((l) => l.id === id);
}

export function scopeLabel(stack: Stack, scope: Scope): string {
  return scope === 'shared' ? 'shared' : `one per ${stack.units[scope] ?? scope.slice(4)}`;
}
