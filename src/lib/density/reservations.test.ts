import { describe, expect, it } from 'vitest';
import { aksCpu, aksMem, allocatable, eksMaxPods, eksMem, gkeCpu, gkeMem, reservation } from './reservations.ts';

// Test vectors from the density reference; each follows from the published formula.
describe('GKE', () => {
  it('reserves 3,645 MiB on a 32 GiB node', () => {
    // 25 % of 4 GiB + 20 % of 4 GiB + 10 % of 8 GiB + 6 % of the remaining 16 GiB = 3,645.44
    expect(gkeMem(32 * 1024)).toBe(3645);
  });
  it('reserves 70 millicores on a 2 vCPU node', () => {
    expect(gkeCpu(2000)).toBe(70);
  });
  it('reserves exactly 1 GiB at exactly 4 GiB, and 255 MiB below 1 GiB', () => {
    expect(gkeMem(4096)).toBe(1024);
    expect(gkeMem(1023)).toBe(255);
    expect(gkeMem(1024)).toBe(256);
  });
  it('applies the 0.25 % CPU tier above four cores and the 2 % memory tier above 128 GiB', () => {
    expect(gkeCpu(4000)).toBe(80);
    expect(gkeCpu(64_000)).toBe(230);
    // 1024 + 819.2 + 819.2 + 6,881.28 + 2 % of 128 GiB (2,621.44) = 12,165.12
    expect(gkeMem(256 * 1024)).toBe(12_165);
  });
});

describe('EKS', () => {
  it('reserves 574 MiB on an m5.large at 29 pods', () => {
    // m5.large: 3 ENIs with 10 IPv4 addresses each.
    expect(eksMaxPods(3, 10)).toBe(29);
    expect(eksMem(29)).toBe(574);
  });
  it('uses GKE’s CPU tiers', () => {
    expect(reservation('eks', { cpu: 2000, mem: 8192 }, 29)).toEqual({ cpu: 70, mem: 574, eviction: 100 });
  });
});

describe('AKS', () => {
  it('reserves 650 MB on an 8 GB node at 30 pods', () => {
    expect(aksMem(8192, 30)).toBe(650);
  });
  it('caps memory at 25 % of the node', () => {
    // Microsoft's second example: 4 GB at 70 pods reserves 25 %, not 20 × 70 + 50.
    expect(aksMem(4096, 70)).toBe(1024);
  });
  it('reproduces every row of Microsoft’s CPU table', () => {
    const table: [number, number][] = [
      [1, 60],
      [2, 100],
      [4, 140],
      [8, 180],
      [16, 260],
      [32, 420],
      [64, 740],
    ];
    for (const [cores, milli] of table) expect(aksCpu(cores * 1000)).toBe(milli);
  });
});

describe('allocatable', () => {
  it('reproduces the Kubernetes docs example: 14.5 CPU and 28.5 GiB', () => {
    // 16 CPU / 32 GiB; kube-reserved 1 CPU / 2 GiB; system-reserved 500m / 1 GiB; eviction 500 MiB.
    const result = allocatable({ cpu: 16_000, mem: 32_768 }, { cpu: 1000 + 500, mem: 2048 + 1024, eviction: 500 });
    expect(result.cpu).toBe(14_500);
    // 32,768 − 3,072 − 500 = 29,196 MiB = 28.51 GiB; the docs round 500 MiB to 0.5 GiB and say 28.5Gi.
    expect(result.mem).toBe(29_196);
    expect((result.mem / 1024).toFixed(1)).toBe('28.5');
  });
  it('kubelet defaults reserve nothing but keep the 100 MiB eviction threshold', () => {
    expect(reservation('kubelet', { cpu: 64_000, mem: 262_144 }, 110)).toEqual({ cpu: 0, mem: 0, eviction: 100 });
  });
});
