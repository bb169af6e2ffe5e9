import { describe, expect, it } from 'vitest';
import { splitIntro } from './split-intro.ts';

describe('splitIntro', () => {
  it('cuts after the opening paragraph', () => {
    expect(splitIntro('\n<p>First <a href="#x">words</a>.</p>\n<h2>Next</h2><p>More.</p>')).toEqual([
      '\n<p>First <a href="#x">words</a>.</p>',
      '\n<h2>Next</h2><p>More.</p>',
    ]);
  });

  it('leaves a body that opens with something else whole', () => {
    expect(splitIntro('<aside><p>Note</p></aside><p>Text</p>')).toEqual(['', '<aside><p>Note</p></aside><p>Text</p>']);
    expect(splitIntro('<pre>code</pre>')).toEqual(['', '<pre>code</pre>']);
    expect(splitIntro('')).toEqual(['', '']);
  });

  it('does not mistake another element starting with p for a paragraph', () => {
    expect(splitIntro('<pre><p>x</p></pre>')).toEqual(['', '<pre><p>x</p></pre>']);
  });
});
