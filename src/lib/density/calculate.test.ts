import { describe, expect, it } from 'vitest';
import { computeAll, cpuParts, memoryParts, modes, type ModeResult } from './calculate.ts';
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
const cpuTotal = (r: ModeResult) => cpuParts.reduce((sum, part) => sum + r.cpu[part], 0);

/** The calculator's earlier default: the Kubernetes docs' 250m / 64Mi web service, no CPU overcommit. */
const web: Partial<Inputs> = { cpu: 250, mem: 64, cpuRatio: 1 };

describe('the default scenario: 32 cores × 2 threads, 256 GiB, GKE, Nova’s 4.0 CPU overcommit, a 500m / 1 GiB JVM service', () => {
  it('defaults are that scenario, with limits equal to requests and an N+1 pool of 4', () => {
    expect(defaults).toMatchObject({
      cores: 32,
      threads: 2,
      ram: 256,
      profile: 'gke',
      maxPods: 110,
      dsPods: 3,
      dsCpu: 200,
      dsMem: 300,
      cpu: 500,
      mem: 1024,
      cpuLimit: 500,
      memLimit: 1024,
      cpuRatio: 4,
      enis: 4,
      ipsPerEni: 15,
      hosts: 4,
      spares: 1,
    });
  });

  it('the models run out of four different things: memory, CPU, the pod limit, fragmentation', () => {
    const r = run();
    const got = Object.fromEntries(modes.map((m) => [m, [r[m].count, r[m].binding]]));
    expect(got).toEqual({
      // 2,048 MiB guest + ⌈2,048 ÷ 512 + 220 + 8 + 32 + 8⌉ = 272 → 261,632 ÷ 2,320 = 112.8
      vm: [112, 'memory'],
      // 64,000m ÷ 500m, with no pod limit and no kubelet reservations
      plain: [128, 'cpu'],
      k8s: [107, 'pod-limit'],
      // 7 node VMs by memory × ⌊(8,000 − 90 − 200) ÷ 500⌋ = 15 pods, memory left in every node
      'k8s-on-vm': [105, 'fragmentation'],
      // (64,000 − 230 − 200) ÷ (500 + 250) = 84.8: the Kata overhead makes CPU bind first
      kata: [84, 'cpu'],
      gvisor: [107, 'pod-limit'],
      // (128 + 1,024 + 5) MiB per micro-VM: 261,632 ÷ 1,157 = 226.1
      firecracker: [226, 'memory'],
    });
    expect(new Set(modes.map((m) => r[m].binding)).size).toBe(4);
  });

  it('counts only physical CPU as stranded between node VMs, never vCPUs that overcommit could still promise', () => {
    // Inside 7 nodes: 7 × (7,710 − 15 × 500) = 1,470m; on the host: 64,000 − 7 × 8,000 = 8,000m.
    expect(run()['k8s-on-vm'].reason).toBe(
      '7 node VMs (memory limits the host) × 15 pods. CPU fills each node first; 9.47 CPU and 120.2 GiB are stranded in pieces that would hold 18 more pods pooled.',
    );
  });

  it('Kubernetes on VMs fits fewer pods than bare metal, so no pod-limit caveat is needed', () => {
    const r = run();
    expect(r['k8s-on-vm'].count).toBeLessThan(r.k8s.count);
    expect(r['k8s-on-vm'].reason).not.toMatch(/only because/);
  });

  it('names Kata’s pod overhead in the reason where it is what runs out', () => {
    expect(run().kata.reason).toBe(
      '63.57 CPU allocatable after DaemonSets ÷ 750m per pod (request 500m + pod overhead 250m).',
    );
  });
});

