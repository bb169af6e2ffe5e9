import { describe, expect, it } from 'vitest';
import {
  absoluteUrl,
  componentLabel,
  markdownPathFor,
  markdownUrl,
  toMarkdown,
  type ExportPage,
  type ExportSite,
} from './markdown-export.ts';

const site: ExportSite = { url: 'https://atlas.example', base: '/' };

const sources = [
  {
    id: 'namespaces-7',
    title: 'namespaces(7), Linux manual page',
    url: 'https://man7.org/linux/man-pages/man7/namespaces.7.html',
    publisher: 'Linux man-pages project',
    checked: '2026-11-23',
  },
  {
    id: 'clone-2',
    title: 'clone(2)',
    url: 'https://man7.org/linux/man-pages/man2/clone.2.html',
    date: '2024-05',
    checked: '2026-11-23',
  },
];

function page(body: string, extra: Partial<ExportPage> = {}): ExportPage {
  return {
    id: 'namespaces',
    title: 'Linux namespaces',
    description: 'What each namespace hides.',
    sources,
    body,
    ...extra,
  };
}

/** The exported body only: between the description and the Sources heading. */
function body(mdx: string, options: ExportSite = site): string {
  const out = toMarkdown(page(mdx), options);
  return out.slice(out.indexOf('What each namespace hides.\n\n') + 28, out.indexOf('\n\n## Sources')).trim();
}

describe('toMarkdown', () => {
  it('opens with the title and description and drops the frontmatter', () => {
    const out = toMarkdown(page('---\ntitle: Linux namespaces\n---\n\n## First\n\nText.\n'), site);
    expect(
      out.startsWith('# Linux namespaces\n\nWhat each namespace hides.\n\n## First\n\nText.\n\n## Sources\n'),
    ).toBe(true);
    expect(out).not.toContain('title:');
  });

  it('removes imports and exports without leaving gaps', () => {
    const mdx =
      "import StackExplorer from '@components/islands/StackExplorer.astro';\nexport const x = 1;\n\nText.\n\nimport Other from './Other.astro';\n\nMore.";
    expect(body(mdx)).toBe('Text.\n\nMore.');
  });

  it('numbers citations as the frontmatter lists the sources, several ids in one', () => {
    expect(body('A claim<Cite id="clone-2" />, two<Cite id="namespaces-7 clone-2" />.')).toBe('A claim[2], two[1][2].');
  });

  it('marks a citation that names no source with [?], leaving the error to the HTML page', () => {
    expect(body('X<Cite id="nope clone-2" />.')).toBe('X[?][2].');
  });

  it('ends with the sources as a numbered list of links with publisher and date', () => {
    const out = toMarkdown(page('Text.'), site);
    expect(
      out.endsWith(
        '## Sources\n\n' +
          '1. [namespaces(7), Linux manual page](https://man7.org/linux/man-pages/man7/namespaces.7.html), Linux man-pages project\n' +
          '2. [clone(2)](https://man7.org/linux/man-pages/man2/clone.2.html) (2024-05)\n',
      ),
    ).toBe(true);
  });

  it('escapes markup characters in source titles', () => {
    const out = toMarkdown(
      page('Text.', {
        sources: [{ id: 'a', title: 'The [bracketed] *title*', url: 'https://a.example/', checked: '2026-11-23' }],
      }),
      site,
    );
    expect(out).toContain('1. [The \\[bracketed\\] \\*title\\*](https://a.example/)');
  });

  it('turns asides into blockquotes headed by their title or their type', () => {
    expect(
      body('<Aside type="caution" title="Common confusion">\nA container is not a VM<Cite id="clone-2" />.\n</Aside>'),
    ).toBe('> **Common confusion**\n>\n> A container is not a VM[2].');
    expect(body('<Aside type="danger">\nFirst.\n\nSecond.\n</Aside>')).toBe('> **Danger**\n>\n> First.\n>\n> Second.');
    expect(body('<Aside>\nPlain.\n</Aside>')).toBe('> **Note**\n>\n> Plain.');
  });

  it('keeps code inside a TryIt and notes where its output was recorded', () => {
    const mdx = '<TryIt env="Debian 13, Linux 6.12">\n```sh\nunshare --pid --fork sh\n```\n</TryIt>';
    expect(body(mdx)).toBe(
      '> **Try it**\n>\n> ```sh\n> unshare --pid --fork sh\n> ```\n>\n> *Output recorded on Debian 13, Linux 6.12.*',
    );
  });

  it('unwraps terms, keeping any markup inside them', () => {
    expect(body('A <Term>namespace</Term> and <Term id="namespace">*PID* namespaces</Term>.')).toBe(
      'A namespace and *PID* namespaces.',
    );
  });

  it('gives a figure its content and then its caption', () => {
    expect(body('<Figure caption="Boot time by stack">\n| a | b |\n| - | - |\n| 1 | 2 |\n</Figure>')).toBe(
      '| a | b |\n| - | - |\n| 1 | 2 |\n\n*Figure: Boot time by stack*',
    );
    expect(body('<Figure src="/img/stack.svg" alt="Three layers" caption="The stack" />')).toBe(
      '![Three layers](https://atlas.example/img/stack.svg)\n\n*Figure: The stack*',
    );
  });

  it('gives a diagram its Mermaid source, its text alternative and its caption', () => {
    const mdx =
      '<Diagram\n  caption="Two calls"\n  alt="A calls B."\n  code={`sequenceDiagram\n    A->>B: call\n    loop again\n      B-->>A: reply\n    end\n  `}\n/>';
    expect(body(mdx)).toBe(
      '```mermaid\nsequenceDiagram\n  A->>B: call\n  loop again\n    B-->>A: reply\n  end\n```\n\nA calls B.\n\n*Figure: Two calls*',
    );
    expect(body('<StackFigure stacks="kata, gvisor" caption="Two sandboxes." />')).toBe(
      '*Figure: Two sandboxes. [Open it in the stack explorer](https://atlas.example/tools/stack-explorer/?stacks=kata,gvisor).*',
    );
  });

  it('replaces an island with a line linking to the page where it runs', () => {
    const mdx =
      'import StackExplorer from \'@components/islands/StackExplorer.astro\';\n\n<StackExplorer initial="gvisor" />\n\nAfter.';
    expect(body(mdx, { url: 'https://atlas.example', base: '/atlas/' })).toBe(
      '*Interactive: Stack explorer. [Use it on the web page](https://atlas.example/atlas/namespaces/).*\n\nAfter.',
    );
    expect(body('<DensityCalculator />')).toContain('*Interactive: Density calculator.');
  });

  it('tells a static component from an island when it knows which are islands', () => {
    const known = { ...site, islands: new Set(['StackExplorer']) };
    expect(body('<StackExplorer />\n\n<StackTable />', known)).toBe(
      '*Interactive: Stack explorer. [Use it on the web page](https://atlas.example/namespaces/).*\n\n' +
        '*Stack table: [see it on the web page](https://atlas.example/namespaces/).*',
    );
  });

  it('expands the glossary list when given the entries, alphabetically', () => {
    const glossary = [
      { id: 'namespace', term: 'Namespace', definition: 'A kernel feature.' },
      { id: 'hypervisor', term: 'Hypervisor', definition: 'Runs VMs.' },
    ];
    expect(body('<GlossaryList />', { ...site, glossary })).toBe(
      '- **Hypervisor**: Runs VMs.\n- **Namespace**: A kernel feature.',
    );
  });

  it('makes root-relative links, images and definitions absolute, under the base', () => {
    const atlas = { url: 'https://atlas.example', base: '/atlas/' };
    const mdx = 'See [cgroups](/cgroups/#v2), [man](https://man7.org/), [here](#x) and [ref].\n\n[ref]: /hypervisors/';
    expect(body(mdx, atlas)).toBe(
      'See [cgroups](https://atlas.example/atlas/cgroups/#v2), [man](https://man7.org/), [here](#x) and [ref].\n\n' +
        '[ref]: https://atlas.example/atlas/hypervisors/',
    );
    expect(body('<a href="/cgroups/">cgroups</a> and <kbd>Ctrl</kbd>', atlas)).toBe(
      '<a href="https://atlas.example/atlas/cgroups/">cgroups</a> and <kbd>Ctrl</kbd>',
    );
  });

  it('leaves code alone, even when it looks like a component', () => {
    const mdx = 'Write `<Cite id="x" />` to cite.\n\n```mdx\n<Aside type="tip">\nimport X from "y";\n</Aside>\n```';
    expect(body(mdx)).toBe(mdx);
  });

  it('drops comments and keeps the text of string literals', () => {
    expect(body('{/* TODO: nothing */}\n\nUse {\'{\'} and {"}"}.')).toBe('Use { and }.');
  });

  it('keeps an aside inside a list item indented under it', () => {
    expect(body('- Step one.\n\n  <Aside type="tip">\n  Indented.\n  </Aside>\n- Step two.')).toBe(
      '- Step one.\n\n  > **Tip**\n  >\n  > Indented.\n- Step two.',
    );
  });

  it('leaves no MDX component behind on a page that uses them all', () => {
    const mdx = [
      "import X from './X.astro';",
      '## Heading',
      'A <Term>namespace</Term><Cite id="namespaces-7" />.',
      '<Aside type="tip">\nTip<Cite id="clone-2" />.\n</Aside>',
      '<TryIt>\n```sh\nls\n```\n</TryIt>',
      '<Figure caption="C">\n<X client:visible />\n</Figure>',
      '<GlossaryList />',
    ].join('\n\n');
    expect(toMarkdown(page(mdx), site)).not.toMatch(/<[A-Z]|\bimport\b/);
  });
});

