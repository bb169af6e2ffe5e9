import { describe, expect, it } from 'vitest';
import { compactStacks, stackFromCompact } from './from-file.ts';
import type { StackFile } from './schema.ts';

const layer = (id: string, extra: Partial<StackFile['layers'][number]> = {}) => ({
  id,
  label: id,
  kind: 'app' as const,
  scope: 'shared' as const,
  description: `The ${id} layer, described.`,
  examples: [id],
  source: 'b',
  ...extra,
});

const file = (order: number, layers: StackFile['layers']): StackFile => ({
  label: `Stack ${order}`,
  order,
  units: {},
  note: 'A note about this stack.',
  sources: [
    { id: 'a', title: 'Source A', url: 'https://example.org/a', checked: '2026-11-28' },
    { id: 'b', title: 'Source B', url: 'https://example.org/b', checked: '2026-11-28' },
  ],
  layers,
});

describe('stack files, compacted and read back', () => {
  it('come in their order, without what no reader sees', () => {
    const compact = compactStacks([
      ['second', file(20, [layer('hardware', { kind: 'hardware', source: 'a' })])],
      ['first', file(10, [layer('hardware', { kind: 'hardware' })])],
    ]);
    expect(compact.map((s) => s.id)).toEqual(['first', 'second']);
    const text = JSON.stringify(compact);
    expect(text).not.toContain('checked');
    expect(text).not.toContain('"order"');
    expect(compact[1]?.sources).toEqual([
      ['Source A', 'https://example.org/a'],
      ['Source B', 'https://example.org/b'],
    ]);
    expect(compact[1]?.layers[0]?.source).toBe(0);
  });

  it('give each layer its source and put each boundary under its layer, past one drawn beside', () => {
    const [compact] = compactStacks([
      [
        'x',
        file(10, [
          layer('hardware', { kind: 'hardware', source: 'a' }),
          layer('hypervisor', { kind: 'hypervisor' }),
          layer('windows', { kind: 'host-kernel', beside: true }),
          layer('guest', { kind: 'guest-kernel', boundary: { kind: 'hardware-virtualization', label: 'Each VM' } }),
          layer('app', { boundary: { kind: 'namespaces-cgroups', label: 'Each app' } }),
        ]),
      ],
    ]);
    const stack = stackFromCompact(compact!);
    expect(stack.layers.map((l) => l.source.title)).toEqual([
      'Source A',
      'Source B',
      'Source B',
      'Source B',
      'Source B',
    ]);
    expect(stack.layers.some((l) => 'boundary' in l)).toBe(false);
    expect(stack.boundaries).toEqual([
      { below: 'hypervisor', above: 'guest', kind: 'hardware-virtualization', label: 'Each VM' },
      { below: 'guest', above: 'app', kind: 'namespaces-cgroups', label: 'Each app' },
    ]);
  });
});
