import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_COUNT, MAX_COUNT, parseSettings, settingsToSearch } from './params.ts';

const topics = ['namespaces', 'cgroups'];

describe('parseSettings', () => {
  it('defaults to all topics, 10 questions, practice mode', () => {
    expect(parseSettings('', topics)).toEqual({
      settings: { topics: [], count: DEFAULT_COUNT, mode: 'practice', weak: false },
      messages: [],
    });
  });

  it('reads a valid URL back from what it writes', () => {
    const settings = { topics: ['cgroups'], count: 7, mode: 'exam' as const, weak: true };
    expect(parseSettings(settingsToSearch(settings), topics)).toEqual({ settings, messages: [] });
  });

  it.each([
    ['count=0', DEFAULT_COUNT, 'The number of questions must be at least 1, not 0; using 10.'],
    ['count=-5', DEFAULT_COUNT, 'The number of questions must be at least 1, not -5; using 10.'],
    ['count=1000000000', MAX_COUNT, 'At most 50 questions per session, not 1000000000; using 50.'],
    ['count=abc', DEFAULT_COUNT, 'The number of questions must be a whole number, not “abc”; using 10.'],
    ['count=2.5', DEFAULT_COUNT, 'The number of questions must be a whole number, not “2.5”; using 10.'],
  ])('replaces %s with a sane count and says why', (search, count, message) => {
    expect(parseSettings(search, topics)).toEqual({
      settings: { topics: [], count, mode: 'practice', weak: false },
      messages: [message],
    });
  });

  it('drops unknown topics, keeping the known ones', () => {
    expect(parseSettings('topics=cgroups,<script>', topics)).toEqual({
      settings: { topics: ['cgroups'], count: DEFAULT_COUNT, mode: 'practice', weak: false },
      messages: ['No topic is called “<script>”; practising the other topics chosen.'],
    });
    expect(parseSettings('topics=nope&mode=hard', topics).messages).toEqual([
      'No topic is called “nope”; practising all topics instead.',
      'The mode is “practice” or “exam”, not “hard”; using practice.',
    ]);
  });

  it('never throws and always yields usable settings', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const { settings } = parseSettings(search, topics);
        expect(settings.count).toBeGreaterThanOrEqual(1);
        expect(settings.count).toBeLessThanOrEqual(MAX_COUNT);
        expect(settings.topics.every((t) => topics.includes(t))).toBe(true);
      }),
    );
  });
});
