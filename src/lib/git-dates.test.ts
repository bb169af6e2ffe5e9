import { describe, expect, it } from 'vitest';
import { lastCommitDate, pageUpdated, parseGitLog } from './git-dates.ts';

describe('git dates', () => {
  it('keeps the newest commit of each file from one git log', () => {
    const log =
      '\x002026-11-28T10:00:00+00:00\n\ncontent/a.mdx\n\x002026-10-01T10:00:00+00:00\n\ncontent/a.mdx\ncontent/b.mdx\n';
    const dates = parseGitLog(log);
    expect(dates.get('content/a.mdx')?.toISOString()).toBe('2026-11-28T10:00:00.000Z');
    expect(dates.get('content/b.mdx')?.toISOString()).toBe('2026-10-01T10:00:00.000Z');
  });

  it('reads this checkout: a committed file has a date, an unknown one none', () => {
    expect(lastCommitDate('package.json')).toBeInstanceOf(Date);
    expect(lastCommitDate('content/no-such-page.mdx')).toBeUndefined();
  });

  it('5: an `updated:` in the frontmatter wins over the git date', () => {
    const written = new Date('2020-01-02');
    expect(pageUpdated(written, 'package.json')).toBe(written);
    expect(pageUpdated(undefined, 'package.json')).toEqual(lastCommitDate('package.json'));
  });
});
