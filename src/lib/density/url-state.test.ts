import { describe, expect, it } from 'vitest';
import { computeAll } from './calculate.ts';
import { defaults, validate } from './inputs.ts';
import { parseQuery, toQuery } from './url-state.ts';

describe('parseQuery', () => {
  it('reads the fields of a shared link', () => {
    const { raw } = parseQuery('?cores=16&threads=1&ram=64&cpu=500&mem=512&profile=eks&maxPods=29');
    expect(validate(raw).inputs).toEqual({
      ...defaults,
      cores: 16,
      threads: 1,
      ram: 64,
      cpu: 500,
      mem: 512,
      cpuLimit: 500,
      memLimit: 512,
      // Written before the 4.0 default, when a link without cpuRatio meant 1.
      cpuRatio: 1,
      profile: 'eks',
      maxPods: 29,
    });
  });
  it('keeps the meaning of a link made before limits, IP limits, pools and the 4.0 CPU default', () => {
    // The share link the calculator wrote for its old default scenario.
    const { inputs } = validate(
      parseQuery('?cores=32&threads=2&ram=256&cpu=250&mem=64&maxPods=110&profile=gke&preset=web').raw,
    );
    expect(inputs).toMatchObject({ cpu: 250, mem: 64, cpuLimit: 250, memLimit: 64, cpuRatio: 1 });
    const r = computeAll(inputs ?? defaults);
    // What that link showed then: 64 VMs by CPU, 107 pods by the pod limit.
    expect(r.vm).toMatchObject({ count: 64, binding: 'cpu' });
    expect(r.k8s).toMatchObject({ count: 107, binding: 'pod-limit' });
  });
  it('gives limits their requests when a link leaves them out, also from a preset', () => {
    expect(validate(parseQuery('?preset=postgres').raw).inputs).toMatchObject({
      cpu: 2000,
      mem: 8192,
      cpuLimit: 2000,
      memLimit: 8192,
    });
    expect(validate(parseQuery('?cpu=300&cpuLimit=900').raw).inputs).toMatchObject({ cpu: 300, cpuLimit: 900 });
  });
  it('lets validation refuse a link whose limit is below its request, or whose spares are all its hosts', () => {
    expect(validate(parseQuery('?cpu=800&cpuLimit=400&hosts=2&spares=2').raw).errors).toEqual({
      cpuLimit: 'Below the CPU request: enter at least 800, since a limit is never below its request.',
      spares: 'Must be fewer than the 2 hosts: with every host a spare, nothing runs.',
    });
  });
  it('starts from a preset, and explicit values override it', () => {
    expect(validate(parseQuery('?preset=jvm').raw).inputs).toMatchObject({ cpu: 500, mem: 1024 });
    expect(validate(parseQuery('?preset=jvm&cpu=750').raw).inputs).toMatchObject({ cpu: 750, mem: 1024 });
  });
  it('passes bad values on to validation instead of dropping them', () => {
    const { raw } = parseQuery('?cores=abc&profile=nomad');
    expect(validate(raw).errors).toMatchObject({
      cores: expect.stringMatching(/^Not a number/),
      profile: expect.any(String),
    });
  });
  it('says when a preset does not exist, and cuts absurdly long values', () => {
    expect(parseQuery('?preset=mainframe').presetError).toMatch(/preset that does not exist/);
    expect(parseQuery(`?ram=${'9'.repeat(5000)}`).raw.ram).toHaveLength(40);
  });
});

describe('toQuery', () => {
  it('always writes the main fields and the preset, others only when changed', () => {
    expect(toQuery(defaults)).toBe(
      'cores=32&threads=2&ram=256&cpu=500&mem=1024&cpuRatio=4&maxPods=110&profile=gke&preset=jvm',
    );
    expect(toQuery({ ...defaults, cpuRatio: 1, mem: 100, memLimit: 100, spares: 2 })).toBe(
      'cores=32&threads=2&ram=256&cpu=500&mem=100&cpuRatio=1&maxPods=110&spares=2&profile=gke&preset=custom',
    );
  });
  it('writes a limit only when it differs from its request', () => {
    expect(toQuery({ ...defaults, memLimit: 2048 })).toContain('&memLimit=2048&');
    expect(toQuery({ ...defaults, cpu: 700, cpuLimit: 700 })).not.toContain('cpuLimit');
  });
  it('round-trips through parseQuery', () => {
    const inputs = {
      ...defaults,
      cores: 96,
      hv: 'vsphere' as const,
      memRatio: 1.5,
      nodeMem: 64,
      profile: 'aks' as const,
      cpuLimit: 1500,
      memLimit: 4096,
      enis: 8,
      ipsPerEni: 30,
      hosts: 12,
      spares: 2,
    };
    expect(validate(parseQuery(toQuery(inputs)).raw).inputs).toEqual(inputs);
  });
});