describe('the web scenario (250m / 64Mi, no overcommit)', () => {
  it('fits 107 pods on bare metal, held by the pod limit', () => {
    const r = run(web).k8s;
    expect(r.count).toBe(107);
    expect(r.binding).toBe('pod-limit');
    expect(r.reason).toMatch(/110 max pods − 3 DaemonSet pods/);
  });

  it('fits 64 one-per-VM at 1:1, held by whole vCPUs', () => {
    const r = run(web).vm;
    expect(r.count).toBe(64);
    expect(r.binding).toBe('cpu');
  });

  it('fits 192 VMs at 4:1 CPU overcommit, held by memory', () => {
    // Per VM: 1,024 MiB guest OS + 64 MiB workload + KubeVirt overhead
    // ⌈1,088 ÷ 512 + 220 + 8 (I/O thread) + 32 (video) + 8 × 1 vCPU⌉ = 271 → 1,359 MiB.
    // (262,144 − 512 MiB host reserve) ÷ 1,359 = 192.5 → 192.
    const r = run({ ...web, cpuRatio: 4 }).vm;
    expect(r.count).toBe(192);
    expect(r.binding).toBe('memory');
  });

  it('with vSphere’s smaller overhead the same host fits 234 VMs at 4:1', () => {
    // 1,088 MiB guest + ⌈25.90 + 22.74 × 64 / 3,072⌉ = 27 MiB → 261,632 ÷ 1,115 = 234.6
    expect(run({ ...web, cpuRatio: 4, hv: 'vsphere' }).vm.count).toBe(234);
  });

  it('Kubernetes on 8 vCPU / 32 GiB node VMs: 7 nodes × 30 pods, more than bare metal only through the pod limit, and says so', () => {
    const r = run(web)['k8s-on-vm'];
    expect(r.count).toBe(210);
    expect(r.binding).toBe('fragmentation');
    expect(r.reason).toMatch(/^7 node VMs \(memory limits the host\) × 30 pods/);
    expect(r.reason).toMatch(
      /More than on bare metal only because each of the 7 nodes has its own 110-pod limit; bare metal is one node with one, and its CPU and memory would hold 254\.$/,
    );
  });

  it('makes no such claim when memory overcommit, not the pod limit, lets the node VMs hold more', () => {
    // 2:1 memory overcommit doubles the guests’ memory: 15 nodes × 14 pods of 2 GiB = 210, while
    // bare metal’s memory alone would hold 121, pod limit or not.
    const r = run({ cpu: 100, mem: 2048, memRatio: 2 });
    expect(r.k8s).toMatchObject({ count: 107, binding: 'pod-limit' });
    expect(r['k8s-on-vm'].count).toBe(210);
    expect(r['k8s-on-vm'].reason).not.toMatch(/only because/);
  });

  it('makes no such claim when bare metal is not held by its pod limit', () => {
    // 1,000 max pods: bare metal is held by CPU (254), above the node VMs’ 210.
    const r = run({ ...web, maxPods: 1000 });
    expect(r.k8s.binding).toBe('cpu');
    expect(r['k8s-on-vm'].reason).not.toMatch(/only because/);
  });

  it('sandboxed pods: Kata’s 250m / 320Mi overhead and gVisor’s 20 MiB still leave the pod limit binding', () => {
    expect(run(web).kata).toMatchObject({ count: 107, binding: 'pod-limit', estimate: false });
    expect(run(web).gvisor).toMatchObject({ count: 107, binding: 'pod-limit', estimate: true });
  });

  it('Firecracker micro-VMs: 64 at 1:1 (CPU), 256 at 4:1', () => {
    expect(run(web).firecracker).toMatchObject({ count: 64, binding: 'cpu' });
    expect(run({ ...web, cpuRatio: 4 }).firecracker).toMatchObject({ count: 256, binding: 'cpu' });
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
    expect(run({ ...web, cpu: 0 }).vm.count).toBe(64);
  });
});

