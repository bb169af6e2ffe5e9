import { BOXES, emptyProgress, type Card, type Progress } from './leitner.ts';

/**
 * Progress lives in localStorage under one key. What is stored there may be from an older
 * version, edited by hand or cut short: it is parsed card by card, and whatever cannot be read
 * is dropped with a message instead of breaking the page.
 */

export const STORAGE_KEY = 'ia-practice-v1';

export interface LoadedProgress {
  progress: Progress;
  message?: string;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function parseCard(value: unknown): Card | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { box, due, seen, right } = value as Record<string, unknown>;
  if (!isCount(box) || box < 1 || box > BOXES || !isCount(due) || !isCount(seen) || !isCount(right)) return undefined;
  if (right > seen) return undefined;
  return { box, due, seen, right };
}

export function parseProgress(raw: string | null): LoadedProgress {
  if (raw === null || raw === '') return { progress: emptyProgress() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), message: 'Your saved progress could not be read, so it starts afresh.' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { progress: emptyProgress(), message: 'Your saved progress could not be read, so it starts afresh.' };
  }
  const { session, cards } = data as Record<string, unknown>;
  const progress = emptyProgress();
  progress.session = isCount(session) ? session : 0;
  // A bad session count is reset, and said so like a bad card: nothing is dropped in silence.
  let dropped = session === undefined || isCount(session) ? 0 : 1;
  if (typeof cards === 'object' && cards !== null && !Array.isArray(cards)) {
    for (const [id, value] of Object.entries(cards)) {
      const card = parseCard(value);
      // Own, ordinary keys only: "__proto__" from a hostile value must not reach the object's prototype.
      if (card && /^[a-z0-9][a-z0-9-]*$/.test(id)) progress.cards[id] = card;
      else dropped++;
    }
  } else if (cards !== undefined) dropped++;
  return dropped > 0
    ? {
        progress,
        message: `Part of your saved progress could not be read (${dropped} item${dropped > 1 ? 's' : ''}) and was left out.`,
      }
    : { progress };
}

export const serializeProgress = (progress: Progress): string => JSON.stringify(progress);
