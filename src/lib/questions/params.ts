/**
 * Reads a practice session's settings from the URL (`?topics=a,b&count=10&mode=exam&weak=1`).
 * The URL is typed or pasted by anyone, so every value is checked: a bad one is replaced by a
 * sane default and explained in a message shown next to the form, never thrown.
 */

export type Mode = 'practice' | 'exam';

export interface Settings {
  /** Topic ids chosen; empty means all topics. */
  topics: string[];
  count: number;
  mode: Mode;
  /** "Practise my weak topics": favour questions missed before. */
  weak: boolean;
}

export const DEFAULT_COUNT = 10;
export const MAX_COUNT = 50;

export const defaultSettings = (): Settings => ({ topics: [], count: DEFAULT_COUNT, mode: 'practice', weak: false });

export interface ParsedSettings {
  settings: Settings;
  /** One message per value that was replaced, for the reader. */
  messages: string[];
}

const show = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

export function parseSettings(search: string, knownTopics: readonly string[]): ParsedSettings {
  const params = new URLSearchParams(search);
  const settings = defaultSettings();
  const messages: string[] = [];

  const topics = params.get('topics');
  if (topics !== null && topics !== '' && topics !== 'all') {
    const known = new Set(knownTopics);
    const wanted = [...new Set(topics.split(',').map((t) => t.trim()))].filter((t) => t !== '');
    const unknown = wanted.filter((t) => !known.has(t));
    settings.topics = wanted.filter((t) => known.has(t));
    if (unknown.length > 0) {
      messages.push(
        `No topic is called ${unknown.map((t) => `“${show(t)}”`).join(', ')}; ` +
          (settings.topics.length > 0 ? 'practising the other topics chosen.' : 'practising all topics instead.'),
      );
    }
  }

  const count = params.get('count');
  if (count !== null && count !== '') {
    const value = /^[+-]?\d+$/.test(count.trim()) ? Number(count.trim()) : Number.NaN;
    if (Number.isNaN(value)) {
      messages.push(`The number of questions must be a whole number, not “${show(count)}”; using ${DEFAULT_COUNT}.`);
    } else if (value < 1) {
      messages.push(`The number of questions must be at least 1, not ${show(count)}; using ${DEFAULT_COUNT}.`);
    } else if (value > MAX_COUNT) {
      messages.push(`At most ${MAX_COUNT} questions per session, not ${show(count)}; using ${MAX_COUNT}.`);
      settings.count = MAX_COUNT;
    } else {
      settings.count = value;
    }
  }

  const mode = params.get('mode');
  if (mode === 'exam' || mode === 'practice') settings.mode = mode;
  else if (mode !== null && mode !== '') {
    messages.push(`The mode is “practice” or “exam”, not “${show(mode)}”; using practice.`);
  }

  settings.weak = params.get('weak') === '1';
  return { settings, messages };
}

export function settingsToSearch(settings: Settings): string {
  const params = new URLSearchParams();
  if (settings.topics.length > 0) params.set('topics', settings.topics.join(','));
  params.set('count', String(settings.count));
  params.set('mode', settings.mode);
  if (settings.weak) params.set('weak', '1');
  return `?${params.toString()}`;
}

/** Seconds an exam allows: a minute and a half per question, like the certification exams' pace. */
export const examSeconds = (count: number): number => count * 90;
