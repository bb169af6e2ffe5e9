import { describe, expect, it } from 'vitest';
import { sources as densitySources } from './density/sources.ts';
import { movingBranchProblem } from './pinned-url.ts';

/**
 * The calculator's sources are code, not frontmatter, so the schema never sees them: check them here.
 * The stack explorer's are in content/stacks/, where the build's schema checks them.
 */
describe('sources cited by the islands', () => {
  it('the density calculator cites no moving branch', () => {
    const problems = Object.entries(densitySources).flatMap(([id, s]) => {
      const problem = movingBranchProblem(s.url);
      return problem ? [`${id}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });
});
