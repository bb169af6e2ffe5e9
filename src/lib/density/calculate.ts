/**
 * How many instances of one workload fit on one host, per isolation model, which resource runs
 * out first, where the memory and the CPU went, what bursting to the limits would do, and what a
 * pool of such hosts holds with spares. Whole MiB and millicores throughout; counts round down.
 *
 * The API the calculator's UI builds on: `computeAll(inputs)` gives a `ModeResult` per `Mode`;
 * iterate `modes` for rows, `memoryParts` and `cpuParts` for the two charts (each adds up to the
 * host's RAM or millicores), `cpuOvercommitted` beside the CPU chart, `burst` and `pool` per row.
 * Words for modes, bindings and parts live with the UI; the reasons here are sentences of figures.
 */
import { cpu as cpuText, mib, num } from './format.ts';
import { inRange, type Inputs } from './inputs.ts';
import {
  firecrackerOverhead,
  gvisorPodOverhead,
  kataPodOverhead,
  vmOverhead,
  type Overhead,
  type PodOverhead,
} from './overheads.ts';
import { allocatable, eksMaxPods, profileInfo, reservation, type Reservation, type Resources } from './reservations.ts';

/**
 * The isolation models, in the order the calculator shows them. `plain` is containers on the host
 * without Kubernetes (Docker or Podman); `k8s` is Kubernetes with the host as its one node.
 */
export type Mode = 'vm' | 'plain' | 'k8s' | 'k8s-on-vm' | 'kata' | 'gvisor' | 'firecracker';
export const modes: readonly Mode[] = ['vm', 'plain', 'k8s', 'k8s-on-vm', 'kata', 'gvisor', 'firecracker'];

/**
 * What runs out first. `pod-limit` is the kubelet's maxPods; `ip-limit` is the pod addresses a node
 * has (EKS: ENIs × (IPv4 per ENI − 1) + 2); `fragmentation` is capacity stranded between node VMs.
 */
export type Binding = 'cpu' | 'memory' | 'pod-limit' | 'ip-limit' | 'fragmentation' | 'none-fit';

/** Where the host's physical memory went, MiB; the parts add up to the host's RAM. */
export interface Memory {
  hostReserve: number;
  kubeReserved: number;
  eviction: number;
  daemonsets: number;
  overhead: number;
  guestOS: number;
  workload: number;
  stranded: number;
}
export type MemoryPart = keyof Memory;
export const memoryParts: readonly MemoryPart[] = [
  'workload',
  'guestOS',
  'overhead',
  'hostReserve',
  'kubeReserved',
  'eviction',
  'daemonsets',
  'stranded',
];

/**
 * Where the host's physical CPU went, millicores; the parts add up to cores × threads × 1000.
 * `guest` is vCPU capacity handed to VMs that their workload does not request (a VM gets whole
 * vCPUs, sized for its limit; a node VM's capacity no pod requests). With CPU overcommit the VMs
 * are promised more than the host has: the parts stop at the host's CPU (the workload first, then
 * `guest`) and the excess is `ModeResult.cpuOvercommitted`, never a part.
 */
export interface Cpu {
  hostReserve: number;
  kubeReserved: number;
  daemonsets: number;
  overhead: number;
  workload: number;
  guest: number;
  stranded: number;
}
export type CpuPart = keyof Cpu;
export const cpuParts: readonly CpuPart[] = [
  'workload',
  'guest',
  'overhead',
  'hostReserve',
  'kubeReserved',
  'daemonsets',
  'stranded',
];

/** What happens to CPU if every instance uses its limit at once. */
export type CpuBurst = 'fits' | 'contended' | 'peak';
/** What happens to memory if every instance uses its limit at once. */
export type MemoryBurst = 'fits' | 'oom' | 'peak';

