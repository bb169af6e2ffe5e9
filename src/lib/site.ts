/**
 * The one place that says where the site lives. The Astro config, the "Edit this page" links,
 * canonical URLs and the deployment workflow all read these values.
 */
export const site = {
  title: 'Isolation Atlas',
  tagline: 'Virtualization and containerization, explained precisely and with sources.',
  /** Absolute origin the site is served from; canonical and OpenGraph URLs derive from it. */
  url: process.env['SITE_URL'] ?? 'https://isolation-atlas.github.io',
  /** Path prefix when served from a subfolder (for example a GitHub Pages project site). */
  base: process.env['SITE_BASE'] ?? '/',
  /** Where the content lives, for "Edit this page". */
  repository: 'https://github.com/isolation-atlas/isolation-atlas',
  branch: 'main',
  contentDir: 'content',
} as const;

export function editUrl(filePath: string): string {
  return `${site.repository}/edit/${site.branch}/${filePath.replace(/^\.?\//, '')}`;
}
