import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { choose, complete, markOf, optionMark, rightOrderKeys } from './answering.ts';
import { isCorrect } from './scoring.ts';

describe('choose', () => {
  it('single: the last pick replaces the one before', () => {
    expect(choose('single', [2], 0)).toEqual([0]);
  });
  it('multiple: a second pick of the same option takes it back', () => {
    expect(choose('multiple', [0], 2)).toEqual([0, 2]);
    expect(choose('multiple', [0, 2], 0)).toEqual([2]);
  });
  it('order: steps are appended once each, in the order picked', () => {
    expect(choose('order', [1], 0)).toEqual([1, 0]);
    expect(choose('order', [1, 0], 1)).toEqual([1, 0]);
  });
  it('never changes the answer it is given', () => {
    const before = [1, 0];
    choose('multiple', before, 1);
    choose('order', before, 2);
    expect(before).toEqual([1, 0]);
  });
});

describe('complete', () => {
  it('needs a pick, and every step of an order question', () => {
    expect(complete('single', [], 3)).toBe(false);
    expect(complete('single', [1], 3)).toBe(true);
    expect(complete('multiple', [0, 2], 3)).toBe(true);
    expect(complete('order', [0, 2], 3)).toBe(false);
    expect(complete('order', [0, 2, 1], 3)).toBe(true);
  });
});

describe('optionMark', () => {
  it('marks the pick right or wrong and shows a missed right answer', () => {
    expect(optionMark(true, true)).toBe('right');
    expect(optionMark(true, false)).toBe('wrong');
    expect(optionMark(false, true)).toBe('answer');
    expect(optionMark(false, false)).toBe('');
  });
});

describe('markOf', () => {
  it('marks choice questions by their correct options', () => {
    expect(markOf('multiple', [0, 1], 0, true)).toBe('right');
    expect(markOf('multiple', [0, 1], 1, false)).toBe('wrong');
    expect(markOf('multiple', [0, 1], 2, true)).toBe('answer');
  });
  it('marks each step of an order question by whether it is in its place, not as a wrong pick', () => {
    // Steps have no `correct`; a right order is right at every step.
    expect([0, 1, 2].map((i) => markOf('order', [0, 1, 2], i, false))).toEqual(['right', 'right', 'right']);
    expect([0, 1, 2].map((i) => markOf('order', [1, 0, 2], i, false))).toEqual(['wrong', 'wrong', 'right']);
  });
});

describe('rightOrderKeys', () => {
  it('names, for each step in turn, the key the reader sees it under', () => {
    // Shown as [step 3, step 1, step 2]: the right order is keys 2, 3, 1.
    expect(rightOrderKeys([2, 0, 1])).toBe('2, 3, 1');
  });
  it('pressing those keys in that order is the right answer', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 8 }).chain((n) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n })),
        (shown) => {
          const keys = rightOrderKeys(shown).split(', ').map(Number);
          const answer = keys.reduce<number[]>((chosen, key) => choose('order', chosen, shown[key - 1] ?? -1), []);
          const options = shown.map(() => ({ correct: false }));
          expect(isCorrect({ id: 'o', topic: 't', kind: 'order', options }, answer)).toBe(true);
        },
      ),
    );
  });
});