/**
 * Every instance at its limit at once. Pods and containers are placed on their requests, so their
 * limits may add up to more than there is: CPU is then `contended` (shared out, throttled, never a
 * reason to kill), memory is `oom` (the kernel's OOM killer or kubelet eviction). A VM is `peak`:
 * it was sized for its limit when placed, so bursting takes nothing from a neighbour, unless
 * overcommit promised the same CPU or memory twice (then `contended` or `oom` again).
 */
export interface Burst {
  cpu: CpuBurst;
  memory: MemoryBurst;
  /** Limits of everything placed (millicores, MiB) and the room they share. */
  cpuLimits: number;
  cpuRoom: number;
  memLimits: number;
  memRoom: number;
  reason: string;
}

/**
 * A pool of `hosts` identical hosts that must still hold every instance with `spares` of them down
 * (N+1 is one spare). Modelled as whole spare hosts rather than a drain percentage: hosts fail
 * whole, and a percentage of a small pool hides that losing one of three hosts is a third.
 */
export interface Pool {
  /** Instances the pool holds with its spares down: count × (hosts − spares). */
  total: number;
  /** Instances each host runs while all are up, that total spread evenly (rounded up). */
  perHost: number;
}

export interface ModeResult {
  mode: Mode;
  /** Instances that fit on one host. */
  count: number;
  binding: Binding;
  reason: string;
  /** Workload CPU requests ÷ the host's hardware threads; above 1 means CPU is overcommitted. */
  cpuUtil: number;
  /** Workload memory ÷ the host's RAM; above 1 only with memory overcommit. */
  memUtil: number;
  memory: Memory;
  cpu: Cpu;
  /** Millicores promised to VMs beyond the host's CPU (CPU overcommit); 0 otherwise. */
  cpuOvercommitted: number;
  burst: Burst;
  pool: Pool;
  /** The result leans on a figure no primary source states for this case. */
  estimate: boolean;
}

interface Fit {
  count: number;
  binding: Binding;
  reason: string;
}

const none = (reason: string): Fit => ({ count: 0, binding: 'none-fit', reason });

const memoryOrder = [
  'hostReserve',
  'kubeReserved',
  'eviction',
  'daemonsets',
  'overhead',
  'guestOS',
  'workload',
] as const;
const cpuOrder = ['hostReserve', 'kubeReserved', 'daemonsets', 'overhead', 'workload', 'guest'] as const;

/**
 * Hands out `total` to the parts in order, never more than is left; the rest is stranded, and
 * what the parts wanted beyond `total` is `over`.
 */
function fill<K extends string>(
  total: number,
  order: readonly K[],
  parts: Partial<Record<K, number>>,
): { parts: Record<K | 'stranded', number>; over: number } {
  const out = {} as Record<K | 'stranded', number>;
  let left = total;
  let over = 0;
  for (const key of order) {
    const want = Math.max(0, parts[key] ?? 0);
    const take = Math.min(left, want);
    out[key] = take;
    over += want - take;
    left -= take;
  }
  out.stranded = left;
  return { parts: out, over };
}

const fillMemory = (total: number, parts: Partial<Memory>): Memory => fill(total, memoryOrder, parts).parts;
const fillCpu = (total: number, parts: Partial<Cpu>): { cpu: Cpu; over: number } => {
  const { parts: cpu, over } = fill(total, cpuOrder, parts);
  return { cpu, over };
};

const hostCapacity = (i: Inputs): Resources => ({ cpu: i.cores * i.threads * 1000, mem: i.ram * 1024 });
/** Ratios kept as whole hundredths so the integer arithmetic below stays exact. */
const pct = (ratio: number): number => Math.round(ratio * 100);
const count = (n: number): string => n.toLocaleString('en-US');

// ── Pods on one Kubernetes node ──────────────────────────────────────────────────────────────

interface NodeFit extends Fit {
  reserved: Reservation;
  alloc: Resources;
  /** Allocatable left after DaemonSets. */
  free: Resources;
  /** Pods the node's CPU and memory alone would hold, without the pod or IP limit. */
  byResources: number;
  /** The pods a node may run: maxPods, or fewer when its pod addresses run out first. */
  podCap: number;
}

