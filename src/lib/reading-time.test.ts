import { describe, expect, it } from 'vitest';
import { proseWords, readingMinutes } from './reading-time.ts';

describe('reading time', () => {
  it('counts prose words only', () => {
    const mdx = [
      '---',
      'title: A page with a title',
      '---',
      "import X from './x';",
      'Two words.',
      '',
      '<Aside type="note" title="Not counted">Three more words</Aside>',
      '',
      '```console',
      '# ls /proc/self/ns',
      '```',
      '',
      'A [link text](/namespaces/#pid) here.',
    ].join('\n');
    expect(proseWords(mdx)).toBe(2 + 3 + 4);
  });

  it('rounds to whole minutes at 200 words a minute, never below one', () => {
    expect(readingMinutes('word '.repeat(10))).toBe(1);
    expect(readingMinutes('word '.repeat(500))).toBe(3);
    expect(readingMinutes('word '.repeat(1000))).toBe(5);
  });
});
