/**
 * Which cited sources are due for a re-check: those whose `checked:` date is older than a number
 * of days, oldest first. Pure, so the command-line tool and the tests share it.
 */

export interface CheckedSource {
  /** Where the source is listed: a page file, or content/figures.yaml#<id>. */
  where: string;
  id: string;
  title: string;
  url: string;
  /** YYYY-MM-DD, or missing when the file predates the rule (reported as stale). */
  checked: string | undefined;
}

export interface StaleSource extends CheckedSource {
  /** Whole days since it was checked; Infinity when never. */
  age: number;
}

export const DEFAULT_DAYS = 180;
const DAY = 86_400_000;

/** Days from `checked` to `today`, both YYYY-MM-DD (UTC); Infinity for a missing or malformed date. */
export function ageInDays(checked: string | undefined, today: string): number {
  if (!checked || !/^\d{4}-\d{2}-\d{2}$/.test(checked)) return Infinity;
  return Math.floor((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${checked}T00:00:00Z`)) / DAY);
}

/** Sources checked more than `days` days before `today`, oldest first, then by file and id. */
export function staleSources(sources: readonly CheckedSource[], today: string, days = DEFAULT_DAYS): StaleSource[] {
  return sources
    .map((source) => ({ ...source, age: ageInDays(source.checked, today) }))
    .filter((source) => source.age > days)
    .sort((a, b) => b.age - a.age || a.where.localeCompare(b.where) || a.id.localeCompare(b.id));
}

/** One line per stale source, for a terminal. */
export function formatStale(stale: readonly StaleSource[], days: number): string {
  if (stale.length === 0) return `No source was last checked more than ${days} days ago.`;
  const lines = stale.map(
    (s) => `${s.checked ?? 'never     '}  ${s.where}  ${s.id}\n            ${s.title}\n            ${s.url}`,
  );
  return `${stale.length} source${stale.length > 1 ? 's' : ''} last checked more than ${days} days ago, oldest first:\n\n${lines.join('\n')}`;
}

/** Reads `--days N` and `--today YYYY-MM-DD` (for tests); anything else is an error message. */
export function parseArgs(args: readonly string[], now: Date): { days: number; today: string } | string {
  let days = DEFAULT_DAYS;
  let today = now.toISOString().slice(0, 10);
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    const value = args[i + 1];
    if (flag === '--days' && value !== undefined && /^\d+$/.test(value)) days = Number(value);
    else if (flag === '--today' && value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value)) today = value;
    else return `usage: npm run stale -- [--days N] [--today YYYY-MM-DD] (got "${flag ?? ''}")`;
    i++;
  }
  return { days, today };
}
