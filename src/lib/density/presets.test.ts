import { describe, expect, it } from 'vitest';
import { parseNumber } from './inputs.ts';
import { CUSTOM, presetFor, presets } from './presets.ts';
import { sources } from './sources.ts';

describe('presets', () => {
  it('are the reference’s five workloads, each within the input ranges and citing its source', () => {
    expect(presets.map((p) => [p.id, p.cpu, p.mem])).toEqual([
      ['web', 250, 64],
      ['jvm', 500, 1024],
      ['postgres', 2000, 8192],
      ['ci', 4000, 16_384],
      ['function', 1000, 128],
    ]);
    for (const p of presets) {
      expect(parseNumber('cpu', String(p.cpu)), p.id).toBe(p.cpu);
      expect(parseNumber('mem', String(p.mem)), p.id).toBe(p.mem);
      expect(sources[p.source].url, p.id).toMatch(/^https:\/\//);
    }
  });

  it('recognises a preset from its requests, and anything else as custom', () => {
    expect(presetFor(500, 1024)).toBe('jvm');
    expect(presetFor(500, 1000)).toBe(CUSTOM);
    expect(presetFor(Number.NaN, 64)).toBe(CUSTOM);
  });

  it('every source is an https address', () => {
    for (const [id, s] of Object.entries(sources))
      expect(URL.canParse(s.url) && new URL(s.url).protocol, id).toBe('https:');
  });
});
