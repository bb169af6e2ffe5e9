import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersFromSearch, searchWithAnswers, type CompactHelper } from './url-state.ts';

const helper: CompactHelper = {
  questions: [
    { id: 'code', options: ['own', 'untrusted'] },
    { id: 'team', options: ['kubernetes', 'vms'] },
  ],
  rules: [],
};
const base = { code: 'own', team: 'kubernetes' };

describe('answersFromSearch', () => {
  it('takes known values and keeps the rest of the defaults', () => {
    expect(answersFromSearch(helper, '?code=untrusted', base)).toEqual({
      answers: { code: 'untrusted', team: 'kubernetes' },
      ignored: [],
    });
  });

  it('ignores an unknown value with a message naming the valid ones', () => {
    const { answers, ignored } = answersFromSearch(helper, '?team=<script>&code=own', base);
    expect(answers).toEqual(base);
    expect(ignored).toEqual(['Ignored team="<script>" from the address: not one of kubernetes, vms.']);
  });

  it('never yields a value outside the options, whatever the address holds', () => {
    fc.assert(
      fc.property(fc.string(), (search) => {
        const { answers } = answersFromSearch(helper, search, base);
        for (const q of helper.questions) expect(q.options).toContain(answers[q.id]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('searchWithAnswers', () => {
  it('writes the answers and keeps unrelated parameters', () => {
    expect(searchWithAnswers(helper, '?highlight=kvm', { code: 'untrusted', team: 'vms' })).toBe(
      '?highlight=kvm&code=untrusted&team=vms',
    );
  });

  it('round-trips through answersFromSearch', () => {
    const answers = { code: 'untrusted', team: 'vms' };
    expect(answersFromSearch(helper, searchWithAnswers(helper, '', answers), base).answers).toEqual(answers);
  });
});
