import type { DecisionHelper, Outcome, Reason, Rule } from './schema.ts';

/** One chosen option id per question id. */
export type Answers = Readonly<Record<string, string>>;

export interface Recommendation {
  /** Position of the deciding rule in the data file: the page shows that rule's prerendered panel. */
  rule: number;
  outcome: Outcome;
  reasons: Reason[];
}

/** Each question's first option: the answers a reader starts from. */
export function defaultAnswers(helper: Pick<DecisionHelper, 'questions'>): Answers {
  return Object.fromEntries(helper.questions.map((q) => [q.id, q.options[0]?.id ?? '']));
}

export function ruleApplies(rule: Pick<Rule, 'when'>, answers: Answers): boolean {
  return Object.entries(rule.when).every(([question, options]) => options.includes(answers[question] ?? ''));
}

/** Index of the first rule that applies, or -1 (the schema's last rule applies to everything). */
export function decidingRule(rules: readonly Pick<Rule, 'when'>[], answers: Answers): number {
  return rules.findIndex((rule) => ruleApplies(rule, answers));
}

export function recommend(helper: DecisionHelper, answers: Answers): Recommendation {
  const index = decidingRule(helper.rules, answers);
  const rule = helper.rules[index];
  const outcome = rule && helper.outcomes.find((o) => o.id === rule.recommend);
  if (!rule || !outcome) throw new Error('the decision rules end without a rule for every answer');
  return { rule: index, outcome, reasons: rule.reasons };
}

/** Every combination of answers, for tests and for finding rules no answer can reach. */
export function* allAnswers(helper: Pick<DecisionHelper, 'questions'>): Generator<Answers> {
  const walk = function* (i: number, chosen: Record<string, string>): Generator<Answers> {
    const question = helper.questions[i];
    if (!question) {
      yield { ...chosen };
      return;
    }
    for (const option of question.options) yield* walk(i + 1, { ...chosen, [question.id]: option.id });
  };
  yield* walk(0, {});
}
