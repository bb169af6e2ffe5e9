import { describe, expect, it } from 'vitest';
import { citePlacementProblems, fixCitePlacement } from './cite-placement.ts';

describe('citation placement', () => {
  it('accepts a marker joined to its words before the punctuation, and one alone in a table cell', () => {
    expect(citePlacementProblems('runs as root<Cite id="a" /><Cite id="b" />. Then')).toEqual([]);
    expect(citePlacementProblems('| `pids.max` | <Cite id="a" /> |')).toEqual([]);
  });

  it('flags a marker after a full stop or comma, and one after a space, with its line', () => {
    const problems = citePlacementProblems('intro\nruns as root.<Cite id="a" /> Then, <Cite id="b" /> more', 10);
    expect(problems.map((p) => p.line)).toEqual([11, 11]);
    expect(problems[0]?.message).toMatch(/before the punctuation/);
    expect(problems[1]?.message).toMatch(/space before a citation/);
  });

  it('fixes both by moving the markers, keeping every marker', () => {
    expect(fixCitePlacement('root.<Cite id="a" /><Cite id="b c" /> Then x <Cite id="d" />;')).toBe(
      'root<Cite id="a" /><Cite id="b c" />. Then x<Cite id="d" />;',
    );
  });
});
