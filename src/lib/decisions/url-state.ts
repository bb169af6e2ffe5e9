import type { Answers } from './recommend.ts';

/** What the browser needs to decide: question ids with their option ids, rules' conditions. */
export interface CompactHelper {
  questions: { id: string; options: string[] }[];
  rules: { when: Record<string, string[]> }[];
}

export interface ParsedAnswers {
  answers: Answers;
  /** One sentence per value in the address that was not used, to show beside the form. */
  ignored: string[];
}

/**
 * Reads answers from a query string. Unknown values are ignored with a message, never applied;
 * parameters of other features are left alone.
 */
export function answersFromSearch(helper: CompactHelper, search: string, base: Answers): ParsedAnswers {
  const params = new URLSearchParams(search);
  const answers: Record<string, string> = { ...base };
  const ignored: string[] = [];
  for (const question of helper.questions) {
    const value = params.get(question.id);
    if (value === null) continue;
    if (question.options.includes(value)) answers[question.id] = value;
    else
      ignored.push(
        `Ignored ${question.id}=${JSON.stringify(value.slice(0, 40))} from the address: not one of ${question.options.join(', ')}.`,
      );
  }
  return { answers, ignored };
}

/** The query string with these answers, keeping any other parameters as they were. */
export function searchWithAnswers(helper: CompactHelper, search: string, answers: Answers): string {
  const params = new URLSearchParams(search);
  for (const question of helper.questions) {
    const value = answers[question.id];
    if (value !== undefined && question.options.includes(value)) params.set(question.id, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
