import type { DecisionHelper } from './schema.ts';
import type { Located } from './load.ts';

export interface PageSources {
  id: string;
  sources: { id: string; title: string; url: string }[];
}

export interface ResolvedSource {
  title: string;
  url: string;
}

/**
 * Turns every `cite: [page/source-id]` into the source's title and address, as that page lists
 * it, so a reason cites exactly what the teaching page cites. Unknown pages or ids are returned
 * as problems for the build to report.
 */
export function resolveCitations(
  helper: DecisionHelper,
  pages: readonly PageSources[],
): { sources: Map<string, ResolvedSource>; problems: Located[] } {
  const byPage = new Map(pages.map((page) => [page.id, page.sources]));
  const sources = new Map<string, ResolvedSource>();
  const problems: Located[] = [];
  helper.rules.forEach((rule, r) =>
    rule.reasons.forEach((reason, n) => {
      const learnPage = reason.learn.split('#')[0] ?? '';
      if (!byPage.has(learnPage)) {
        problems.push({ path: ['rules', r, 'reasons', n, 'learn'], message: `names no page "${learnPage}"` });
      }
      reason.cite.forEach((ref, c) => {
        const cut = ref.lastIndexOf('/');
        const pageId = ref.slice(0, cut);
        const sourceId = ref.slice(cut + 1);
        const list = byPage.get(pageId);
        const source = list?.find((s) => s.id === sourceId);
        if (source) sources.set(ref, { title: source.title, url: source.url });
        else
          problems.push({
            path: ['rules', r, 'reasons', n, 'cite', c],
            message: list
              ? `"${sourceId}" is not a source of ${pageId}; it lists: ${list.map((s) => s.id).join(', ')}`
              : `names no page "${pageId}"`,
          });
      });
    }),
  );
  return { sources, problems };
}