/** Pods a node can address: under EKS (VPC CNI, no prefix delegation) nodeadm's formula; else unbounded. */
const ipPods = (i: Inputs): number => (i.profile === 'eks' ? eksMaxPods(i.enis, i.ipsPerEni) : Infinity);

function podsOnNode(capacity: Resources, i: Inputs, extra: PodOverhead | null): NodeFit {
  const ips = ipPods(i);
  // nodeadm sizes EKS's memory reservation for the pods its ENI formula allows, even when a kubelet
  // drop-in then sets another maxPods (config.go, withDefaultReservedResources).
  const reserved = reservation(i.profile, capacity, i.profile === 'eks' ? ips : i.maxPods);
  const alloc = allocatable(capacity, reserved);
  const free = { cpu: alloc.cpu - i.dsCpu, mem: alloc.mem - i.dsMem };
  const podCap = Math.min(i.maxPods, ips);
  const slots = podCap - i.dsPods;
  const base = { reserved, alloc, free, byResources: 0, podCap };
  const name = profileInfo[i.profile].name;
  if (alloc.cpu <= 0 || alloc.mem <= 0) {
    return {
      ...base,
      ...none(
        `${name} reservations (${cpuText(reserved.cpu)}, ${mib(reserved.mem + reserved.eviction)} with eviction) use up the node’s ${cpuText(capacity.cpu)} and ${mib(capacity.mem)}.`,
      ),
    };
  }
  if (slots <= 0) {
    const limit = ips < i.maxPods ? 'pod addresses (IP limit)' : podCap === 1 ? 'pod slot' : 'pod slots';
    // More DaemonSet pods than the node admits do not "take" the slots: some of them cannot run either.
    const why =
      i.dsPods > podCap
        ? `The ${count(i.dsPods)} DaemonSet pods are more than the node’s ${count(podCap)} ${limit}: none is left for the workload.`
        : `DaemonSet pods take ${ips < i.maxPods ? 'the' : 'all'} ${count(podCap)} ${limit}.`;
    return { ...base, ...none(why) };
  }
  if (free.cpu < 0 || free.mem < 0) {
    return {
      ...base,
      ...none(`DaemonSets request more than the ${cpuText(alloc.cpu)} and ${mib(alloc.mem)} allocatable.`),
    };
  }
  const pod = { cpu: i.cpu + (extra?.cpu ?? 0), mem: i.mem + (extra?.mem ?? 0) };
  if (pod.mem > free.mem)
    return { ...base, ...none(`A pod needs ${mib(pod.mem)}; only ${mib(free.mem)} is allocatable after DaemonSets.`) };
  if (pod.cpu > free.cpu)
    return {
      ...base,
      ...none(`A pod needs ${cpuText(pod.cpu)}; only ${cpuText(free.cpu)} is allocatable after DaemonSets.`),
    };
  // A pod without a CPU request never runs the node out of CPU.
  const byCpu = pod.cpu > 0 ? Math.floor(free.cpu / pod.cpu) : Infinity;
  const byMem = Math.floor(free.mem / pod.mem);
  const byResources = Math.min(byCpu, byMem);
  const n = Math.min(byResources, slots);
  const fitted = { ...base, byResources, count: n };
  // Name the pod overhead where it is part of what runs out, so its cost is visible.
  const cpuPer = extra?.cpu ? ` (request ${cpuText(i.cpu)} + pod overhead ${cpuText(extra.cpu)})` : '';
  const memPer = extra?.mem ? ` (request ${mib(i.mem)} + pod overhead ${mib(extra.mem)})` : '';
  if (n === byCpu) {
    return {
      ...fitted,
      binding: 'cpu',
      reason: `${cpuText(free.cpu)} allocatable after DaemonSets ÷ ${cpuText(pod.cpu)} per pod${cpuPer}.`,
    };
  }
  if (n === byMem) {
    return {
      ...fitted,
      binding: 'memory',
      reason: `${mib(free.mem)} allocatable after DaemonSets ÷ ${mib(pod.mem)} per pod${memPer}.`,
    };
  }
  if (ips < i.maxPods) {
    return {
      ...fitted,
      binding: 'ip-limit',
      reason: `EKS gives each pod an address: ${i.enis} ENI${i.enis === 1 ? '' : 's'} × (${i.ipsPerEni} IPv4 per ENI − 1) + 2 = ${count(ips)} pods per node, fewer than max pods (${count(i.maxPods)}); − ${i.dsPods} DaemonSet pods.`,
    };
  }
  return { ...fitted, binding: 'pod-limit', reason: `${i.maxPods} max pods − ${i.dsPods} DaemonSet pods.` };
}

