import { describe, expect, it } from 'vitest';
import { firecrackerOverhead, kataPodOverhead, kubevirtOverhead, vsphereOverhead } from './overheads.ts';

describe('vSphere 6.5 overhead table', () => {
  it('returns each published entry, rounded up to whole MiB', () => {
    expect(vsphereOverhead(256, 1)).toEqual({ mib: 21, estimate: false });
    expect(vsphereOverhead(1024, 2)).toEqual({ mib: 30, estimate: false });
    expect(vsphereOverhead(4096, 4)).toEqual({ mib: 61, estimate: false });
    expect(vsphereOverhead(16_384, 8)).toEqual({ mib: 169, estimate: false });
  });
  it('interpolates linearly between rows and between vCPU columns', () => {
    // Halfway between 1 GB (25.90) and 4 GB (48.64): 37.27.
    expect(vsphereOverhead(2560, 1).mib).toBe(38);
    // Halfway between 4 and 8 vCPUs at 4 GB: (60.67 + 76.78) / 2 = 68.725.
    expect(vsphereOverhead(4096, 6).mib).toBe(69);
  });
  it('extends the line beyond 16 GB and 8 vCPUs, and flags that as an estimate', () => {
    // 139.62 + (139.62 − 48.64) / 12,288 × 16,384 = 260.93
    expect(vsphereOverhead(32_768, 1)).toEqual({ mib: 261, estimate: true });
    expect(vsphereOverhead(4096, 16).estimate).toBe(true);
    expect(vsphereOverhead(128, 1)).toEqual({ mib: 21, estimate: true });
  });
});

describe('KubeVirt overhead', () => {
  it('is guest ÷ 512 + 220 MiB + 8 MiB I/O thread + 32 MiB video + 8 MiB per vCPU, rounded up', () => {
    // The default 4 GiB / 2 vCPU VM: 8 + 220 + 8 + 32 + 16 = 284 MiB.
    expect(kubevirtOverhead(4096, 2).mib).toBe(284);
    expect(kubevirtOverhead(1088, 1).mib).toBe(271);
    expect(kubevirtOverhead(32_768, 8).mib).toBe(388);
  });
});

describe('Kata pod overhead', () => {
  it('is the QEMU RuntimeClasses’ 250m and 320Mi since Kata 4.0.0', () => {
    expect(kataPodOverhead).toEqual({ cpu: 250, mem: 320, estimate: false });
  });
});

describe('Firecracker overhead', () => {
  it('is 5 MiB, measured for 1 vCPU and 128 MiB and an estimate beyond', () => {
    expect(firecrackerOverhead(128, 1)).toEqual({ mib: 5, estimate: false });
    expect(firecrackerOverhead(192, 1)).toEqual({ mib: 5, estimate: true });
  });
});
