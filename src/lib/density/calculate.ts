/**
 * How many instances of one workload fit on one host, per isolation model, which resource runs
 * out first, and where the memory went. Whole MiB and millicores throughout; counts round down.
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
import { allocatable, profileInfo, reservation, type Reservation, type Resources } from './reservations.ts';

export type Mode = 'vm' | 'container' | 'k8s-on-vm' | 'kata' | 'gvisor' | 'firecracker';
export const modes: readonly Mode[] = ['vm', 'container', 'k8s-on-vm', 'kata', 'gvisor', 'firecracker'];

export type Binding = 'cpu' | 'memory' | 'pod-limit' | 'fragmentation' | 'none-fit';

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

export interface ModeResult {
  mode: Mode;
  count: number;
  binding: Binding;
  reason: string;
  /** Workload CPU requests ÷ the host's hardware threads; above 1 means CPU is overcommitted. */
  cpuUtil: number;
  /** Workload memory ÷ the host's RAM; above 1 only with memory overcommit. */
  memUtil: number;
  memory: Memory;
  /** The result leans on a figure no primary source states for this case. */
  estimate: boolean;
}

interface Fit {
  count: number;
  binding: Binding;
  reason: string;
}

const none = (reason: string): Fit => ({ count: 0, binding: 'none-fit', reason });

/** Hands out `total` MiB to the parts in order, never more than is left; the rest is stranded. */
function fill(total: number, parts: Partial<Memory>): Memory {
  const memory: Memory = {
    hostReserve: 0,
    kubeReserved: 0,
    eviction: 0,
    daemonsets: 0,
    overhead: 0,
    guestOS: 0,
    workload: 0,
    stranded: 0,
  };
  let left = total;
  for (const key of [
    'hostReserve',
    'kubeReserved',
    'eviction',
    'daemonsets',
    'overhead',
    'guestOS',
    'workload',
  ] as const) {
    const take = Math.min(left, Math.max(0, parts[key] ?? 0));
    memory[key] = take;
    left -= take;
  }
  memory.stranded = left;
  return memory;
}

const hostCapacity = (i: Inputs): Resources => ({ cpu: i.cores * i.threads * 1000, mem: i.ram * 1024 });
/** Ratios kept as whole hundredths so the integer arithmetic below stays exact. */
const pct = (ratio: number): number => Math.round(ratio * 100);

// ── Pods on one Kubernetes node ──────────────────────────────────────────────────────────────

interface NodeFit extends Fit {
  reserved: Reservation;
  /** Allocatable left after DaemonSets. */
  free: Resources;
  slots: number;
}

