import { weakFirst, type Progress } from './leitner.ts';
import type { Settings } from './params.ts';
import { shuffle } from './shuffle.ts';

/** What /practice/index.json lists: each topic's question ids, so a session fetches only its own. */
export interface TopicIndex {
  id: string;
  title: string;
  ids: string[];
}

/**
 * The ids for one session: from the chosen topics (all when none), shuffled by `seed`, then
 * either the first `count` or, for "practise my weak topics", the Leitner order.
 */
export function chooseQuestions(
  index: readonly TopicIndex[],
  settings: Settings,
  progress: Progress,
  seed: number,
): string[] {
  const chosen = settings.topics.length > 0 ? index.filter((t) => settings.topics.includes(t.id)) : index;
  const topicOf = new Map(chosen.flatMap((t) => t.ids.map((id) => [id, t.id] as const)));
  const ids = shuffle([...topicOf.keys()], seed);
  if (settings.weak) return weakFirst(ids, (id) => topicOf.get(id) ?? '', progress, settings.count);
  return ids.slice(0, settings.count);
}
