import { nearest } from './content-check/nearest.ts';
import { slugify } from './slug.ts';

/** What term lookup needs of a glossary entry; keeps it testable without Astro. */
export interface TermEntry {
  id: string;
  term: string;
  aliases: readonly string[];
}

const keyCache = new WeakMap<TermEntry, string[]>();

/** Keys a term is known by: its id, its term and each alias, all as slugs (computed once per entry). */
function keysOf(entry: TermEntry): string[] {
  let keys = keyCache.get(entry);
  if (!keys) {
    keys = [entry.id, slugify(entry.term), ...entry.aliases.map(slugify)];
    keyCache.set(entry, keys);
  }
  return keys;
}

/** `micro-vms` → `micro-vm`, `proxies` → `proxy`, `namespaces` → `namespace`. */
function singulars(key: string): string[] {
  const out: string[] = [];
  if (key.endsWith('ies')) out.push(`${key.slice(0, -3)}y`);
  if (key.endsWith('es')) out.push(key.slice(0, -2));
  if (key.endsWith('s')) out.push(key.slice(0, -1));
  return out;
}

/**
 * The entry a <Term> means: by id, term or alias (`microVM` finds micro-vm.yaml through its
 * alias), then the same for a simple plural (`hypervisors`).
 */
export function resolveTerm<T extends TermEntry>(key: string, entries: readonly T[]): T | undefined {
  const slug = slugify(key);
  for (const candidate of [slug, ...singulars(slug)]) {
    const found = entries.find((entry) => keysOf(entry).includes(candidate));
    if (found) return found;
  }
  return undefined;
}

/** The id of the entry whose id, term or alias is closest to a key that matched nothing. */
export function suggestTerm(key: string, entries: readonly TermEntry[]): string | undefined {
  const byKey = new Map<string, string>();
  for (const entry of entries) for (const k of keysOf(entry)) byKey.set(k, entry.id);
  const near = nearest(slugify(key), byKey.keys());
  return near === undefined ? undefined : byKey.get(near);
}

/** The glossary section a term is filed under: its first letter, or # for a digit or symbol. */
export function letterOf(term: string): string {
  const first = term.normalize('NFKD').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** Entries grouped by letter, letters and terms in alphabetical order. */
export function byLetter<T extends { term: string }>(entries: readonly T[]): { letter: string; entries: T[] }[] {
  const sorted = [...entries].sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
  const groups = new Map<string, T[]>();
  for (const entry of sorted) {
    const letter = letterOf(entry.term);
    groups.set(letter, [...(groups.get(letter) ?? []), entry]);
  }
  return [...groups]
    .map(([letter, list]) => ({ letter, entries: list }))
    .sort((a, b) => a.letter.localeCompare(b.letter));
}

/** Path (below the site's base) of the glossary page that defines a term. */
export function glossaryPath(entry: { id: string; term: string }): string {
  return `glossary/${letterSlug(letterOf(entry.term))}/#term-${entry.id}`;
}

/** The letters of the jump bar: A to Z, then # for terms that start with a digit. */
export const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'];

/** The folder of a letter's page: /glossary/a/, and /glossary/0-9/ for #. */
export function letterSlug(letter: string): string {
  return letter === '#' ? '0-9' : letter.toLowerCase();
}
