import { describe, expect, it } from 'vitest';
import { ageInDays, formatStale, parseArgs, staleSources, type CheckedSource } from './stale.ts';

const source = (id: string, checked: string | undefined, where = 'content/a.mdx'): CheckedSource => ({
  where,
  id,
  title: `Title of ${id}`,
  url: `https://example.org/${id}`,
  checked,
});

describe('staleSources', () => {
  const sources = [
    source('fresh', '2026-11-28'),
    source('edge', '2026-06-01'),
    source('old', '2026-01-10'),
    source('older', '2025-03-02', 'content/figures.yaml#kubelet-max-pods'),
    source('never', undefined),
  ];
  it('keeps sources checked more than 180 days ago, oldest first, never-checked at the top', () => {
    // 2026-06-01 → 2026-11-28 is 180 days: not yet stale.
    expect(staleSources(sources, '2026-11-28').map((s) => s.id)).toEqual(['never', 'older', 'old']);
  });
  it('takes another threshold', () => {
    expect(staleSources(sources, '2026-11-28', 30).map((s) => s.id)).toEqual(['never', 'older', 'old', 'edge']);
    expect(staleSources(sources, '2026-11-28', 1000)).toHaveLength(1);
  });
  it('lists each with its date, file, id and URL', () => {
    const text = formatStale(staleSources(sources, '2026-11-28'), 180);
    expect(text).toMatch(/^3 sources last checked more than 180 days ago/);
    expect(text).toContain('2025-03-02  content/figures.yaml#kubelet-max-pods  older');
    expect(text).toContain('https://example.org/old');
    expect(formatStale([], 180)).toBe('No source was last checked more than 180 days ago.');
  });
});

describe('ageInDays and parseArgs', () => {
  it('counts whole days in UTC', () => {
    expect(ageInDays('2026-11-27', '2026-11-28')).toBe(1);
    expect(ageInDays('2026-02-28', '2026-03-01')).toBe(1);
    expect(ageInDays(undefined, '2026-11-28')).toBe(Infinity);
  });
  it('reads --days and --today, and refuses anything else', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    expect(parseArgs([], now)).toEqual({ days: 180, today: '2026-11-28' });
    expect(parseArgs(['--days', '30', '--today', '2027-06-01'], now)).toEqual({ days: 30, today: '2027-06-01' });
    expect(parseArgs(['--days', 'many'], now)).toMatch(/^usage: npm run stale/);
  });
});
