/**
 * Kernels, derived from the layers: how many a stack runs, and the sentence that says so.
 */
import type { Layer, LayerKind, Scope, Stack } from './types.ts';

const hostSideKinds: readonly LayerKind[] = ['hypervisor', 'host-kernel'];

/**
 * The kernels of a stack. The host side counts as one kernel whatever it is made of: a
 * hypervisor, a host kernel, or Windows with its hypervisor under WSL 2 ("Windows + 1"). Every
 * guest kernel counts once, or once per copy of its scope. A user-space kernel (gVisor's Sentry)
 * is counted apart: it is a process, not software in the CPU's privileged mode.
 */
export interface KernelTally {
  host: Layer | undefined;
  guests: readonly Layer[];
  userSpace: readonly Layer[];
}

export function kernelTally(stack: Stack): KernelTally {
  const host = stack.layers.filter((l) => hostSideKinds.includes(l.kind) && l.scope === 'shared').at(-1);
  return {
    host,
    guests: stack.layers.filter((l) => l.kind === 'guest-kernel'),
    userSpace: stack.layers.filter((l) => l.kind === 'app-kernel'),
  };
}

/** Copies of each repeated scope drawn and counted by default: three VMs, three nodes, two pods a node. */
export const OUTER_COPIES = 3;
export const INNER_COPIES = 2;

/** How many copies of a layer exist when the outermost repeated scope has `outer` copies. */
export function copiesOf(stack: Stack, layer: Layer, outer = OUTER_COPIES, inner = INNER_COPIES): number {
  if (layer.scope === 'shared') return 1;
  // Nesting follows the order the scopes first appear from the hardware up: nodes, then pods.
  const repeated = [...new Set(stack.layers.map((l) => l.scope).filter((s) => s !== 'shared'))];
  return outer * inner ** repeated.indexOf(layer.scope);
}

export interface KernelCount {
  kernels: number;
  userSpaceKernels: number;
}

/** Kernels running on one machine with `outer` copies of the outermost repeated scope. */
export function kernelCount(stack: Stack, outer = OUTER_COPIES): KernelCount {
  const t = kernelTally(stack);
  const sum = (layers: readonly Layer[]) => layers.reduce((n, l) => n + copiesOf(stack, l, outer), 0);
  return { kernels: (t.host ? 1 : 0) + sum(t.guests), userSpaceKernels: sum(t.userSpace) };
}

/** True when the number of kernels grows with the workloads. */
export function kernelsRepeat(stack: Stack): boolean {
  const t = kernelTally(stack);
  return [...t.guests, ...t.userSpace].some((l) => l.scope !== 'shared');
}

/** "the host kernel + one per pod", "2 (macOS + the Linux VM’s kernel)". */
export function describeKernels(stack: Stack): string {
  const t = kernelTally(stack);
  const part = (l: Layer) => (l.scope === 'shared' ? (l.kernelName ?? l.label) : `one per ${stack.units[l.scope]}`);
  const parts = [
    ...(t.host ? [t.host.kernelName ?? t.host.label] : []),
    ...t.guests.map(part),
    ...t.userSpace.map(
      (l) => `a user-space kernel (${l.kernelName ?? l.label}) per ${stack.units[l.scope as Exclude<Scope, 'shared'>]}`,
    ),
  ];
  return kernelsRepeat(stack) ? parts.join(' + ') : `${kernelCount(stack).kernels} (${parts.join(' + ')})`;
}

export function pluralUnit(unit: string): string {
  return /(x|s|ch|sh)$/.test(unit) ? `${unit}es` : `${unit}s`;
}

/** "the host kernel + one per pod: 4 as drawn, with 3 pods". */
export function describeKernelsAsDrawn(stack: Stack): string {
  const base = describeKernels(stack);
  const outer = stack.layers.find((l) => l.scope !== 'shared')?.scope;
  const unit = outer && outer !== 'shared' ? stack.units[outer] : undefined;
  if (!kernelsRepeat(stack) || !unit) return base;
  const { kernels, userSpaceKernels } = kernelCount(stack);
  const counted = userSpaceKernels > 0 ? `${kernels} kernel and ${userSpaceKernels} user-space kernels` : `${kernels}`;
  return `${base}: ${counted} as drawn, with ${OUTER_COPIES} ${pluralUnit(unit)}`;
}
