import { describe, expect, it } from 'vitest';
import { defaults, numberFields, numberSpecs, parseNumber, toRaw, validate } from './inputs.ts';
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