// ── VMs on one hypervisor host ───────────────────────────────────────────────────────────────

interface HostFit extends Fit {
  /** Physical MiB one VM takes: guest memory after overcommit, plus overhead. */
  perVm: number;
  guestPhysical: number;
  /** Host memory and (overcommitted) CPU left once the VMs are placed. */
  left: Resources;
}

function vmsOnHost(i: Inputs, vcpus: number, guestMiB: number, overheadMiB: number): HostFit {
  const cap = hostCapacity(i);
  const hostCpu = cap.cpu - i.hostCpu;
  const hostMem = cap.mem - i.hostMem;
  const guestPhysical = Math.ceil((guestMiB * 100) / pct(i.memRatio));
  const perVm = guestPhysical + overheadMiB;
  const virtualCpu = (Math.max(0, hostCpu) * pct(i.cpuRatio)) / 100;
  const base = { perVm, guestPhysical, left: { cpu: Math.max(0, virtualCpu), mem: Math.max(0, hostMem) } };
  if (hostMem <= 0)
    return { ...base, ...none(`The host reserve (${mib(i.hostMem)}) takes all ${mib(cap.mem)} of memory.`) };
  if (hostCpu <= 0)
    return { ...base, ...none(`The host CPU reserve (${cpuText(i.hostCpu)}) takes all ${cpuText(cap.cpu)}.`) };
  const byMem = Math.floor(hostMem / perVm);
  const byCpu = Math.floor((hostCpu * pct(i.cpuRatio)) / (vcpus * 100_000));
  const n = Math.min(byMem, byCpu);
  const left = { cpu: virtualCpu - n * vcpus * 1000, mem: hostMem - n * perVm };
  const memReason = `${mib(hostMem)} after the host reserve ÷ ${mib(perVm)} per VM (guest ${mib(guestPhysical)} + overhead ${mib(overheadMiB)})`;
  const cpuReason = `${num(virtualCpu / 1000)} vCPUs (${num(hostCpu / 1000)} hardware threads × ${i.cpuRatio} overcommit) ÷ ${vcpus} per VM`;
  if (n === 0) {
    return {
      ...base,
      left,
      ...none(
        byMem === 0
          ? `One VM needs ${mib(perVm)}; ${mib(hostMem)} is left after the host reserve.`
          : `One VM needs ${vcpus} vCPUs; the host offers ${num(virtualCpu / 1000)}.`,
      ),
    };
  }
  return byCpu <= byMem
    ? { ...base, left, count: n, binding: 'cpu', reason: `${cpuReason}.` }
    : { ...base, left, count: n, binding: 'memory', reason: `${memReason}.` };
}

// ── Bursting to the limits ───────────────────────────────────────────────────────────────────

interface Load {
  cpuLimits: number;
  cpuRoom: number;
  memLimits: number;
  memRoom: number;
}

/** Pods or containers, placed on their requests, all at their limits at once. */
/** Where each limit's room is, and whether a kubelet is there to evict before the kernel kills. */
interface Room {
  cpu: string;
  mem: string;
  kubelet: boolean;
}

