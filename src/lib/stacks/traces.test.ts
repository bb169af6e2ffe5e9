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

  it('a page fault in a VM: the guest kernel first, then KVM in the host kernel; the VMM is not involved', () => {
    expect(path('kata', 'fault')).toEqual(['containers', 'guest-kernel', 'host-kernel', 'hardware']);
    expect(textAt('kata', 'fault', 'guest-kernel')).toMatch(/EPT or NPT violation/);
    expect(textAt('kata', 'fault', 'host-kernel')).toMatch(/^KVM handles the second-level fault/);
    expect(path('type1-vm', 'fault')).toEqual(['app', 'guest-kernel', 'hypervisor', 'hardware']);
  });

  it('a page fault in a container is the host kernel’s alone, charged to its cgroup', () => {
    expect(path('containers', 'fault')).toEqual(['app', 'host-kernel', 'hardware']);
    expect(textAt('containers', 'fault', 'host-kernel')).toMatch(/memory cgroup/);
  });

  it('gVisor’s Sentry takes the fault itself', () => {
    expect(path('gvisor', 'fault')).toEqual(['app', 'sentry', 'host-kernel', 'hardware']);
    expect(textAt('gvisor', 'fault', 'sentry')).toMatch(/^Handles the fault itself/);
    expect(textAt('gvisor', 'send', 'sentry')).toMatch(/its own network stack/);
  });

  it('under Hyper-V the hypervisor, not Windows beside the VM, backs the page', () => {
    expect(path('wsl2', 'fault')).toEqual(['app', 'linux-kernel', 'hypervisor', 'hardware']);
    expect(path('windows-hyperv', 'fault')).toEqual(['app', 'uvm-kernel', 'hypervisor', 'hardware']);
    expect(path('wsl2', 'send')).toEqual(['app', 'distros', 'linux-kernel', 'windows', 'hardware']);
  });

  it('a send leaves a VM through the VMM, and a nested pod through two hypervisors', () => {
    expect(path('firecracker', 'send')).toEqual(['app', 'guest-kernel', 'vmm', 'host-kernel', 'hardware']);
    expect(path('kata-nested', 'send')).toEqual([
      'containers',
      'guest-kernel',
      'vmm',
      'node-kernel',
      'hypervisor',
      'hardware',
    ]);
    const crossed = syscallPath(getStack('kata-nested'), 'send').flatMap((s) => s.crosses.map((b) => b.label));
    expect(crossed).toEqual(['Each pod: a nested VM', 'Between nodes: a cloud VM']);
  });

  it('a Wasm module’s fault never leaves its linear memory’s checks for a kernel of its own', () => {
    expect(path('wasm', 'fault')).toEqual(['module', 'wasmtime', 'host-kernel', 'hardware']);
    expect(textAt('wasm', 'fault', 'wasmtime')).toMatch(/guard region/);
  });

  it('a confidential VM accepts new pages itself', () => {
    expect(textAt('confidential-vm', 'fault', 'guest-kernel')).toMatch(/accepted \(validated\)/);
  });
});
