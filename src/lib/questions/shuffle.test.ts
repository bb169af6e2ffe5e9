import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { displayOrder, seedFrom, shuffle } from './shuffle.ts';

describe('seeded shuffle', () => {
  it('is a permutation of its input and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const copy = [...items];
        const out = shuffle(items, seed);
        expect(items).toEqual(copy);
        expect([...out].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      }),
    );
  });

  it('gives the same order for the same seed and different orders for different seeds', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    expect(shuffle(items, 42)).toEqual(shuffle(items, 42));
    expect(shuffle(items, 42)).not.toEqual(shuffle(items, 43));
    expect(seedFrom('namespaces-pid1-sigterm')).toBe(seedFrom('namespaces-pid1-sigterm'));
    expect(seedFrom('a')).not.toBe(seedFrom('b'));
  });

  it('moves every position about equally often', () => {
    const firsts = [0, 0, 0, 0];
    for (let seed = 0; seed < 4000; seed++) firsts[shuffle([0, 1, 2, 3], seed)[0] ?? 0]!++;
    for (const n of firsts) expect(n).toBeGreaterThan(850);
  });

  it('never shows an order question in its answer order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.integer(), (length, seed) => {
        const order = displayOrder(length, seed, true);
        expect(order.every((v, i) => v === i)).toBe(false);
        expect([...order].sort()).toEqual(Array.from({ length }, (_, i) => i));
      }),
    );
  });
});
