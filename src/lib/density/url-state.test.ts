import { describe, expect, it } from 'vitest';
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
      profile: 'eks',
      maxPods: 29,
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
    expect(toQuery(defaults)).toBe('cores=32&threads=2&ram=256&cpu=250&mem=64&maxPods=110&profile=gke&preset=web');
    expect(toQuery({ ...defaults, cpuRatio: 4, mem: 100, memLimit: 100 })).toBe(
      'cores=32&threads=2&ram=256&cpu=250&mem=100&cpuRatio=4&maxPods=110&profile=gke&preset=custom',
    );
  });
  it('round-trips through parseQuery', () => {
    const inputs = {
      ...defaults,
      cores: 96,
      hv: 'vsphere' as const,
      memRatio: 1.5,
      nodeMem: 64,
      profile: 'aks' as const,
    };
    expect(validate(parseQuery(toQuery(inputs)).raw).inputs).toEqual(inputs);
  });
});
