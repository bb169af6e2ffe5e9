/**
 * Kubernetes node reservations, from each provider's published formula. Everything is in whole
 * MiB and millicores. `allocatable = capacity − kube-reserved − system-reserved − eviction`.
 */
import { figureTiers, figureValue } from '../figures.ts';
import type { SourceId } from './sources.ts';

export type Profile = 'gke' | 'eks' | 'aks' | 'kubelet';
export const profiles: readonly Profile[] = ['gke', 'eks', 'aks', 'kubelet'];

export interface Resources {
  /** millicores */
  cpu: number;
  /** MiB */
  mem: number;
}

export interface Reservation {
  /** kube-reserved + system-reserved */
  cpu: number;
  mem: number;
  /** Hard eviction threshold for memory.available, MiB. */
  eviction: number;
}

/** [size of the tier, fraction reserved]: each tier takes its share of what falls inside it. */
type Tiers = readonly (readonly [number, number])[];

export function tiered(amount: number, tiers: Tiers): number {
  let left = Math.max(0, amount);
  let total = 0;
  for (const [size, share] of tiers) {
    const part = Math.min(left, size);
    total += part * share;
    left -= part;
    if (left <= 0) break;
  }
  return Math.round(total);
}

const big = Number.MAX_SAFE_INTEGER;

/** GKE: 6 % of the first core, 1 % of the second, 0.5 % of cores 3–4, 0.25 % above 4. EKS uses the same. */
const gkeCpuTiers: Tiers = figureTiers('gke-cpu-tiers');
/** GKE: 25 % of the first 4 GiB, 20 % of the next 4, 10 % of the next 8, 6 % of the next 112, 2 % above 128 GiB. */
const gkeMemTiers: Tiers = figureTiers('gke-memory-tiers');
/**
 * AKS publishes a table (1/2/4/8/16/32/64 cores → 60/100/140/180/260/420/740 m), not a formula.
 * These tiers (6 %, 4 %, 2 % of cores 3–4, 1 % above 4) reproduce every entry of the table exactly;
 * between and beyond its rows they are our interpolation.
 */
const aksCpuTiers: Tiers = [
  [1000, 0.06],
  [1000, 0.04],
  [2000, 0.02],
  [big, 0.01],
];

/** kubelet's default hard eviction threshold, memory.available < 100Mi (all four profiles keep it). */
export const EVICTION_MIB = figureValue('kubelet-eviction-memory');

export const gkeCpu = (capacityM: number): number => tiered(capacityM, gkeCpuTiers);
export const gkeMem = (capacityMiB: number): number =>
  capacityMiB < 1024 ? figureValue('gke-memory-small') : tiered(capacityMiB, gkeMemTiers);
/** 11 MiB per pod the node may run, plus 255 MiB (nodeadm, AL2023). */
export const eksMem = (maxPods: number): number =>
  figureValue('eks-memory-per-pod') * maxPods + figureValue('eks-memory-base');
/** Pods an EKS node can address without prefix delegation: ENIs × (IPv4 addresses per ENI − 1) + 2. */
export const eksMaxPods = (enis: number, ipsPerEni: number): number => enis * (ipsPerEni - 1) + 2;
export const aksCpu = (capacityM: number): number => tiered(capacityM, aksCpuTiers);
/** The smaller of 20 MB × max pods + 50 MB and 25 % of the node's memory (AKS ≥ 1.29; MB taken as MiB). */
export const aksMem = (capacityMiB: number, maxPods: number): number =>
  Math.min(
    figureValue('aks-memory-per-pod') * maxPods + figureValue('aks-memory-base'),
    Math.round((capacityMiB * figureValue('aks-memory-cap')) / 100),
  );

export function reservation(profile: Profile, capacity: Resources, maxPods: number): Reservation {
  switch (profile) {
    case 'gke':
      return { cpu: gkeCpu(capacity.cpu), mem: gkeMem(capacity.mem), eviction: EVICTION_MIB };
    case 'eks':
      return { cpu: gkeCpu(capacity.cpu), mem: eksMem(maxPods), eviction: EVICTION_MIB };
    case 'aks':
      return { cpu: aksCpu(capacity.cpu), mem: aksMem(capacity.mem, maxPods), eviction: EVICTION_MIB };
    case 'kubelet':
      return { cpu: 0, mem: 0, eviction: EVICTION_MIB };
  }
}

/** What the scheduler may hand to pods. Negative when the reservations exceed the node. */
export function allocatable(capacity: Resources, reserved: Reservation): Resources {
  return { cpu: capacity.cpu - reserved.cpu, mem: capacity.mem - reserved.mem - reserved.eviction };
}

export const profileInfo: Record<Profile, { name: string; source: SourceId; estimate: boolean }> = {
  gke: { name: 'GKE', source: 'gke', estimate: false },
  eks: { name: 'EKS (AL2023, nodeadm)', source: 'eks', estimate: false },
  // Microsoft's CPU table has seven rows; other core counts use our interpolation.
  aks: { name: 'AKS', source: 'aks', estimate: true },
  kubelet: { name: 'kubelet defaults', source: 'k8sReserve', estimate: false },
};