function sharedBurst(n: number, load: Load, where: Room): Burst {
  const cpu: CpuBurst = load.cpuLimits > load.cpuRoom ? 'contended' : 'fits';
  const memory: MemoryBurst = load.memLimits > load.memRoom ? 'oom' : 'fits';
  const parts: string[] = [];
  if (n === 0) parts.push('Nothing placed, nothing to burst.');
  else {
    if (memory === 'oom')
      parts.push(
        `Memory limits add up to ${mib(load.memLimits)} against ${mib(load.memRoom)} ${where.mem}: if all reach them, memory runs out and ${where.kubelet ? 'the kubelet evicts or the kernel OOM-kills' : 'the kernel OOM-kills'}.`,
      );
    if (cpu === 'contended')
      parts.push(
        `CPU limits add up to ${cpuText(load.cpuLimits)} against ${cpuText(load.cpuRoom)} ${where.cpu}: at full burst they share it and are throttled, none is killed for CPU.`,
      );
    if (parts.length === 0) parts.push(`Every limit fits at once: CPU ${where.cpu}, memory ${where.mem}.`);
  }
  return { cpu, memory, ...load, reason: parts.join(' ') };
}

/** VMs were sized for their peak: bursting only hurts where overcommit promised the same capacity twice. */
function vmBurst(n: number, load: Load, i: Inputs): Burst {
  const cpu: CpuBurst = n > 0 && load.cpuLimits > load.cpuRoom ? 'contended' : 'peak';
  const memory: MemoryBurst = n > 0 && load.memLimits > load.memRoom ? 'oom' : 'peak';
  const parts = [
    n === 0
      ? 'Nothing placed, nothing to burst.'
      : 'Each VM is sized for its peak, the limit, and holds it even when idle.',
  ];
  if (memory === 'oom')
    parts.push(
      `At ${i.memRatio}:1 memory overcommit the guests’ ${mib(load.memLimits)} exceed the host’s ${mib(load.memRoom)}: all at peak, they need more memory than the host has.`,
    );
  if (cpu === 'contended')
    parts.push(
      `At ${i.cpuRatio}:1 CPU overcommit ${cpuText(load.cpuLimits)} of vCPUs share ${cpuText(load.cpuRoom)}: all at peak, they wait for CPU.`,
    );
  return { cpu, memory, ...load, reason: parts.join(' ') };
}

// ── The modes ────────────────────────────────────────────────────────────────────────────────

interface Parts {
  fit: Fit;
  memory: Memory;
  cpu: Partial<Cpu>;
  burst: Burst;
  estimate: boolean;
}

/** Every mode reports alike: how many fit and why, what that uses, where memory and CPU went. */
function result(mode: Mode, i: Inputs, p: Parts): ModeResult {
  const cap = hostCapacity(i);
  const { cpu, over } = fillCpu(cap.cpu, p.cpu);
  const survivors = i.hosts - i.spares;
  const total = p.fit.count * Math.max(0, survivors);
  return {
    mode,
    count: p.fit.count,
    binding: p.fit.binding,
    reason: p.fit.reason,
    cpuUtil: (p.fit.count * i.cpu) / cap.cpu,
    memUtil: (p.fit.count * i.mem) / cap.mem,
    memory: p.memory,
    cpu,
    cpuOvercommitted: over,
    burst: p.burst,
    pool: { total, perHost: Math.ceil(total / i.hosts) },
    estimate: p.estimate,
  };
}

function aksInterpolated(i: Inputs, cpuM: number): boolean {
  return i.profile === 'aks' && ![1, 2, 4, 8, 16, 32, 64].includes(cpuM / 1000);
}

