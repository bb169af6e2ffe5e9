import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isCorrect, percent, score, type Gradable } from './scoring.ts';

const single: Gradable = {
  id: 's',
  topic: 'a',
  kind: 'single',
  options: [{ correct: false }, { correct: true }, { correct: false }],
};
const multiple: Gradable = {
  id: 'm',
  topic: 'b',
  kind: 'multiple',
  options: [{ correct: true }, { correct: false }, { correct: true }],
};
const order: Gradable = {
  id: 'o',
  topic: 'a',
  kind: 'order',
  options: [{ correct: false }, { correct: false }, { correct: false }],
};

describe('isCorrect', () => {
  it('single: only the one correct option', () => {
    expect(isCorrect(single, [1])).toBe(true);
    expect(isCorrect(single, [0])).toBe(false);
    expect(isCorrect(single, [1, 0])).toBe(false);
    expect(isCorrect(single, [])).toBe(false);
  });

  it('multiple: exactly the set of correct options, in any order', () => {
    expect(isCorrect(multiple, [2, 0])).toBe(true);
    expect(isCorrect(multiple, [0])).toBe(false);
    expect(isCorrect(multiple, [0, 1, 2])).toBe(false);
    expect(isCorrect(multiple, [0, 0, 2])).toBe(false);
  });

  it('order: the steps in the listed order only', () => {
    expect(isCorrect(order, [0, 1, 2])).toBe(true);
    expect(isCorrect(order, [1, 0, 2])).toBe(false);
    expect(isCorrect(order, [0, 1])).toBe(false);
  });

  it('never accepts an index outside the options', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 10 })), (answer) => {
        if (answer.some((i) => i < 0 || i > 2)) {
          expect(isCorrect(single, answer) || isCorrect(multiple, answer) || isCorrect(order, answer)).toBe(false);
        }
      }),
    );
  });
});

describe('score', () => {
  it('counts right, blanks as wrong, and lists the weakest topic first', () => {
    const result = score(
      [single, multiple, order],
      new Map([
        ['s', [1]],
        ['m', [0]],
      ]),
    );
    expect(result).toEqual({
      right: 1,
      total: 3,
      unanswered: 1,
      byTopic: [
        { topic: 'b', right: 0, total: 1 },
        { topic: 'a', right: 1, total: 2 },
      ],
    });
  });

  it('percent of nothing is 0', () => {
    expect(percent(0, 0)).toBe(0);
    expect(percent(2, 3)).toBe(67);
  });
});
