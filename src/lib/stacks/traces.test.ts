import { describe, expect, it } from 'vitest';
import { getStack, stackIds, syscallPath, traceKinds, type StackId, type TraceKind } from './stacks.ts';

const path = (id: StackId, kind: TraceKind) => syscallPath(getStack(id), kind).map((s) => s.layer.id);
const textAt = (id: StackId, kind: TraceKind, layer: string) =>
  syscallPath(getStack(id), kind).find((s) => s.layer.id === layer)?.text ?? '';

describe('traces other than write(2)', () => {
  it.each(stackIds.flatMap((id) => traceKinds.map((kind) => [id, kind] as const)))(
    '%s, %s: starts at the workload, ends at the hardware, every step explained',
    (id, kind) => {
      const steps = syscallPath(getStack(id), kind);
      expect(steps[0]?.layer.kind).toBe('app');
      expect(steps.at(-1)?.layer.kind).toBe('hardware');
      for (const step of steps) expect(step.text.length, `${id}/${step.layer.id}`).toBeGreaterThan(10);
    },
  );

  it.each([
    [
      'kata',
      'fault',
      'in a VM: the guest kernel, then KVM; not the VMM',
      ['containers', 'guest-kernel', 'host-kernel', 'hardware'],
    ],
    [
      'type1-vm',
      'fault',
      'in a VM: the guest kernel, then the hypervisor',
      ['app', 'guest-kernel', 'hypervisor', 'hardware'],
    ],
    ['containers', 'fault', 'in a container: the host kernel alone', ['app', 'host-kernel', 'hardware']],
    ['gvisor', 'fault', 'in gVisor: the Sentry first', ['app', 'sentry', 'host-kernel', 'hardware']],
    [
      'wsl2',
      'fault',
      'under Hyper-V: the hypervisor, not Windows beside the VM',
      ['app', 'linux-kernel', 'hypervisor', 'hardware'],
    ],
    [
      'windows-hyperv',
      'fault',
      'under Hyper-V: the hypervisor backs the page',
      ['app', 'uvm-kernel', 'hypervisor', 'hardware'],
    ],
    ['wsl2', 'send', 'out of the WSL VM through Windows', ['app', 'distros', 'linux-kernel', 'windows', 'hardware']],
    ['firecracker', 'send', 'out of a VM through the VMM', ['app', 'guest-kernel', 'vmm', 'host-kernel', 'hardware']],
    [
      'kata-nested',
      'send',
      'out of a nested pod through two hypervisors',
      ['containers', 'guest-kernel', 'vmm', 'node-kernel', 'hypervisor', 'hardware'],
    ],
    ['wasm', 'fault', 'in a Wasm module: no kernel of its own', ['module', 'wasmtime', 'host-kernel', 'hardware']],
  ] as const)('%s, %s: %s', (id, kind, _, expected) => {
    expect(path(id, kind)).toEqual(expected);
  });

  it.each([
    ['kata', 'fault', 'guest-kernel', /EPT or NPT violation/],
    ['kata', 'fault', 'host-kernel', /^KVM handles the second-level fault/],
    ['containers', 'fault', 'host-kernel', /memory cgroup/],
    ['gvisor', 'fault', 'sentry', /^Handles the fault itself/],
    ['gvisor', 'send', 'sentry', /its own network stack/],
    ['wasm', 'fault', 'wasmtime', /guard region/],
    ['confidential-vm', 'fault', 'guest-kernel', /accepted \(validated\)/],
  ] as const)('%s, %s: %s says what it does', (id, kind, layer, text) => {
    expect(textAt(id, kind, layer)).toMatch(text);
  });

  it('a send from a nested pod crosses the pod’s VM, then the node’s', () => {
    const crossed = syscallPath(getStack('kata-nested'), 'send').flatMap((s) => s.crosses.map((b) => b.label));
    expect(crossed).toEqual(['Each pod: a nested VM', 'Between nodes: a cloud VM']);
  });
});
