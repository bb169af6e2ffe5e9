import { describe, expect, it } from 'vitest';
import { fallbackQuery, queryWords } from './fallback.ts';

describe('queryWords', () => {
  it('splits on any run of white space and ignores the ends', () => {
    expect(queryWords('  KSM\tmemory   deduplication ')).toEqual(['KSM', 'memory', 'deduplication']);
    expect(queryWords('   ')).toEqual([]);
  });
});

describe('fallbackQuery', () => {
  it('drops the words no page has and says which query it ran', () => {
    expect(fallbackQuery(['KSM', 'frobnicate', 'memory'], [3, 0, 12])).toEqual({
      query: 'KSM memory',
      notice: 'No page has all your words; showing results for KSM memory',
    });
  });

  it('offers nothing when no word is on any page', () => {
    expect(fallbackQuery(['qwzx', 'vbnm'], [0, 0])).toEqual({ query: null, notice: null });
  });

  it('falls back to the word on the most pages when each is on some page but never together', () => {
    expect(fallbackQuery(['KSM', 'frobnicator'], [2, 1])).toEqual({
      query: 'KSM',
      notice: 'No page has all your words; showing results for KSM',
    });
  });

  it('offers nothing for a single word that no page has', () => {
    expect(fallbackQuery(['qwzx'], [0])).toEqual({ query: null, notice: null });
  });

  it('treats a missing count as no page', () => {
    expect(fallbackQuery(['KSM', 'zzz'], [2])).toEqual({
      query: 'KSM',
      notice: 'No page has all your words; showing results for KSM',
    });
  });
});
