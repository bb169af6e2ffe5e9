/**
 * A Leitner schedule counted in practice sessions, not days: a reader who practises twice in
 * one evening should still see a missed question again in the second session. A right answer
 * moves a card up one box, a wrong one sends it back to box 1, and box n comes back after
 * 2^(n-1) sessions, so a missed question returns sooner than one answered well.
 */

export const BOXES = 5;

export interface Card {
  box: number;
  /** The session number from which the card is due again. */
  due: number;
  seen: number;
  right: number;
}

export interface Progress {
  /** Sessions finished so far. */
  session: number;
  cards: Record<string, Card>;
}

export const emptyProgress = (): Progress => ({ session: 0, cards: {} });

export const interval = (box: number): number => 2 ** (Math.min(Math.max(box, 1), BOXES) - 1);

/** Records one answer given during session `progress.session + 1`; returns a new Progress. */
export function record(progress: Progress, id: string, correct: boolean): Progress {
  const now = progress.session + 1;
  const before = progress.cards[id];
  // A new card counts as box 1, so a first right answer already moves it up.
  const box = correct ? Math.min((before?.box ?? 1) + 1, BOXES) : 1;
  const card: Card = {
    box,
    due: now + interval(box),
    seen: (before?.seen ?? 0) + 1,
    right: (before?.right ?? 0) + (correct ? 1 : 0),
  };
  return { ...progress, cards: { ...progress.cards, [id]: card } };
}

export const finishSession = (progress: Progress): Progress => ({ ...progress, session: progress.session + 1 });

/**
 * Questions for "practise my weak topics": due cards from the lowest box first (missed ones),
 * then questions never seen from the topics answered worst, then the rest by box. Ties keep the
 * order of `ids`, which the caller shuffles.
 */
export function weakFirst(
  ids: readonly string[],
  topicOf: (id: string) => string,
  progress: Progress,
  count: number,
): string[] {
  const now = progress.session + 1;
  const accuracy = topicAccuracy(ids, topicOf, progress);
  const rank = (id: string): number => {
    const card = progress.cards[id];
    if (card && card.due <= now) return card.box; // 1..5: due, missed first
    if (!card) return BOXES + 1 + (accuracy.get(topicOf(id)) ?? 1); // unseen, weak topics first
    return BOXES + 3 + card.box; // not yet due
  };
  return ids
    .map((id, index) => ({ id, index, rank: rank(id) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .slice(0, Math.max(0, count))
    .map((entry) => entry.id);
}

/** Share of answers right per topic, among questions seen; topics never practised are absent. */
export function topicAccuracy(
  ids: readonly string[],
  topicOf: (id: string) => string,
  progress: Progress,
): Map<string, number> {
  const totals = new Map<string, { seen: number; right: number }>();
  for (const id of ids) {
    const card = progress.cards[id];
    if (!card) continue;
    const t = totals.get(topicOf(id)) ?? { seen: 0, right: 0 };
    t.seen += card.seen;
    t.right += card.right;
    totals.set(topicOf(id), t);
  }
  return new Map([...totals].map(([topic, t]) => [topic, t.seen === 0 ? 1 : t.right / t.seen]));
}

/** How many of a topic's questions the reader has answered at least once. */
export function practised(ids: readonly string[], progress: Progress): number {
  return ids.filter((id) => progress.cards[id] !== undefined).length;
}