function plainMode(i: Inputs): ModeResult {
  const cap = hostCapacity(i);
  const room = { cpu: cap.cpu - i.hostCpu, mem: cap.mem - i.hostMem };
  let fit: Fit;
  if (room.mem <= 0) fit = none(`The host reserve (${mib(i.hostMem)}) takes all ${mib(cap.mem)} of memory.`);
  else if (room.cpu <= 0) fit = none(`The host CPU reserve (${cpuText(i.hostCpu)}) takes all ${cpuText(cap.cpu)}.`);
  else if (i.mem > room.mem)
    fit = none(`A container needs ${mib(i.mem)}; ${mib(room.mem)} is left after the host reserve.`);
  else if (i.cpu > room.cpu)
    fit = none(`A container needs ${cpuText(i.cpu)}; ${cpuText(room.cpu)} is left after the host reserve.`);
  else {
    const byCpu = i.cpu > 0 ? Math.floor(room.cpu / i.cpu) : Infinity;
    const byMem = Math.floor(room.mem / i.mem);
    fit =
      byCpu <= byMem
        ? {
            count: byCpu,
            binding: 'cpu',
            reason: `${cpuText(room.cpu)} after the host reserve ÷ ${cpuText(i.cpu)} per container; no pod limit, no kubelet reservations.`,
          }
        : {
            count: byMem,
            binding: 'memory',
            reason: `${mib(room.mem)} after the host reserve ÷ ${mib(i.mem)} per container; no pod limit, no kubelet reservations.`,
          };
  }
  const n = fit.count;
  return result('plain', i, {
    fit,
    memory: fillMemory(cap.mem, { hostReserve: i.hostMem, workload: n * i.mem }),
    cpu: { hostReserve: i.hostCpu, workload: n * i.cpu },
    burst: sharedBurst(
      n,
      {
        cpuLimits: n * i.cpuLimit,
        cpuRoom: Math.max(0, room.cpu),
        memLimits: n * i.memLimit,
        memRoom: Math.max(0, room.mem),
      },
      { cpu: 'after the host reserve', mem: 'after the host reserve', kubelet: false },
    ),
    estimate: false,
  });
}

function podsMode(mode: Mode, i: Inputs, extra: PodOverhead | null): { result: ModeResult; node: NodeFit } {
  const cap = hostCapacity(i);
  const node = podsOnNode(cap, i, extra);
  const n = node.count;
  const memory = fillMemory(cap.mem, {
    kubeReserved: node.reserved.mem,
    eviction: node.reserved.eviction,
    daemonsets: i.dsMem,
    overhead: n * (extra?.mem ?? 0),
    workload: n * i.mem,
  });
  const cpu = {
    kubeReserved: node.reserved.cpu,
    daemonsets: i.dsCpu,
    overhead: n * (extra?.cpu ?? 0),
    workload: n * i.cpu,
  };
  // Pod overhead counts towards the pod's cgroup, so towards what a burst can take, too.
  const burst = sharedBurst(
    n,
    {
      cpuLimits: n * (i.cpuLimit + (extra?.cpu ?? 0)),
      cpuRoom: Math.max(0, node.free.cpu),
      memLimits: n * (i.memLimit + (extra?.mem ?? 0)),
      memRoom: Math.max(0, node.free.mem),
    },
    { cpu: 'allocatable after DaemonSets', mem: 'allocatable after DaemonSets', kubelet: true },
  );
  const estimate = Boolean(extra?.estimate) || aksInterpolated(i, cap.cpu);
  return { result: result(mode, i, { fit: node, memory, cpu, burst, estimate }), node };
}

