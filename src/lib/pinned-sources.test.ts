import { describe, expect, it } from 'vitest';
import { sources as densitySources } from './density/sources.ts';
import { movingBranchProblem } from './pinned-url.ts';
import { allStacks } from './stacks/stacks.ts';

/** The islands' sources are code, not frontmatter, so the schema never sees them: check them here. */
describe('sources cited by the islands', () => {
  it('the density calculator cites no moving branch', () => {
    const problems = Object.entries(densitySources).flatMap(([id, s]) => {
      const problem = movingBranchProblem(s.url);
      return problem ? [`${id}: ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });
  it('the stack explorer cites no moving branch', () => {
    const problems = allStacks.flatMap((stack) =>
      stack.sources.flatMap((s) => {
        const problem = movingBranchProblem(s.url);
        return problem ? [`${stack.id}: ${problem}`] : [];
      }),
    );
    expect(problems).toEqual([]);
  });
});
