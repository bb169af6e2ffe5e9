import { describe, expect, it } from 'vitest';
import { splitExcerpt } from './excerpt.ts';

describe('splitExcerpt', () => {
  it('leaves a prose excerpt alone', () => {
    expect(splitExcerpt('the <mark>kernel</mark> enforces it')).toEqual({
      prose: 'the <mark>kernel</mark> enforces it',
      proseMatches: true,
      keywords: [],
    });
  });

  it('separates the keyword list that follows the prose, keeping the keywords that matched', () => {
    expect(splitExcerpt('drawing the boundary. · <mark>Leaky</mark> <mark>Vessels</mark> · runc escape · VM')).toEqual({
      prose: 'drawing the boundary.',
      proseMatches: false,
      keywords: ['<mark>Leaky</mark> <mark>Vessels</mark>'],
    });
  });

  it('says the prose matched when it did, even with keywords after it', () => {
    expect(splitExcerpt('a <mark>seccomp</mark> filter · <mark>seccom</mark>').proseMatches).toBe(true);
  });
});
