import { figureValue } from '../figures.ts';

/**
 * Memory (and for sandboxed pods, CPU) that each instance costs on top of what its workload asks
 * for. Results are whole MiB, rounded up: an overhead is a floor, never a discount.
 */

export interface Overhead {
  mib: number;
  /** True when the figure leaves the range its source measured. */
  estimate: boolean;
}

/** vSphere 6.5 power-on overhead in MB: rows by VM memory (MB), columns 1/2/4/8 vCPUs. */
const vsphereRows: readonly (readonly [number, readonly [number, number, number, number]])[] = [
  [256, [20.29, 24.28, 32.23, 48.16]],
  [1024, [25.9, 29.91, 37.86, 53.82]],
  [4096, [48.64, 52.72, 60.67, 76.78]],
  [16384, [139.62, 143.98, 151.93, 168.6]],
];
const vsphereCpus = [1, 2, 4, 8] as const;

/** Linear interpolation (and extrapolation past the ends) through sorted points. */
function lerp(xs: readonly number[], ys: readonly number[], x: number): number {
  const last = xs.length - 1;
  let i = 0;
  while (i < last - 1 && x > (xs[i + 1] as number)) i++;
  const x0 = xs[i] as number;
  const x1 = xs[i + 1] as number;
  const y0 = ys[i] as number;
  const y1 = ys[i + 1] as number;
  return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
}

/**
 * The table interpolated linearly between rows and between vCPU columns. Past 16 GB or 8 vCPUs the
 * line is extended: an estimate. Below 256 MB the 256 MB row is used, also an estimate.
 */
export function vsphereOverhead(guestMiB: number, vcpus: number): Overhead {
  const mem = Math.max(256, guestMiB);
  const byRow = vsphereRows.map(([, cols]) => lerp(vsphereCpus, cols, vcpus));
  const mb = lerp(
    vsphereRows.map(([m]) => m),
    byRow,
    mem,
  );
  return { mib: Math.ceil(mb), estimate: guestMiB > 16384 || guestMiB < 256 || vcpus > 8 };
}

/**
 * KubeVirt's GetMemoryOverhead for a default VM: guest memory ÷ 512 for page tables, its own
 * processes, 8 MiB per vCPU, 8 MiB for the I/O thread and the video device it attaches by default.
 * Options the calculator does not model add more (VFIO 1 GiB, SEV 256 MiB, TPM 53 MiB, dedicated
 * CPUs 100 MiB, exec probes, arm64 firmware 128 MiB).
 */
export function kubevirtOverhead(guestMiB: number, vcpus: number): Overhead {
  const mib =
    guestMiB / figureValue('kubevirt-pagetable-divisor') +
    figureValue('kubevirt-fixed-overhead') +
    figureValue('kubevirt-iothread-overhead') +
    figureValue('kubevirt-graphics-overhead') +
    figureValue('kubevirt-vcpu-overhead') * vcpus;
  return { mib: Math.ceil(mib), estimate: false };
}

export type Hypervisor = 'kubevirt' | 'vsphere';
export const hypervisors: readonly Hypervisor[] = ['kubevirt', 'vsphere'];

export function vmOverhead(hv: Hypervisor, guestMiB: number, vcpus: number): Overhead {
  return hv === 'vsphere' ? vsphereOverhead(guestMiB, vcpus) : kubevirtOverhead(guestMiB, vcpus);
}

/**
 * Firecracker's VMM stays within 5 MiB for a 1 vCPU / 128 MiB micro-VM. For larger guests the
 * specification states nothing, so the same figure is an estimate there.
 */
export function firecrackerOverhead(guestMiB: number, vcpus: number): Overhead {
  return {
    mib: figureValue('firecracker-vmm-memory'),
    estimate: vcpus > 1 || guestMiB > figureValue('firecracker-reference-memory'),
  };
}

/** RuntimeClass overhead.podFixed, which Kubernetes adds to a pod's requests when scheduling. */
export interface PodOverhead {
  cpu: number;
  mem: number;
  estimate: boolean;
}

/**
 * kata-deploy's QEMU RuntimeClasses (kata-qemu-runtime-rs, the default since Kata 4.0, and the
 * deprecated Go-runtime kata-qemu); Cloud Hypervisor, Firecracker, Dragonball, StratoVirt: 130Mi.
 */
export const kataPodOverhead: PodOverhead = {
  cpu: figureValue('kata-qemu-overhead-cpu'),
  mem: figureValue('kata-qemu-overhead-memory'),
  estimate: false,
};

/**
 * gVisor's historical density figure (ptrace platform): an empty container took 23.7 MB under
 * runsc against 4.1 MB under runc, so 19.6 MB more, rounded up to 20 MiB. The default platform is
 * now systrap, so this is historical and an estimate. No CPU figure is stated.
 */
export const gvisorPodOverhead: PodOverhead = { cpu: 0, mem: 20, estimate: true };