describe('nothing fits', () => {
  it('reservations larger than the node give 0 with the reason', () => {
    // EKS with 15 ENIs of 50 addresses (an m5.metal) reserves 11 × 737 + 255 = 8,362 MiB: more than 8 GiB.
    const r = run({ profile: 'eks', enis: 15, ipsPerEni: 50, ram: 8 }).k8s;
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

  it('DaemonSets more than the pod limit are not said to fit in it', () => {
    expect(run({ maxPods: 1, dsPods: 3 }).k8s.reason).toBe(
      'The 3 DaemonSet pods are more than the node’s 1 pod slot: none is left for the workload.',
    );
    expect(run({ profile: 'eks', enis: 1, ipsPerEni: 2, dsPods: 5 }).k8s.reason).toBe(
      'The 5 DaemonSet pods are more than the node’s 3 pod addresses (IP limit): none is left for the workload.',
    );
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
    const { k8s: container, vm } = run(web);
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
    const { k8s: container } = run(web);
    expect(container.cpuUtil).toBeCloseTo((107 * 250) / 64_000);
    expect(container.memUtil).toBeCloseTo((107 * 64) / 262_144);
  });
});

describe('containers without Kubernetes', () => {
  it('have no pod limit and no kubelet reservations, only the host reserve', () => {
    const r = run({ ...web, maxPods: 10, profile: 'eks' }).plain;
    // 64,000m ÷ 250m; the 10-pod limit and EKS’s reservations do not apply.
    expect(r).toMatchObject({ count: 256, binding: 'cpu' });
    expect(r.memory).toMatchObject({ hostReserve: 512, kubeReserved: 0, eviction: 0, workload: 256 * 64 });
  });

  it('are held by memory for a memory-heavy workload, after the host reserve', () => {
    // (262,144 − 512) ÷ 8,192 = 31.9
    expect(run({ cpu: 100, mem: 8192 }).plain).toMatchObject({ count: 31, binding: 'memory' });
  });
});

describe('IP addresses per node (EKS)', () => {
  it('binds under EKS when ENIs × (IPs per ENI − 1) + 2 is below max pods, and names the formula', () => {
    const r = run({ ...web, profile: 'eks' });
    // m5.2xlarge: 4 × (15 − 1) + 2 = 58 pods, 3 of them DaemonSets.
    expect(r.k8s).toMatchObject({ count: 55, binding: 'ip-limit' });
    expect(r.k8s.reason).toBe(
      'EKS gives each pod an address: 4 ENIs × (15 IPv4 per ENI − 1) + 2 = 58 pods per node, fewer than max pods (110); − 3 DaemonSet pods.',
    );
    expect(r.kata.binding).toBe('ip-limit');
    expect(r.plain.binding).toBe('cpu');
  });

  it('names one ENI in the singular', () => {
    expect(run({ ...web, profile: 'eks', enis: 1, ipsPerEni: 10 }).k8s.reason).toMatch(
      /: 1 ENI × \(10 IPv4 per ENI − 1\)/,
    );
  });

  it('applies to each node VM too', () => {
    const r = run({ ...web, profile: 'eks', enis: 2, ipsPerEni: 10 })['k8s-on-vm'];
    // 2 × 9 + 2 = 20 pods per node, 17 after DaemonSets, on each of 7 node VMs.
    expect(r).toMatchObject({ count: 7 * 17, binding: 'ip-limit' });
  });

  it('sizes EKS’s memory reservation for the pods the ENIs allow, as nodeadm does, not for max pods', () => {
    // 11 MiB × 58 + 255 = 893 MiB, whatever maxPods says.
    expect(run({ ...web, profile: 'eks' }).k8s.memory.kubeReserved).toBe(893);
    expect(run({ ...web, profile: 'eks', maxPods: 30 }).k8s.memory.kubeReserved).toBe(893);
  });

  it('does not apply outside EKS, and gives way to a lower max pods', () => {
    expect(run({ ...web, profile: 'gke', enis: 1, ipsPerEni: 2 }).k8s.binding).toBe('pod-limit');
    expect(run({ ...web, profile: 'eks', maxPods: 30 }).k8s).toMatchObject({ count: 27, binding: 'pod-limit' });
  });

  it('says when DaemonSets take every address', () => {
    expect(run({ profile: 'eks', enis: 1, ipsPerEni: 2 }).k8s.reason).toBe(
      'DaemonSet pods take the 3 pod addresses (IP limit).',
    );
  });
});

describe('where the CPU went', () => {
  it('adds up to the host’s millicores in every mode, with overcommit and sandbox overhead', () => {
    for (const change of [{}, web, { cpuRatio: 16 }, { cpu: 0 }, { mem: 300 * 1024 }, { hostCpu: 8000 }]) {
      const r = run(change);
      for (const mode of modes) expect(cpuTotal(r[mode]), mode).toBe(64_000);
    }
  });

  it('shows Kubernetes reservations, DaemonSets, the Kata overhead and what is left', () => {
    const { k8s, kata } = run();
    // GKE reserves 230m on 64 CPUs.
    expect(k8s.cpu).toEqual({
      workload: 107 * 500,
      guest: 0,
      overhead: 0,
      hostReserve: 0,
      kubeReserved: 230,
      daemonsets: 200,
      stranded: 64_000 - 230 - 200 - 107 * 500,
    });
    expect(kata.cpu).toMatchObject({ workload: 84 * 500, overhead: 84 * 250 });
    expect(k8s.cpuOvercommitted).toBe(0);
  });

  it('stops the parts at the host’s CPU and reports VM overcommit beside them', () => {
    const { vm } = run();
    // 112 VMs × 1 vCPU = 112,000m promised on 64,000m: the workload’s 56,000m, then 8,000m of the rest.
    expect(vm.cpu).toMatchObject({ workload: 56_000, guest: 8000, stranded: 0 });
    expect(vm.cpuOvercommitted).toBe(48_000);
    // Without overcommit nothing is promised twice.
    expect(run(web).vm.cpuOvercommitted).toBe(0);
    expect(run(web).vm.cpu).toMatchObject({ workload: 64 * 250, guest: 64 * 750, stranded: 0 });
  });
});

describe('bursting to the limits', () => {
  it('limits equal to requests always fit in the container modes', () => {
    const r = run();
    for (const mode of ['plain', 'k8s', 'k8s-on-vm', 'kata', 'gvisor'] as const)
      expect([r[mode].burst.cpu, r[mode].burst.memory], mode).toEqual(['fits', 'fits']);
  });

  it('pods placed on requests with higher limits risk OOM kills on memory and contention on CPU', () => {
    const r = run({ cpuLimit: 2000, memLimit: 4096 });
    // Placement follows requests: the counts do not change.
    expect(r.k8s.count).toBe(107);
    expect(r.k8s.burst).toMatchObject({
      cpu: 'contended',
      memory: 'oom',
      cpuLimits: 107 * 2000,
      cpuRoom: 64_000 - 230 - 200,
      memLimits: 107 * 4096,
    });
    expect(r.k8s.burst.reason).toMatch(/the kubelet evicts or the kernel OOM-kills\./);
    expect(r.k8s.burst.reason).toMatch(/throttled, none is killed for CPU/);
    expect(r.plain.burst.memory).toBe('oom');
    // No kubelet without Kubernetes: only the kernel acts.
    expect(r.plain.burst.reason).toMatch(/memory runs out and the kernel OOM-kills\./);
  });

  it('VMs are sized for their limit: fewer fit, and each holds its peak', () => {
    const r = run({ ...web, memLimit: 1024 });
    // Guest 1,024 + 1,024 MiB + 272 MiB overhead: 261,632 ÷ 2,320 = 112, not 64-by-CPU as at the request.
    expect(r.vm).toMatchObject({ count: 64, binding: 'cpu' });
    expect(run({ ...web, cpuRatio: 4, memLimit: 1024 }).vm).toMatchObject({ count: 112, binding: 'memory' });
    expect(r.vm.burst).toMatchObject({ cpu: 'peak', memory: 'peak' });
    expect(r.vm.burst.reason).toMatch(/sized for its peak/);
    // The containers still place on the 64 MiB request.
    expect(r.plain.count).toBe(256);
  });

  it('Kubernetes on overcommitted node VMs can run out on the host even when every limit fits in its node', () => {
    expect(run()['k8s-on-vm'].burst).toMatchObject({ cpu: 'fits', memory: 'fits' });
    // At 2:1 memory overcommit, 15 nodes × 14 pods of 2 GiB need 420 GiB of a 256 GiB host.
    const r = run({ cpu: 100, mem: 2048, memRatio: 2 })['k8s-on-vm'];
    expect(r.count).toBe(210);
    expect(r.burst.memory).toBe('oom');
    expect(r.burst.reason).toMatch(/of the host behind the node VMs, which overcommit promised more/);
  });

  it('VM overcommit promises the same CPU or memory twice, so a VM burst contends too', () => {
    const r = run({ memRatio: 2 }).vm;
    expect(r.burst).toMatchObject({ cpu: 'contended', memory: 'oom' });
    expect(r.burst.reason).toMatch(/At 2:1 memory overcommit/);
  });
});

describe('a pool with spare hosts', () => {
  it('holds the per-host count on every host but the spares, spread over all of them', () => {
    const r = run();
    // 112 VMs a host × (4 − 1) hosts = 336; spread over 4 hosts, 84 each.
    expect(r.vm.pool).toEqual({ total: 336, perHost: 84 });
    expect(run({ hosts: 10, spares: 2 }).plain.pool).toEqual({ total: 128 * 8, perHost: Math.ceil((128 * 8) / 10) });
    expect(run({ hosts: 1, spares: 0 }).k8s.pool).toEqual({ total: 107, perHost: 107 });
  });

  it('gives 0, not a negative count, when inputs bypass validation with every host a spare', () => {
    const r = computeAll({ ...defaults, hosts: 2, spares: 2 });
    for (const mode of modes) expect(r[mode]).toMatchObject({ count: 0, pool: { total: 0, perHost: 0 } });
  });
});
