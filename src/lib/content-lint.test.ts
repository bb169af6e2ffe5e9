import { describe, expect, it } from 'vitest';
import { lintContent } from './content-lint.ts';

const front = '---\ntitle: T\n---\n';

describe('lintContent', () => {
  it('accepts a page with ordered headings, described images and code that mentions TODO', () => {
    const page = `${front}\n## One\n\n### Sub\n\n## Two\n\n![A diagram of layers](/x.svg)\n\n<Figure src="/y.svg" alt="Layers" caption="c" />\n\n\`\`\`sh\n# TODO in a shell comment is code\n\`\`\`\n\nInline \`TODO\` code is fine.\n`;
    expect(lintContent(page)).toEqual([]);
  });

  it('reports a skipped heading level and an h1 with their lines', () => {
    expect(lintContent(`${front}\n## One\n\n#### Deep\n\n# Title again\n`)).toEqual([
      { line: 7, rule: 'heading-level', message: 'h4 follows h2: use ### so no level is skipped' },
      { line: 9, rule: 'heading-level', message: 'the page title is the h1: start sections at ##' },
    ]);
  });

  it('reports a page whose first heading is h3', () => {
    expect(lintContent(`${front}\n### Starts too deep\n`).map((p) => p.line)).toEqual([5]);
  });

  it('reports images without alt text in Markdown, <img> and <Figure src>', () => {
    const problems = lintContent(
      `${front}\n![](/a.png)\n\n<img src="/b.png" />\n\n<Figure src="/c.svg" caption="C" />\n\n<Figure caption="table inside">x</Figure>\n`,
    );
    expect(problems.map((p) => [p.line, p.rule])).toEqual([
      [5, 'image-alt'],
      [7, 'image-alt'],
      [9, 'image-alt'],
    ]);
  });

  it('reports placeholder text outside code', () => {
    const problems = lintContent(`${front}\nThis section is coming soon.\n\nTBD: numbers.\n\nLorem ipsum dolor.\n`);
    expect(problems.map((p) => [p.line, p.rule])).toEqual([
      [5, 'placeholder'],
      [7, 'placeholder'],
      [9, 'placeholder'],
    ]);
  });

  it('reports placeholders in the frontmatter, such as the source npm run new-page writes', () => {
    const page =
      '---\ntitle: Seccomp\nsources:\n  - id: replace-me\n    title: "TODO: the real title"\n    url: https://example.com/replace-me\n---\n\nText.\n';
    expect(lintContent(page).map((p) => [p.line, p.rule])).toEqual([
      [5, 'placeholder'],
      [6, 'placeholder'],
    ]);
    expect(
      lintContent('---\nsources:\n  - url: https://man7.org/linux/man-pages/man7/namespaces.7.html\n---\n'),
    ).toEqual([]);
  });

  it('ignores headings inside fenced code of any length', () => {
    expect(lintContent(`${front}\n## A\n\n~~~~md\n#### not a heading\n~~~~\n`)).toEqual([]);
  });

  it('11: reports an unclosed component at its line, as the build would', () => {
    expect(lintContent(`${front}\n## A\n\n<Aside>\nNever closed.\n`)).toEqual([
      expect.objectContaining({ rule: 'mdx-syntax', message: expect.stringMatching(/closing tag for `<Aside>`/) }),
    ]);
  });
});
