import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BOXES,
  emptyProgress,
  finishSession,
  interval,
  practised,
  record,
  topicAccuracy,
  weakFirst,
} from './leitner.ts';

describe('Leitner schedule', () => {
  it('moves a right answer up a box and sends a wrong one back to box 1', () => {
    let p = record(emptyProgress(), 'q', true);
    expect(p.cards['q']).toEqual({ box: 2, due: 3, seen: 1, right: 1 });
    p = record(finishSession(p), 'q', true);
    expect(p.cards['q']?.box).toBe(3);
    p = record(finishSession(p), 'q', false);
    expect(p.cards['q']).toEqual({ box: 1, due: 4, seen: 3, right: 2 });
  });

  it('brings a missed question back sooner than one answered well', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 12 }), (history) => {
        let p = emptyProgress();
        for (const ok of history) p = finishSession(record(p, 'q', ok));
        const missed = record(p, 'q', false).cards['q'];
        const right = record(p, 'q', true).cards['q'];
        expect(missed && right && missed.due <= right.due).toBe(true);
        expect(right && right.box <= BOXES).toBe(true);
      }),
    );
  });

  it('doubles the interval per box and caps it at the last box', () => {
    expect([1, 2, 3, 4, 5, 9].map(interval)).toEqual([1, 2, 4, 8, 16, 16]);
  });

  it('puts due missed questions first, then unseen ones from weak topics, then the rest', () => {
    const topicOf = (id: string) => id.split('-')[0] ?? '';
    let p = emptyProgress();
    p = record(p, 'a-1', false); // box 1, due next session
    p = record(p, 'a-2', true); // box 2, due in two sessions
    p = record(p, 'b-1', true);
    p = finishSession(p);
    p = record(p, 'b-1', true); // box 3, not due for four sessions
    p = finishSession(p);
    const ids = ['b-1', 'b-2', 'a-3', 'a-2', 'a-1'];
    expect(weakFirst(ids, topicOf, p, 5)).toEqual(['a-1', 'a-2', 'a-3', 'b-2', 'b-1']);
    expect(weakFirst(ids, topicOf, p, 2)).toEqual(['a-1', 'a-2']);
    expect(weakFirst(ids, topicOf, p, -1)).toEqual([]);
  });

  it('reports accuracy and how many questions of a topic were practised', () => {
    let p = record(emptyProgress(), 'a-1', false);
    p = record(p, 'a-2', true);
    expect(topicAccuracy(['a-1', 'a-2', 'b-1'], (id) => id[0] ?? '', p)).toEqual(new Map([['a', 0.5]]));
    expect(practised(['a-1', 'a-2', 'a-3'], p)).toBe(2);
  });
});
