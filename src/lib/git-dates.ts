import { execFileSync } from 'node:child_process';

/**
 * The date of the last commit that touched a file, so "Last updated" tells the truth without
 * anyone remembering to edit frontmatter. Returns undefined outside a git checkout, or for a
 * file not yet committed.
 */
export function lastCommitDate(filePath: string): Date | undefined {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', filePath], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return out ? new Date(out) : undefined;
  } catch {
    return undefined;
  }
}

export function formatDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
