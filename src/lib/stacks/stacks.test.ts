import { describe, expect, it } from 'vitest';
import {
  allStacks,
  authorStackIds,
  comparisonRow,
  copiesOf,
  describeBoundary,
  describeKernels,
  describeKernelsAsDrawn,
  describePathKernels,
  getStack,
  kernelCount,
  kernelsOnPath,
  MAX_SHOWN,
  sanitizeStackIds,
  searchWithStacks,
  stackIds,
  stacksFromSearch,
  syscallPath,
  type BoundaryKind,
  type StackId,
} from './stacks.ts';

/**
 * What the project reference (stacks.md) says of each stack: kernels as a formula (host + one per
 * unit, or a fixed number), and the isolation boundaries with the layers they lie between.
 */
const reference: Record<
  StackId,
  {
    kernels: string;
    withThree: number;
    withFive: number;
    userSpace?: number;
    boundaries: [string, string, BoundaryKind][];
  }
> = {
  'type1-vm': {
    kernels: 'the hypervisor + one per VM',
    withThree: 4,
    withFive: 6,
    boundaries: [['hypervisor', 'guest-kernel', 'hardware-virtualization']],
  },
  'type2-vm': {
    kernels: 'the host kernel + one per VM',
    withThree: 4,
    withFive: 6,
    boundaries: [['hypervisor-app', 'guest-kernel', 'hardware-virtualization']],
  },
  containers: {
    kernels: '1 (the host kernel)',
    withThree: 1,
    withFive: 1,
    boundaries: [['runtime', 'userland', 'namespaces-cgroups']],
  },
  'k8s-on-vms': {
    kernels: 'the hypervisor + one per node',
    withThree: 4,
    withFive: 6,
    boundaries: [
      ['hypervisor', 'node-kernel', 'hardware-virtualization'],
      ['kubelet', 'pod', 'namespaces-cgroups'],
    ],
  },
  kata: {
    kernels: 'the host kernel + one per pod',
    withThree: 4,
    withFive: 6,
    boundaries: [['vmm', 'guest-kernel', 'hardware-virtualization']],
  },
  gvisor: {
    kernels: 'the host kernel + a user-space kernel (the Sentry) per sandbox',
    withThree: 1,
    withFive: 1,
    userSpace: 3,
    boundaries: [['sentry', 'app', 'application-kernel']],
  },
  firecracker: {
    kernels: 'the host kernel + one per micro-VM',
    withThree: 4,
    withFive: 6,
    boundaries: [
      ['jailer', 'vmm', 'namespaces-cgroups'],
      ['vmm', 'guest-kernel', 'hardware-virtualization'],
    ],
  },
  'docker-desktop-mac': {
    kernels: '2 (macOS + the Linux VM’s kernel)',
    withThree: 2,
    withFive: 2,
    boundaries: [
      ['vmm', 'linux-kernel', 'hardware-virtualization'],
      ['engine', 'containers', 'namespaces-cgroups'],
    ],
  },
  wsl2: {
    kernels: '2 (Windows + the Linux kernel)',
    withThree: 2,
    withFive: 2,
    boundaries: [
      ['hypervisor', 'linux-kernel', 'hardware-virtualization'],
      ['linux-kernel', 'distros', 'namespaces-cgroups'],
    ],
  },
  'confidential-vm': {
    kernels: 'the host kernel + one per VM',
    withThree: 4,
    withFive: 6,
    boundaries: [['vmm', 'guest-kernel', 'memory-encryption']],
  },
  coco: {
    kernels: 'the host kernel + one per pod',
    withThree: 4,
    withFive: 6,
    boundaries: [['vmm', 'guest-kernel', 'memory-encryption']],
  },
  'windows-process': {
    kernels: '1 (the Windows kernel)',
    withThree: 1,
    withFive: 1,
    boundaries: [['runtime', 'userland', 'namespaces-cgroups']],
  },
  'windows-hyperv': {
    kernels: 'the host’s Windows + one per container',
    withThree: 4,
    withFive: 6,
    boundaries: [['hypervisor', 'uvm-kernel', 'hardware-virtualization']],
  },
  'system-container': {
    kernels: '1 (the host kernel)',
    withThree: 1,
    withFive: 1,
    boundaries: [['runtime', 'init', 'namespaces-cgroups']],
  },
  'kata-nested': {
    kernels: 'the cloud hypervisor + one per node + one per pod',
    withThree: 10,
    withFive: 16,
    boundaries: [
      ['hypervisor', 'node-kernel', 'hardware-virtualization'],
      ['vmm', 'guest-kernel', 'hardware-virtualization'],
    ],
  },
  kubevirt: {
    kernels: 'the node kernel + one per VM',
    withThree: 4,
    withFive: 6,
    boundaries: [
      ['kubelet', 'launcher', 'namespaces-cgroups'],
      ['qemu', 'guest-kernel', 'hardware-virtualization'],
    ],
  },
  wasm: {
    kernels: '1 (the host kernel)',
    withThree: 1,
    withFive: 1,
    boundaries: [
      ['containerd', 'wasmtime', 'namespaces-cgroups'],
      ['wasmtime', 'module', 'language-runtime'],
    ],
  },
};

