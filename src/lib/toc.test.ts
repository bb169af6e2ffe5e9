import { describe, expect, it } from 'vitest';
import { buildToc } from './toc.ts';

describe('buildToc', () => {
  it('nests h3 under the preceding h2 and ignores other depths', () => {
    const toc = buildToc([
      { depth: 1, slug: 'title', text: 'Title' },
      { depth: 2, slug: 'a', text: 'A' },
      { depth: 3, slug: 'a1', text: 'A1' },
      { depth: 4, slug: 'a1x', text: 'A1x' },
      { depth: 3, slug: 'a2', text: 'A2' },
      { depth: 2, slug: 'b', text: 'B' },
    ]);
    expect(toc.map((i) => i.slug)).toEqual(['a', 'b']);
    expect(toc[0]?.children.map((i) => i.slug)).toEqual(['a1', 'a2']);
    expect(toc[0]?.children[0]?.children).toEqual([]);
    expect(toc[1]?.children).toEqual([]);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    const toc = buildToc([
      { depth: 3, slug: 'early', text: 'Early' },
      { depth: 2, slug: 'a', text: 'A' },
    ]);
    expect(toc.map((i) => i.slug)).toEqual(['early', 'a']);
  });

  it('honours a custom depth range', () => {
    const toc = buildToc(
      [
        { depth: 2, slug: 'a', text: 'A' },
        { depth: 3, slug: 'b', text: 'B' },
      ],
      2,
      2,
    );
    expect(toc).toEqual([{ slug: 'a', text: 'A', depth: 2, children: [] }]);
  });

  it('returns an empty list for a page with no headings', () => {
    expect(buildToc([])).toEqual([]);
  });
});
