import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** The rules whose verdict depends on the colours: all a second theme can change. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe and returns its violations as readable lines (rule, impact, target), so a failure
 * says what to fix. Exceptions, each with its reason and link, go in `disabledRules`: none yet.
 */
export async function axeViolations(page: Page, include?: string, rules?: string[]): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  builder = rules ? builder.withRules(rules) : builder.withTags(wcagTags);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `${v.id} (${v.impact ?? 'n/a'}): ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim() ?? v.help}`,
    ),
  );
}