function vmMode(
  mode: Mode,
  i: Inputs,
  guestOS: number,
  overhead: (guest: number, vcpus: number) => Overhead,
): ModeResult {
  // A VM has no request to schedule on: it is sized for the workload's limit, its peak.
  const vcpus = Math.max(1, Math.ceil(i.cpuLimit / 1000));
  const guest = guestOS + i.memLimit;
  const o = overhead(guest, vcpus);
  const fit = vmsOnHost(i, vcpus, guest, o.mib);
  const n = fit.count;
  const cap = hostCapacity(i);
  // The workload's share (at its limit) of each VM's physical guest memory; the guest OS has the rest.
  const workload = Math.floor((i.memLimit * 100) / pct(i.memRatio));
  const memory = fillMemory(cap.mem, {
    hostReserve: i.hostMem,
    overhead: n * o.mib,
    guestOS: n * (fit.guestPhysical - workload),
    workload: n * workload,
  });
  // No VMM CPU part: neither KubeVirt's overhead formula nor Firecracker's specification states a
  // standing CPU cost per VM (Firecracker's I/O emulation thread can take most of a core under
  // heavy I/O, which this calculator does not model).
  const cpu = { hostReserve: i.hostCpu, workload: n * i.cpuLimit, guest: n * (vcpus * 1000 - i.cpuLimit) };
  const burst = vmBurst(
    n,
    {
      cpuLimits: n * vcpus * 1000,
      cpuRoom: Math.max(0, cap.cpu - i.hostCpu),
      memLimits: n * (guest + o.mib),
      memRoom: Math.max(0, cap.mem - i.hostMem),
    },
    i,
  );
  return result(mode, i, { fit, memory, cpu, burst, estimate: o.estimate });
}

function k8sOnVmMode(i: Inputs, bareMetal: NodeFit): ModeResult {
  const nodeGuest = i.nodeMem * 1024;
  const nodeCap = { cpu: i.nodeCpu * 1000, mem: nodeGuest };
  const o = vmOverhead(i.hv, nodeGuest, i.nodeCpu);
  const nodes = vmsOnHost(i, i.nodeCpu, nodeGuest, o.mib);
  const pods = podsOnNode(nodeCap, i, null);
  const size = `${i.nodeCpu} vCPU / ${i.nodeMem} GiB`;
  let fit: Fit;
  if (nodes.count === 0) fit = none(`No ${size} node VM fits. ${nodes.reason}`);
  else if (pods.count === 0) fit = none(`Inside each ${size} node: ${pods.reason}`);
  else {
    const n = nodes.count * pods.count;
    const head = `${nodes.count} node VMs (${nodes.binding === 'cpu' ? 'CPU' : 'memory'} limits the host) × ${pods.count} pods.`;
    // Capacity left inside each node plus what no whole node VM could use, pooled as if it were one
    // place. On the host only physical CPU no node's vCPUs cover counts: overcommitted vCPUs that
    // no node VM took are promises, not capacity a pod could use.
    const hostCpuLeft = Math.max(0, hostCapacity(i).cpu - i.hostCpu - nodes.count * i.nodeCpu * 1000);
    const leftCpu = nodes.count * (pods.free.cpu - pods.count * i.cpu) + hostCpuLeft;
    const leftMem = nodes.count * (pods.free.mem - pods.count * i.mem) + nodes.left.mem;
    const more = Math.min(i.cpu > 0 ? Math.floor(leftCpu / i.cpu) : Infinity, Math.floor(leftMem / i.mem));
    if (pods.binding === 'pod-limit' || pods.binding === 'ip-limit')
      fit = { count: n, binding: pods.binding, reason: `${head} ${pods.reason}` };
    else if (more >= 1) {
      fit = {
        count: n,
        binding: 'fragmentation',
        reason: `${head} ${pods.binding === 'cpu' ? 'CPU' : 'Memory'} fills each node first; ${cpuText(leftCpu)} and ${mib(leftMem)} are stranded in pieces that would hold ${count(more)} more pods pooled.`,
      };
    } else fit = { count: n, binding: pods.binding, reason: `${head} ${pods.reason}` };
    // More pods than the bare-metal node only because every node VM brings its own pod limit.
    const capped = bareMetal.binding === 'pod-limit' || bareMetal.binding === 'ip-limit';
    if (capped && n > bareMetal.count && bareMetal.byResources >= n) {
      fit = {
        ...fit,
        reason: `${fit.reason} More than on bare metal only because each of the ${nodes.count} nodes has its own ${count(pods.podCap)}-pod limit; bare metal is one node with one, and its CPU and memory would hold ${count(bareMetal.byResources)}.`,
      };
    }
  }
  const placed = fit.count > 0 ? nodes.count : 0;
  // Inside a node, memory is guest memory; overcommit shrinks it on the host in proportion.
  const phys = (guestMiB: number): number => Math.floor((guestMiB * 100) / pct(i.memRatio));
  const cap = hostCapacity(i);
  const memory = fillMemory(cap.mem, {
    hostReserve: i.hostMem,
    overhead: placed * o.mib,
    kubeReserved: placed * phys(pods.reserved.mem),
    eviction: placed * phys(pods.reserved.eviction),
    daemonsets: placed * phys(i.dsMem),
    workload: placed * phys(pods.count * i.mem),
  });
  const inside = placed * (pods.reserved.cpu + i.dsCpu + pods.count * i.cpu);
  const cpu = {
    hostReserve: i.hostCpu,
    kubeReserved: placed * pods.reserved.cpu,
    daemonsets: placed * i.dsCpu,
    workload: placed * pods.count * i.cpu,
    guest: placed * nodeCap.cpu - inside,
  };
  // Pods burst into their nodes' allocatable, but overcommit may have promised the nodes more than
  // the host has: then the host's own CPU or memory behind the nodes is the tighter room.
  const inNodes = { cpu: placed * Math.max(0, pods.free.cpu), mem: placed * Math.max(0, pods.free.mem) };
  const onHost = {
    cpu: Math.max(0, cap.cpu - i.hostCpu - placed * (pods.reserved.cpu + i.dsCpu)),
    mem: Math.max(0, cap.mem - i.hostMem - placed * (o.mib + pods.reserved.mem + pods.reserved.eviction + i.dsMem)),
  };
  const nodeRoom = 'allocatable after DaemonSets in the node VMs';
  const hostRoom = 'of the host behind the node VMs, which overcommit promised more';
  const burst = sharedBurst(
    fit.count,
    {
      cpuLimits: fit.count * i.cpuLimit,
      cpuRoom: Math.min(inNodes.cpu, onHost.cpu),
      memLimits: fit.count * i.memLimit,
      memRoom: Math.min(inNodes.mem, onHost.mem),
    },
    {
      cpu: onHost.cpu < inNodes.cpu ? hostRoom : nodeRoom,
      mem: onHost.mem < inNodes.mem ? hostRoom : nodeRoom,
      kubelet: true,
    },
  );
  const estimate = o.estimate || aksInterpolated(i, nodeCap.cpu);
  return result('k8s-on-vm', i, { fit, memory, cpu, burst, estimate });
}

