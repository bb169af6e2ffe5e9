import { describe, expect, it } from 'vitest';
import { emptyProgress, finishSession, record } from './leitner.ts';
import { defaultSettings } from './params.ts';
import { chooseQuestions, type TopicIndex } from './session.ts';

const index: TopicIndex[] = [
  { id: 'a', title: 'A', ids: ['a-1', 'a-2', 'a-3'] },
  { id: 'b', title: 'B', ids: ['b-1', 'b-2', 'b-3'] },
];

describe('chooseQuestions', () => {
  it('takes count questions from the chosen topics only, the same for the same seed', () => {
    const settings = { ...defaultSettings(), topics: ['b'], count: 2 };
    const ids = chooseQuestions(index, settings, emptyProgress(), 7);
    expect(ids).toHaveLength(2);
    expect(ids.every((id) => id.startsWith('b-'))).toBe(true);
    expect(chooseQuestions(index, settings, emptyProgress(), 7)).toEqual(ids);
  });

  it('draws from every topic when none is chosen, and never more than exist', () => {
    const ids = chooseQuestions(index, { ...defaultSettings(), count: 50 }, emptyProgress(), 1);
    expect([...ids].sort()).toEqual(['a-1', 'a-2', 'a-3', 'b-1', 'b-2', 'b-3']);
  });

  it('puts the missed question first when practising weak topics, whatever the seed', () => {
    const progress = finishSession(record(record(emptyProgress(), 'b-2', false), 'a-1', true));
    for (const seed of [1, 2, 3, 4, 5]) {
      expect(chooseQuestions(index, { ...defaultSettings(), count: 3, weak: true }, progress, seed)[0]).toBe('b-2');
    }
  });
});