describe('addresses', () => {
  it('puts the Markdown twin of a page next to its folder', () => {
    expect(markdownPathFor('/namespaces/')).toBe('/namespaces.md');
    expect(markdownPathFor('/atlas/tools/stack-explorer/')).toBe('/atlas/tools/stack-explorer.md');
    expect(markdownUrl('tools/stack-explorer', { url: 'https://a.example', base: '/atlas' })).toBe(
      'https://a.example/atlas/tools/stack-explorer.md',
    );
  });

  it('adds the base to root-relative URLs once, and leaves others alone', () => {
    const atlas = { url: 'https://a.example', base: '/atlas/' };
    expect(absoluteUrl('/cgroups/', atlas)).toBe('https://a.example/atlas/cgroups/');
    expect(absoluteUrl('/atlas/cgroups/', atlas)).toBe('https://a.example/atlas/cgroups/');
    expect(absoluteUrl('/cgroups/', site)).toBe('https://atlas.example/cgroups/');
    expect(absoluteUrl('https://man7.org/', atlas)).toBe('https://man7.org/');
    expect(absoluteUrl('//cdn.example/x', atlas)).toBe('//cdn.example/x');
    expect(absoluteUrl('#x', atlas)).toBe('#x');
  });

  it('names an island in words', () => {
    expect(componentLabel('StackExplorer')).toBe('Stack explorer');
    expect(componentLabel('OCIRuntimeTable')).toBe('OCI runtime table');
    expect(componentLabel('Density')).toBe('Density');
  });
});
