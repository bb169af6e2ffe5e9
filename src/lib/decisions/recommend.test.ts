import { describe, expect, it } from 'vitest';
import { allAnswers, decidingRule, defaultAnswers, recommend } from './recommend.ts';
import { loadDecisionHelper } from './load.ts';

// The real data file: these tests are about what readers get, not about a toy table.
const { helper } = loadDecisionHelper('content/decisions/helper.yaml');
const combinations = [...allAnswers(helper)];

describe('the decision rules in content/decisions/helper.yaml', () => {
  it('walks every combination of answers', () => {
    const expected = helper.questions.reduce((n, q) => n * q.options.length, 1);
    expect(combinations).toHaveLength(expected);
  });

  it('give every combination exactly one recommendation, with at least one cited reason', () => {
    for (const answers of combinations) {
      const result = recommend(helper, answers);
      expect(helper.outcomes.filter((o) => o.id === result.outcome.id)).toHaveLength(1);
      expect(result.reasons.length).toBeGreaterThan(0);
      for (const reason of result.reasons) expect(reason.cite.length).toBeGreaterThan(0);
    }
  });

  it('have no dead rule: each one decides for some combination of answers', () => {
    const reached = new Set(combinations.map((answers) => decidingRule(helper.rules, answers)));
    const dead = helper.rules.map((_, i) => i).filter((i) => !reached.has(i));
    expect(dead, `rules never reached (a rule above always wins): ${dead.join(', ')}`).toEqual([]);
  });

  it('never recommend sharing a kernel with code nobody vetted', () => {
    const shared = new Set(['containers-on-vms', 'bare-metal', 'node-pool']);
    for (const answers of combinations.filter((a) => a['code'] === 'untrusted')) {
      expect(shared.has(recommend(helper, answers).outcome.id), JSON.stringify(answers)).toBe(false);
    }
  });

  it('send another operating system to a VM whatever else is answered', () => {
    for (const answers of combinations.filter((a) => a['kernel'] === 'other-os')) {
      expect(recommend(helper, answers).outcome.id).toBe('vm');
    }
  });

  it('start from the first option of each question', () => {
    expect(recommend(helper, defaultAnswers(helper)).outcome.id).toBe('containers-on-vms');
  });

  it('sandbox untrusted code on Kubernetes per pod, by startup needs', () => {
    const base = { ...defaultAnswers(helper), code: 'untrusted', team: 'kubernetes' };
    expect(recommend(helper, { ...base, pace: 'elastic' }).outcome.id).toBe('gvisor');
    expect(recommend(helper, { ...base, pace: 'steady' }).outcome.id).toBe('kata');
    expect(recommend(helper, { ...base, pace: 'elastic', kernel: 'own-kernel' }).outcome.id).toBe('kata');
    expect(recommend(helper, { ...base, team: 'vms', pace: 'elastic' }).outcome.id).toBe('microvm');
  });
});
