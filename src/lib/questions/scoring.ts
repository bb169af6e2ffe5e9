import type { QuestionKind } from './schema.ts';

/**
 * An answer is a list of option indices, in the file's order: the one chosen (single), those
 * ticked (multiple), or the steps in the order the reader put them (order).
 */
export type Answer = readonly number[];

export interface Gradable {
  id: string;
  topic: string;
  kind: QuestionKind;
  options: ReadonlyArray<{ correct: boolean }>;
}

export function isCorrect(question: Gradable, answer: Answer): boolean {
  const n = question.options.length;
  if (answer.some((i) => !Number.isInteger(i) || i < 0 || i >= n)) return false;
  if (question.kind === 'order') return answer.length === n && answer.every((value, index) => value === index);
  const chosen = new Set(answer);
  if (chosen.size !== answer.length) return false;
  return question.options.every((option, index) => option.correct === chosen.has(index));
}

export interface TopicScore {
  topic: string;
  right: number;
  total: number;
}

export interface Score {
  right: number;
  total: number;
  /** Unanswered questions count as wrong: in an exam, a blank is not a point. */
  unanswered: number;
  byTopic: TopicScore[];
}

export function score(questions: readonly Gradable[], answers: ReadonlyMap<string, Answer>): Score {
  const topics = new Map<string, TopicScore>();
  let right = 0;
  let unanswered = 0;
  for (const question of questions) {
    const answer = answers.get(question.id);
    const ok = answer !== undefined && isCorrect(question, answer);
    if (answer === undefined) unanswered++;
    if (ok) right++;
    const topic = topics.get(question.topic) ?? { topic: question.topic, right: 0, total: 0 };
    topic.total++;
    if (ok) topic.right++;
    topics.set(question.topic, topic);
  }
  // Weakest topic first: that is where the reader goes next.
  const byTopic = [...topics.values()].sort(
    (a, b) => a.right / a.total - b.right / b.total || a.topic.localeCompare(b.topic),
  );
  return { right, total: questions.length, unanswered, byTopic };
}

/** Whole-number percentage, for the score line; 0 questions is 0 %, not NaN. */
export function percent(right: number, total: number): number {
  return total === 0 ? 0 : Math.round((right / total) * 100);
}