describe('the stacks', () => {
  it('are the files of content/stacks/, in their order, each with a unique id', () => {
    expect(stackIds.slice(0, 3)).toEqual(['type1-vm', 'type2-vm', 'containers']);
    expect(stackIds.at(-1)).toBe('wasm');
    expect(new Set(stackIds).size).toBe(stackIds.length);
    expect(allStacks.map((s) => s.id)).toEqual([...stackIds]);
  });

  it('include every stack of the reference', () => {
    expect(stackIds).toEqual(expect.arrayContaining(Object.keys(reference)));
    expect(stackIds).toHaveLength(17);
  });

  // A stack added as a file needs no row here to be drawn; a row checks the model against the reference.
  it.each(Object.entries(reference))('%s has the kernel count the reference gives', (id, expected) => {
    const stack = getStack(id);
    expect(describeKernels(stack)).toBe(expected.kernels);
    expect(kernelCount(stack).kernels).toBe(expected.withThree);
    expect(kernelCount(stack, 5).kernels).toBe(expected.withFive);
    expect(kernelCount(stack).userSpaceKernels).toBe(expected.userSpace ?? 0);
  });

  it.each(Object.entries(reference))('%s has exactly the boundaries the reference gives', (id, expected) => {
    const actual = getStack(id).boundaries.map((b) => [b.below, b.above, b.kind]);
    expect(actual).toEqual(expected.boundaries);
  });

  it.each(stackIds)('%s: layers are unique, sourced, and stacked from the hardware up', (id) => {
    const stack = getStack(id);
    const ids = stack.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(stack.layers[0]?.kind).toBe('hardware');
    for (const layer of stack.layers) {
      expect(layer.source.title.length, layer.id).toBeGreaterThan(5);
      expect(new URL(layer.source.url).protocol, layer.id).toBe('https:');
      expect(layer.description.length, layer.id).toBeGreaterThan(20);
      expect(layer.examples.length, layer.id).toBeGreaterThan(0);
      if (['hypervisor', 'host-kernel', 'guest-kernel', 'app-kernel'].includes(layer.kind)) {
        expect(layer.kernelName, `${id}/${layer.id} needs a kernelName for sentences`).toBeTruthy();
      }
    }
    expect(stack.sources.length).toBeGreaterThan(0);
    for (const source of stack.sources) expect(source.url).toMatch(/^https:\/\//);
    expect(stack.note.length).toBeGreaterThan(20);
  });

  it.each(stackIds)('%s: every boundary lies between two of its layers, the lower first', (id) => {
    const stack = getStack(id);
    const index = (layerId: string) => stack.layers.findIndex((l) => l.id === layerId);
    for (const b of stack.boundaries) {
      expect(index(b.below), b.below).toBeGreaterThanOrEqual(0);
      expect(index(b.above), b.above).toBeGreaterThan(index(b.below));
      expect(b.label.length).toBeGreaterThan(5);
    }
  });
});

describe('copies of repeated layers', () => {
  it('draws three of the outer scope and two pods per node', () => {
    const k8s = getStack('k8s-on-vms');
    const layer = (id: string) => k8s.layers.find((l) => l.id === id)!;
    expect(copiesOf(k8s, layer('hypervisor'))).toBe(1);
    expect(copiesOf(k8s, layer('node-kernel'))).toBe(3);
    expect(copiesOf(k8s, layer('pod'))).toBe(6);
    const kata = getStack('kata');
    expect(
      copiesOf(
        kata,
        kata.layers.find((l) => l.id === 'guest-kernel')!,
      ),
    ).toBe(3);
  });
});

describe('the path of one system call', () => {
  const pathIds = (id: StackId) => syscallPath(getStack(id)).map((s) => s.layer.id);

  it.each([
    ['containers', 'straight to the host kernel', ['app', 'userland', 'host-kernel', 'hardware']],
    ['gvisor', 'into the Sentry', ['app', 'sentry', 'host-kernel', 'hardware']],
    [
      'kata',
      'into the guest kernel, then the VMM and KVM',
      ['containers', 'guest-kernel', 'vmm', 'host-kernel', 'hardware'],
    ],
    [
      'type1-vm',
      'into the guest kernel, then the hypervisor',
      ['app', 'userland', 'guest-kernel', 'hypervisor', 'hardware'],
    ],
    [
      'wsl2',
      'out of the WSL VM to Windows beside it, not to a host below',
      ['app', 'distros', 'linux-kernel', 'windows', 'hardware'],
    ],
    [
      'kata-nested',
      'through three kernels: the pod’s, the node’s, the cloud’s',
      ['containers', 'guest-kernel', 'vmm', 'node-kernel', 'hypervisor', 'hardware'],
    ],
    [
      'windows-hyperv',
      'out of the utility VM to the host’s Windows beside it',
      ['app', 'userland', 'uvm-kernel', 'windows', 'hardware'],
    ],
    [
      'kubevirt',
      'from the VM through QEMU in its pod to the node kernel',
      ['app', 'guest-kernel', 'qemu', 'host-kernel', 'hardware'],
    ],
  ])('%s: goes %s', (id, _, expected) => {
    expect(pathIds(id)).toEqual(expected);
  });

  it('names the three kernels of Kata nested in a cloud VM', () => {
    expect(describePathKernels(getStack('kata-nested'))).toBe(
      'the guest kernel, then the node kernel, then the cloud hypervisor',
    );
  });

  it('leaves the confidential VM through the untrusted VMM, across the encrypted-memory boundary', () => {
    const steps = syscallPath(getStack('confidential-vm'));
    const crossing = steps.find((s) => s.crosses.length > 0);
    expect([crossing?.layer.id, crossing?.crosses.map((b) => b.kind)]).toEqual(['vmm', ['memory-encryption']]);
  });

  it('reaches the host kernel from a Wasm module through Wasmtime, with no second kernel', () => {
    const steps = syscallPath(getStack('wasm'));
    expect(steps.map((s) => [s.layer.id, s.crosses.map((b) => b.kind)])).toEqual([
      ['module', []],
      ['wasmtime', ['language-runtime']],
      ['host-kernel', ['namespaces-cgroups']],
      ['hardware', []],
    ]);
    expect(describePathKernels(getStack('wasm'))).toBe('the host kernel');
  });

  it.each(stackIds)('%s: starts at the workload, ends at the hardware, crosses each boundary once', (id) => {
    const stack = getStack(id);
    const steps = syscallPath(stack);
    expect(steps[0]?.layer.kind).toBe('app');
    expect(steps.at(-1)?.layer.kind).toBe('hardware');
    expect(steps[0]?.crosses).toEqual([]);
    const crossed = steps.flatMap((s) => s.crosses);
    expect(crossed).toHaveLength(stack.boundaries.length);
    expect(new Set(crossed).size).toBe(stack.boundaries.length);
    for (const step of steps) expect(step.text.length).toBeGreaterThan(10);
  });

  it('names where each boundary is crossed', () => {
    const kata = syscallPath(getStack('kata'));
    expect(kata.find((s) => s.crosses.length > 0)?.layer.id).toBe('vmm');
    const gvisor = syscallPath(getStack('gvisor'));
    expect(gvisor.find((s) => s.crosses.length > 0)?.layer.id).toBe('sentry');
    const fc = syscallPath(getStack('firecracker'));
    expect(fc.filter((s) => s.crosses.length > 0).map((s) => [s.layer.id, s.crosses[0]?.kind])).toEqual([
      ['vmm', 'hardware-virtualization'],
      ['host-kernel', 'namespaces-cgroups'],
    ]);
  });

  it('counts the kernels between a workload and the hardware', () => {
    expect(kernelsOnPath(getStack('containers')).map((l) => l.id)).toEqual(['host-kernel']);
    expect(describePathKernels(getStack('containers'))).toBe('the host kernel');
    expect(describePathKernels(getStack('kata'))).toBe('the guest kernel, then the host kernel');
    expect(describePathKernels(getStack('gvisor'))).toBe('the Sentry (in user space), then the host kernel');
    expect(describePathKernels(getStack('wsl2'))).toBe('the Linux kernel, then Windows');
    expect(comparisonRow(getStack('firecracker')).pathKernels).toBe('2: the guest kernel, then the host kernel');
  });
});

describe('sentences for readers', () => {
  it('say how many kernels the drawing shows', () => {
    expect(describeKernelsAsDrawn(getStack('kata'))).toBe('the host kernel + one per pod: 4 as drawn, with 3 pods');
    expect(describeKernelsAsDrawn(getStack('gvisor'))).toBe(
      'the host kernel + a user-space kernel (the Sentry) per sandbox: 1 kernel and 3 user-space kernels as drawn, with 3 sandboxes',
    );
    expect(describeKernelsAsDrawn(getStack('containers'))).toBe('1 (the host kernel)');
  });

  it('say where a boundary lies, naming the layers on either side', () => {
    const kata = getStack('kata');
    expect(describeBoundary(kata, kata.boundaries[0]!)).toBe(
      'Each pod: hardware virtualization, between VMM and guest kernel',
    );
    const wsl = getStack('wsl2');
    expect(describeBoundary(wsl, wsl.boundaries[0]!)).toBe(
      'The utility VM: hardware virtualization, between Windows hypervisor and Linux kernel (utility VM)',
    );
  });
});

describe('comparison rows', () => {
  it('read kernels and boundaries from the model', () => {
    const row = comparisonRow(getStack('k8s-on-vms'));
    expect(row.kernels).toBe(describeKernels(getStack('k8s-on-vms')));
    expect(row.boundaries).toEqual([
      'Between nodes: a VM (hardware virtualization)',
      'Between pods: namespaces, cgroups (namespaces and cgroups)',
    ]);
  });
});

describe('stacks in the URL', () => {
  it('reads ?stacks=kata,gvisor', () => {
    expect(stacksFromSearch('?stacks=kata,gvisor')).toEqual(['kata', 'gvisor']);
    expect(stacksFromSearch('stacks=kata%2Cgvisor')).toEqual(['kata', 'gvisor']);
  });

  it('reads three stacks, ?stacks=kata,gvisor,wasm', () => {
    expect(MAX_SHOWN).toBe(3);
    expect(stacksFromSearch('?stacks=kata,gvisor,wasm')).toEqual(['kata', 'gvisor', 'wasm']);
    expect(searchWithStacks('?x=1', ['coco', 'confidential-vm', 'kubevirt'])).toBe(
      '?x=1&stacks=coco,confidential-vm,kubevirt',
    );
  });

  it('ignores unknown ids, duplicates, blanks and case, and keeps at most three', () => {
    expect(stacksFromSearch('?stacks=nope,kata')).toEqual(['kata']);
    expect(stacksFromSearch('?stacks=kata,kata')).toEqual(['kata']);
    expect(stacksFromSearch('?stacks=,KATA , gvisor,')).toEqual(['kata', 'gvisor']);
    expect(stacksFromSearch('?stacks=wsl2,kata,gvisor,wasm')).toEqual(['wsl2', 'kata', 'gvisor']);
    expect(stacksFromSearch('?stacks=wsl2,nope,kata,kata,gvisor,wasm')).toEqual(['wsl2', 'kata', 'gvisor']);
    expect(stacksFromSearch('?stacks=wsl2&stacks=gvisor')).toEqual(['wsl2', 'gvisor']);
  });

  it('falls back when nothing usable is given', () => {
    expect(stacksFromSearch('')).toEqual(['containers', 'type1-vm']);
    expect(stacksFromSearch('?stacks=')).toEqual(['containers', 'type1-vm']);
    expect(stacksFromSearch('?stacks=bogus', ['gvisor'])).toEqual(['gvisor']);
    expect(sanitizeStackIds(['x'], [])).toEqual(['containers', 'type1-vm']);
  });

  it('writes the ids with readable commas and keeps other parameters', () => {
    expect(searchWithStacks('', ['kata', 'gvisor'])).toBe('?stacks=kata,gvisor');
    expect(searchWithStacks('?a=1&stacks=wsl2', ['kata'])).toBe('?a=1&stacks=kata');
    expect(searchWithStacks('?stacks=wsl2', [])).toBe('');
  });

  it('round-trips every pair, and every pair with a third', () => {
    for (const a of stackIds) {
      for (const b of stackIds) {
        const ids = sanitizeStackIds([a, b]);
        expect(stacksFromSearch(searchWithStacks('', ids))).toEqual(ids);
        const third = stackIds.find((c) => c !== a && c !== b) ?? a;
        const three = sanitizeStackIds([a, b, third]);
        expect(stacksFromSearch(searchWithStacks('', three))).toEqual(three);
      }
    }
  });
});

describe('stacks chosen by an author', () => {
  it('accepts a comma-separated string or an array', () => {
    expect(authorStackIds('kata, gvisor')).toEqual(['kata', 'gvisor']);
    expect(authorStackIds(['wsl2'])).toEqual(['wsl2']);
    expect(authorStackIds(undefined)).toEqual(['containers', 'type1-vm']);
  });

  it('stops the build on a typo, listing the valid ids', () => {
    expect(() => authorStackIds('katta')).toThrow(/unknown: katta/);
    expect(() => authorStackIds('katta')).toThrow(/type1-vm, type2-vm/);
    expect(authorStackIds('kata,gvisor,wsl2')).toEqual(['kata', 'gvisor', 'wsl2']);
    expect(() => authorStackIds('kata,gvisor,wsl2,wasm')).toThrow(/one to 3/);
    expect(() => authorStackIds('')).toThrow(/one to 3/);
  });
});
