import { describe, expect, it } from 'vitest';
import { computeAll, memoryParts, modes, type ModeResult } from './calculate.ts';
import { defaults, type Inputs } from './inputs.ts';

/** The defaults with some changes; limits follow the requests unless given. */
const run = (change: Partial<Inputs> = {}) =>
  computeAll({
    ...defaults,
    cpuLimit: change.cpu ?? defaults.cpuLimit,
    memLimit: change.mem ?? defaults.memLimit,
    ...change,
  });
const total = (r: ModeResult) => memoryParts.reduce((sum, part) => sum + r.memory[part], 0);

describe('the illustrative scenario: 32 cores × 2 threads, 256 GiB, GKE, 3 DaemonSet pods (200m, 300Mi), a 250m / 64Mi service', () => {
  it('defaults are that scenario', () => {
    expect(defaults).toMatchObject({
      cores: 32,
      threads: 2,
      ram: 256,
      profile: 'gke',
      maxPods: 110,
      dsPods: 3,
      dsCpu: 200,
      dsMem: 300,
      cpu: 250,
      mem: 64,
    });
  });

  it('fits 107 pods on bare metal, held by the pod limit', () => {
    const r = run().k8s;
    expect(r.count).toBe(107);
    expect(r.binding).toBe('pod-limit');
    expect(r.reason).toMatch(/110 max pods − 3 DaemonSet pods/);
  });

  it('fits 64 one-per-VM at 1:1, held by whole vCPUs', () => {
    const r = run().vm;
    expect(r.count).toBe(64);
    expect(r.binding).toBe('cpu');
  });

  it('fits 192 VMs at 4:1 CPU overcommit, held by memory', () => {
    // Per VM: 1,024 MiB guest OS + 64 MiB workload + KubeVirt overhead
    // ⌈1,088 ÷ 512 + 220 + 8 (I/O thread) + 32 (video) + 8 × 1 vCPU⌉ = 271 → 1,359 MiB.
    // (262,144 − 512 MiB host reserve) ÷ 1,359 = 192.5 → 192.
    const r = run({ cpuRatio: 4 }).vm;
    expect(r.count).toBe(192);
    expect(r.binding).toBe('memory');
  });

  it('with vSphere’s smaller overhead the same host fits 234 VMs at 4:1', () => {
    // 1,088 MiB guest + ⌈25.90 + 22.74 × 64 / 3,072⌉ = 27 MiB → 261,632 ÷ 1,115 = 234.6
    expect(run({ cpuRatio: 4, hv: 'vsphere' }).vm.count).toBe(234);
  });

  it('Kubernetes on 8 vCPU / 32 GiB node VMs: 7 nodes × 30 pods, with capacity stranded between them', () => {
    const r = run()['k8s-on-vm'];
    expect(r.count).toBe(210);
    expect(r.binding).toBe('fragmentation');
    expect(r.reason).toMatch(/^7 node VMs \(memory limits the host\) × 30 pods/);
  });

  it('sandboxed pods: Kata’s 250m / 320Mi overhead and gVisor’s 20 MiB still leave the pod limit binding', () => {
    expect(run().kata).toMatchObject({ count: 107, binding: 'pod-limit', estimate: false });
    expect(run().gvisor).toMatchObject({ count: 107, binding: 'pod-limit', estimate: true });
  });

  it('Firecracker micro-VMs: 64 at 1:1 (CPU), 256 at 4:1', () => {
    expect(run().firecracker).toMatchObject({ count: 64, binding: 'cpu' });
    expect(run({ cpuRatio: 4 }).firecracker).toMatchObject({ count: 256, binding: 'cpu' });
  });
});

describe('what binds', () => {
  it('Kata’s pod overhead makes CPU bind where plain containers hit the pod limit', () => {
    // 1 vCPU requests: containers 63 by CPU already; Kata needs 1,250m per pod → 50.
    const r = run({ cpu: 1000, maxPods: 250 });
    expect(r.k8s).toMatchObject({ count: 63, binding: 'cpu' });
    expect(r.kata).toMatchObject({ count: 50, binding: 'cpu' });
  });

  it('memory binds for a memory-heavy workload', () => {
    const r = run({ cpu: 100, mem: 8192 }).k8s;
    expect(r.binding).toBe('memory');
    // (262,144 − 12,165 − 100 − 300) ÷ 8,192 = 30.47
    expect(r.count).toBe(30);
  });

  it('a zero CPU request never binds on CPU', () => {
    const r = run({ cpu: 0, mem: 1024, maxPods: 1000 }).k8s;
    expect(r).toMatchObject({ binding: 'memory', count: 243 });
    expect(run({ cpu: 0 }).vm.count).toBe(64);
  });
});

describe('nothing fits', () => {
  it('reservations larger than the node give 0 with the reason', () => {
    // EKS at 1,000 pods reserves 11,255 MiB: more than an 8 GiB node.
    const r = run({ profile: 'eks', maxPods: 1000, ram: 8 }).k8s;
    expect(r).toMatchObject({ count: 0, binding: 'none-fit' });
    expect(r.reason).toMatch(/EKS \(AL2023, nodeadm\) reservations .* use up the node/);
  });

  it('a workload larger than allocatable gives 0 with the reason, in every mode', () => {
    const r = run({ mem: 300 * 1024 });
    for (const mode of modes) {
      expect(r[mode].count, mode).toBe(0);
      expect(r[mode].binding, mode).toBe('none-fit');
      expect(r[mode].reason.length, mode).toBeGreaterThan(10);
    }
    expect(r.k8s.reason).toMatch(/A pod needs 300 GiB; only 243\.7 GiB is allocatable/);
  });

  it('a host reserve of all the memory leaves no room for a VM', () => {
    expect(run({ hostMem: 256 * 1024 }).vm).toMatchObject({ count: 0, binding: 'none-fit' });
  });

  it('DaemonSets that take every pod slot leave none', () => {
    expect(run({ dsPods: 110 }).k8s.reason).toMatch(/take all 110 pod slots/);
  });

  it('inputs that bypass validation and are out of range give 0, not NaN', () => {
    const r = computeAll({ ...defaults, ram: Number.NaN, cores: -4 });
    for (const mode of modes) expect(r[mode]).toMatchObject({ count: 0, binding: 'none-fit', cpuUtil: 0, memUtil: 0 });
  });
});

describe('where the memory went', () => {
  it('adds up to the host’s RAM in every mode, with memory overcommit too', () => {
    for (const change of [
      {},
      { memRatio: 1.5, cpuRatio: 4 },
      { mem: 300 * 1024 },
      { profile: 'aks' as const, nodeMem: 7 },
    ]) {
      const r = run(change);
      for (const mode of modes) expect(total(r[mode]), mode).toBe(256 * 1024);
    }
  });

  it('puts Kubernetes reservations, eviction and DaemonSets where they belong', () => {
    const { k8s: container, vm } = run();
    expect(container.memory).toMatchObject({
      kubeReserved: 12_165,
      eviction: 100,
      daemonsets: 300,
      workload: 107 * 64,
      hostReserve: 0,
    });
    expect(vm.memory).toMatchObject({
      hostReserve: 512,
      overhead: 64 * 271,
      guestOS: 64 * 1024,
      workload: 64 * 64,
      kubeReserved: 0,
    });
  });

  it('reports utilization as requests over the host’s capacity', () => {
    const { k8s: container } = run();
    expect(container.cpuUtil).toBeCloseTo((107 * 250) / 64_000);
    expect(container.memUtil).toBeCloseTo((107 * 64) / 262_144);
  });
});
