import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { figureSchema } from './figures-schema.ts';
import { figure, figureText, figureTiers, figureValue, figures } from './figures.ts';

describe('content/figures.yaml', () => {
  it('every figure passes the schema, and ids are unique', () => {
    const entries = parse(readFileSync('content/figures.yaml', 'utf8')) as { id: string }[];
    expect(entries.map((f) => f.id)).toEqual(figures.map((f) => f.id));
    for (const f of entries) {
      const result = figureSchema.safeParse(f);
      expect(result.success ? [] : result.error.issues.map((i) => `${f.id}: ${i.message}`)).toEqual([]);
    }
    expect(new Set(figures.map((f) => f.id)).size).toBe(figures.length);
  });
});

describe('figureSchema', () => {
  const valid = {
    id: 'kubelet-max-pods',
    value: 110,
    unit: 'pods',
    what: 'The kubelet’s default maxPods for one node.',
    source: { title: 'Kubelet Configuration', url: 'https://kubernetes.io/docs/', checked: '2026-11-28' },
  };
  const issues = (input: unknown) => {
    const result = figureSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('accepts a figure with a checked, pinned source', () => {
    expect(issues(valid)).toEqual([]);
  });
  it('requires the day the source was checked', () => {
    const { checked: _omit, ...source } = valid.source;
    expect(issues({ ...valid, source })).toEqual([
      expect.stringMatching(/^source\.checked: needs `checked: YYYY-MM-DD`/),
    ]);
  });
  it('refuses a source on a moving branch, naming the figure', () => {
    const source = { ...valid.source, url: 'https://github.com/openstack/nova/blob/master/nova/conf/compute.py' };
    expect(issues({ ...valid, source })).toEqual([
      expect.stringMatching(/^source\.url: figure "kubelet-max-pods" follows the branch "master"/),
    ]);
  });
  it('asks for the words of a tiered formula', () => {
    expect(issues({ ...valid, value: [[1000, 0.06]] })).toEqual([
      'text: a tiered figure needs `text:`, the formula in words',
    ]);
  });
});

describe('figure lookups', () => {
  it('return values, tiers and the text prose shows', () => {
    expect(figureValue('kubelet-max-pods')).toBe(110);
    expect(figureTiers('gke-cpu-tiers').at(-1)).toEqual([Number.MAX_SAFE_INTEGER, 0.0025]);
    expect(figureText(figure('kata-qemu-overhead-memory'))).toBe('320\u00a0Mi');
    expect(figureText(figure('nova-cpu-allocation-ratio'))).toBe('4.0');
    expect(figureText(figure('kata-qemu-overhead-cpu'))).toBe('250m');
  });
  it('name the known ids when an id is unknown', () => {
    expect(() => figure('kata-overhead')).toThrow(/no figure "kata-overhead"; known: kata-qemu-overhead-memory/);
  });
});