const zeroLoad: Load = { cpuLimits: 0, cpuRoom: 0, memLimits: 0, memRoom: 0 };

/**
 * Every mode for one set of inputs. Never throws: inputs that did not come through `validate`
 * and are out of range (or contradict each other) give a count of 0 with the reason.
 */
export function computeAll(i: Inputs): Record<Mode, ModeResult> {
  if (!inRange(i)) {
    const bad = (mode: Mode): ModeResult => ({
      mode,
      ...none('Some inputs are out of range.'),
      cpuUtil: 0,
      memUtil: 0,
      memory: fillMemory(0, {}),
      cpu: fillCpu(0, {}).cpu,
      cpuOvercommitted: 0,
      burst: { cpu: 'fits', memory: 'fits', ...zeroLoad, reason: 'Nothing placed, nothing to burst.' },
      pool: { total: 0, perHost: 0 },
      estimate: false,
    });
    return Object.fromEntries(modes.map((m) => [m, bad(m)])) as Record<Mode, ModeResult>;
  }
  const k8s = podsMode('k8s', i, null);
  return {
    vm: vmMode('vm', i, i.guest, (g, v) => vmOverhead(i.hv, g, v)),
    plain: plainMode(i),
    k8s: k8s.result,
    'k8s-on-vm': k8sOnVmMode(i, k8s.node),
    kata: podsMode('kata', i, kataPodOverhead).result,
    gvisor: podsMode('gvisor', i, gvisorPodOverhead).result,
    firecracker: vmMode('firecracker', i, i.microGuest, firecrackerOverhead),
  };
}