function podsOnNode(capacity: Resources, i: Inputs, extra: PodOverhead | null): NodeFit {
  const reserved = reservation(i.profile, capacity, i.maxPods);
  const alloc = allocatable(capacity, reserved);
  const free = { cpu: alloc.cpu - i.dsCpu, mem: alloc.mem - i.dsMem };
  const slots = i.maxPods - i.dsPods;
  const base = { reserved, free, slots };
  const name = profileInfo[i.profile].name;
  if (alloc.cpu <= 0 || alloc.mem <= 0) {
    return {
      ...base,
      ...none(
        `${name} reservations (${cpuText(reserved.cpu)}, ${mib(reserved.mem + reserved.eviction)} with eviction) use up the node’s ${cpuText(capacity.cpu)} and ${mib(capacity.mem)}.`,
      ),
    };
  }
  if (slots <= 0) return { ...base, ...none(`DaemonSet pods take all ${i.maxPods} pod slots.`) };
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
  const count = Math.min(byCpu, byMem, slots);
  if (count === byCpu) {
    return {
      ...base,
      count,
      binding: 'cpu',
      reason: `${cpuText(free.cpu)} allocatable after DaemonSets ÷ ${cpuText(pod.cpu)} per pod.`,
    };
  }
  if (count === byMem) {
    return {
      ...base,
      count,
      binding: 'memory',
      reason: `${mib(free.mem)} allocatable after DaemonSets ÷ ${mib(pod.mem)} per pod.`,
    };
  }
  return { ...base, count, binding: 'pod-limit', reason: `${i.maxPods} max pods − ${i.dsPods} DaemonSet pods.` };
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
  const count = Math.min(byMem, byCpu);
  const left = { cpu: virtualCpu - count * vcpus * 1000, mem: hostMem - count * perVm };
  const memReason = `${mib(hostMem)} after the host reserve ÷ ${mib(perVm)} per VM (guest ${mib(guestPhysical)} + overhead ${mib(overheadMiB)})`;
  const cpuReason = `${num(virtualCpu / 1000)} vCPUs (${num(hostCpu / 1000)} hardware threads × ${i.cpuRatio} overcommit) ÷ ${vcpus} per VM`;
  if (count === 0) {
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
    ? { ...base, left, count, binding: 'cpu', reason: `${cpuReason}.` }
    : { ...base, left, count, binding: 'memory', reason: `${memReason}.` };
}

// ── The modes ────────────────────────────────────────────────────────────────────────────────

function utilization(i: Inputs, count: number): Pick<ModeResult, 'cpuUtil' | 'memUtil'> {
  const cap = hostCapacity(i);
  return { cpuUtil: (count * i.cpu) / cap.cpu, memUtil: (count * i.mem) / cap.mem };
}

function aksInterpolated(i: Inputs, cpuM: number): boolean {
  return i.profile === 'aks' && ![1, 2, 4, 8, 16, 32, 64].includes(cpuM / 1000);
}

/** Every mode reports alike: how many fit and why, what that uses, and where the memory went. */
function result(mode: Mode, i: Inputs, fit: Fit, memory: ModeResult['memory'], estimate: boolean): ModeResult {
  return {
    mode,
    count: fit.count,
    binding: fit.binding,
    reason: fit.reason,
    ...utilization(i, fit.count),
    memory,
    estimate,
  };
}

function podsMode(mode: Mode, i: Inputs, extra: PodOverhead | null): ModeResult {
  const cap = hostCapacity(i);
  const fit = podsOnNode(cap, i, extra);
  const memory = fill(cap.mem, {
    kubeReserved: fit.reserved.mem,
    eviction: fit.reserved.eviction,
    daemonsets: i.dsMem,
    overhead: fit.count * (extra?.mem ?? 0),
    workload: fit.count * i.mem,
  });
  const estimate = Boolean(extra?.estimate) || aksInterpolated(i, cap.cpu);
  return result(mode, i, fit, memory, estimate);
}

function vmMode(
  mode: Mode,
  i: Inputs,
  guestOS: number,
  overhead: (guest: number, vcpus: number) => Overhead,
): ModeResult {
  const vcpus = Math.max(1, Math.ceil(i.cpu / 1000));
  const guest = guestOS + i.mem;
  const o = overhead(guest, vcpus);
  const fit = vmsOnHost(i, vcpus, guest, o.mib);
  // The workload's share of each VM's physical guest memory; the guest OS has the rest.
  const workload = Math.floor((i.mem * 100) / pct(i.memRatio));
  const memory = fill(hostCapacity(i).mem, {
    hostReserve: i.hostMem,
    overhead: fit.count * o.mib,
    guestOS: fit.count * (fit.guestPhysical - workload),
    workload: fit.count * workload,
  });
  return result(mode, i, fit, memory, o.estimate);
}

function k8sOnVmMode(i: Inputs): ModeResult {
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
    const count = nodes.count * pods.count;
    const head = `${nodes.count} node VMs (${nodes.binding === 'cpu' ? 'CPU' : 'memory'} limits the host) × ${pods.count} pods.`;
    // Capacity left inside each node plus what no whole node VM could use, pooled as if it were one place.
    const leftCpu = nodes.count * (pods.free.cpu - pods.count * i.cpu) + nodes.left.cpu;
    const leftMem = nodes.count * (pods.free.mem - pods.count * i.mem) + nodes.left.mem;
    const more = Math.min(i.cpu > 0 ? Math.floor(leftCpu / i.cpu) : Infinity, Math.floor(leftMem / i.mem));
    if (pods.binding === 'pod-limit') fit = { count, binding: 'pod-limit', reason: `${head} ${pods.reason}` };
    else if (more >= 1) {
      fit = {
        count,
        binding: 'fragmentation',
        reason: `${head} ${pods.binding === 'cpu' ? 'CPU' : 'Memory'} fills each node first; ${cpuText(leftCpu)} and ${mib(leftMem)} are stranded in pieces that would hold ${more.toLocaleString('en-US')} more pods pooled.`,
      };
    } else fit = { count, binding: pods.binding, reason: `${head} ${pods.reason}` };
  }
  const placed = fit.count > 0 ? nodes.count : 0;
  // Inside a node, memory is guest memory; overcommit shrinks it on the host in proportion.
  const phys = (guestMiB: number): number => Math.floor((guestMiB * 100) / pct(i.memRatio));
  const memory = fill(hostCapacity(i).mem, {
    hostReserve: i.hostMem,
    overhead: placed * o.mib,
    kubeReserved: placed * phys(pods.reserved.mem),
    eviction: placed * phys(pods.reserved.eviction),
    daemonsets: placed * phys(i.dsMem),
    workload: placed * phys(pods.count * i.mem),
  });
  const estimate = o.estimate || aksInterpolated(i, nodeCap.cpu);
  return result('k8s-on-vm', i, fit, memory, estimate);
}

const zeroMemory = fill(0, {});

/**
 * Every mode for one set of inputs. Never throws: inputs that did not come through `validate`
 * and are out of range give a count of 0 with the reason.
 */
export function computeAll(i: Inputs): Record<Mode, ModeResult> {
  if (!inRange(i)) {
    const bad = (mode: Mode): ModeResult => ({
      mode,
      ...none('Some inputs are out of range.'),
      cpuUtil: 0,
      memUtil: 0,
      memory: zeroMemory,
      estimate: false,
    });
    return Object.fromEntries(modes.map((m) => [m, bad(m)])) as Record<Mode, ModeResult>;
  }
  return {
    vm: vmMode('vm', i, i.guest, (g, v) => vmOverhead(i.hv, g, v)),
    container: podsMode('container', i, null),
    'k8s-on-vm': k8sOnVmMode(i),
    kata: podsMode('kata', i, kataPodOverhead),
    gvisor: podsMode('gvisor', i, gvisorPodOverhead),
    firecracker: vmMode('firecracker', i, i.microGuest, firecrackerOverhead),
  };
}
