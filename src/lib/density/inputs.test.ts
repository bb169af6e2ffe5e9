import { describe, expect, it } from 'vitest';
import {
  defaults,
  numberFields,
  numberSpecs,
  parseNumber,
  relationErrors,
  setRequest,
  toRaw,
  validate,
} from './inputs.ts';
import { sources } from './sources.ts';

describe('parseNumber', () => {
  it('accepts a value in range', () => {
    expect(parseNumber('cores', '32')).toBe(32);
    expect(parseNumber('cores', ' 48 ')).toBe(48);
    expect(parseNumber('cpuRatio', '1.25')).toBe(1.25);
  });
  it('says what is wrong and what to type instead', () => {
    expect(parseNumber('cores', '')).toBe('Required: enter a whole number from 1 to 1,024.');
    expect(parseNumber('cores', 'text')).toBe('Not a number: enter a whole number from 1 to 1,024.');
    expect(parseNumber('cores', '0')).toBe('Must be more than zero: the range is 1 to 1,024.');
    expect(parseNumber('cores', '-5')).toBe('Must be more than zero: the range is 1 to 1,024.');
    expect(parseNumber('cores', '1e309')).toBe('Too large: the range is 1 to 1,024.');
    expect(parseNumber('cores', '99999999')).toBe('Too large: the range is 1 to 1,024.');
    expect(parseNumber('cores', '2.5')).toBe('Whole numbers only: the range is 1 to 1,024.');
    expect(parseNumber('hostMem', '-1')).toBe('Too small: the range is 0 to 67,108,864.');
  });
  it('reads -0 as 0, never a negative zero that prints as "-0"', () => {
    for (const f of ['spares', 'dsPods', 'cpu', 'hostCpu'] as const)
      expect(Object.is(parseNumber(f, '-0'), 0), f).toBe(true);
    expect(parseNumber('cpuRatio', '-0')).toMatch(/^Must be more than zero/);
  });

  it('refuses notations a number input never produces', () => {
    for (const text of ['0x10', 'Infinity', 'NaN', '1,000', '12abc', '--1', '1e', '.']) {
      expect(typeof parseNumber('mem', text), text).toBe('string');
    }
  });
  it('rejects every hostile value in every field where zero makes no sense', () => {
    for (const f of numberFields) {
      for (const text of ['', 'text', '-5', '1e309', '99999999999'])
        expect(typeof parseNumber(f, text), `${f} ${text}`).toBe('string');
      expect(typeof parseNumber(f, '0'), f).toBe(numberSpecs[f].min > 0 ? 'string' : 'number');
    }
  });
});

describe('validate', () => {
  it('turns the default text back into the defaults', () => {
    expect(validate(toRaw(defaults))).toEqual({ inputs: defaults, errors: {} });
  });
  it('reports every bad field and gives no inputs', () => {
    const result = validate({ ...toRaw(defaults), cores: 'x', profile: 'openshift', ram: '' });
    expect(result.inputs).toBeNull();
    expect(Object.keys(result.errors).sort()).toEqual(['cores', 'profile', 'ram']);
    expect(result.errors.profile).toBe('Choose one of: gke, eks, aks, kubelet.');
  });
});

describe('defaults', () => {
  it('each default sits inside its own range and cites an https source or says it is illustrative', () => {
    for (const f of numberFields) {
      const s = numberSpecs[f];
      expect(s.value, f).toBeGreaterThanOrEqual(s.min);
      expect(s.value, f).toBeLessThanOrEqual(s.max);
      if (s.source) expect(sources[s.source].url, f).toMatch(/^https:\/\//);
      else expect(s.note, f).toMatch(/^Illustrative/);
    }
  });
});

describe('fields that must agree', () => {
  it('refuses a limit below its request, naming the request', () => {
    expect(relationErrors({ ...defaults, cpu: 500, cpuLimit: 499 })).toEqual({
      cpuLimit: 'Below the CPU request: enter at least 500, since a limit is never below its request.',
    });
    expect(relationErrors({ ...defaults, mem: 2048, memLimit: 1024 })).toEqual({
      memLimit: 'Below the memory request: enter at least 2,048, since a limit is never below its request.',
    });
    expect(relationErrors({ ...defaults, cpuLimit: 4000, memLimit: 4096 })).toEqual({});
  });
  it('refuses as many spares as hosts, or more', () => {
    expect(relationErrors({ ...defaults, hosts: 3, spares: 3 }).spares).toBe(
      'Must be fewer than the 3 hosts: with every host a spare, nothing runs.',
    );
    expect(relationErrors({ ...defaults, hosts: 1, spares: 1 }).spares).toBe(
      'Must be fewer than the one host: with every host a spare, nothing runs.',
    );
    expect(relationErrors({ ...defaults, hosts: 3, spares: 2 })).toEqual({});
  });
  it('validate reports them only once each field is valid alone, and then gives no inputs', () => {
    const raw = { ...toRaw(defaults), cpuLimit: '100' };
    expect(validate(raw)).toEqual({ inputs: null, errors: { cpuLimit: expect.stringMatching(/^Below the CPU/) } });
    expect(validate({ ...raw, cores: 'x' }).errors).toEqual({ cores: expect.stringMatching(/^Not a number/) });
  });
  it('gives the new fields range and whole-number messages', () => {
    expect(parseNumber('spares', '-1')).toBe('Too small: the range is 0 to 9,999.');
    expect(parseNumber('hosts', '0')).toBe('Must be more than zero: the range is 1 to 10,000.');
    expect(parseNumber('ipsPerEni', '1')).toBe('Too small: the range is 2 to 1,000.');
    expect(parseNumber('enis', '1.5')).toBe('Whole numbers only: the range is 1 to 100.');
  });
});

describe('setRequest', () => {
  it('moves a limit that equalled the request along with it', () => {
    const raw = toRaw(defaults);
    expect(setRequest(raw, 'cpu', '2000')).toMatchObject({ cpu: '2000', cpuLimit: '2000' });
    expect(setRequest(raw, 'mem', '64')).toMatchObject({ mem: '64', memLimit: '64' });
  });
  it('leaves a limit the reader set apart, for validation to judge', () => {
    const raw = { ...toRaw(defaults), cpuLimit: '1000' };
    const next = setRequest(raw, 'cpu', '2000');
    expect(next).toMatchObject({ cpu: '2000', cpuLimit: '1000' });
    expect(validate(next).errors.cpuLimit).toMatch(/^Below the CPU request: enter at least 2,000/);
  });
});
