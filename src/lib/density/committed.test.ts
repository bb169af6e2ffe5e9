import { describe, expect, it } from 'vitest';
import { sameInputs, staleFields } from './committed.ts';
import { defaults, toRaw } from './inputs.ts';

describe('staleFields', () => {
  it('is empty when every field shows what the results use', () => {
    expect(staleFields(toRaw(defaults), defaults)).toEqual([]);
  });

  it('names each field whose typed text the results do not use, with both values', () => {
    const raw = { ...toRaw(defaults), cpu: '0.5', mem: '999999999' };
    expect(staleFields(raw, defaults)).toEqual([
      { field: 'cpu', shown: defaults.cpu, typed: '0.5' },
      { field: 'mem', shown: defaults.mem, typed: '999999999' },
    ]);
  });

  it('ignores surrounding spaces, which parsing ignores too', () => {
    expect(staleFields({ ...toRaw(defaults), cpu: ` ${defaults.cpu} ` }, defaults)).toEqual([]);
  });
});

describe('sameInputs', () => {
  it('compares every field', () => {
    expect(sameInputs(defaults, { ...defaults })).toBe(true);
    expect(sameInputs(defaults, { ...defaults, maxPods: defaults.maxPods + 1 })).toBe(false);
  });
});
