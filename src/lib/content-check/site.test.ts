import { describe, expect, it } from 'vitest';
import { checkSite, type SourceFile } from './site.ts';
import { formatProblem } from './problem.ts';

/** Each test makes one mistake a contributor makes and asserts where and how it is reported. */

const frontmatter = (fields: Record<string, string> = {}) => {
  const defaults: Record<string, string> = {
    title: 'A page about namespaces',
    description: 'One sentence that tells the reader what this page teaches them.',
    sidebar: '\n  section: reference\n  order: 1',
    sources:
      '\n  - id: namespaces-7\n    title: namespaces(7)\n    url: https://man7.org/linux/man-pages/man7/namespaces.7.html\n    checked: 2026-11-28',
  };
  const merged = { ...defaults, ...fields };
  return `---\n${Object.entries(merged)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}:${value.startsWith('\n') ? '' : ' '}${value}`)
    .join('\n')}\n---\n`;
};

const page = (relative: string, source: string): SourceFile => ({ relative, file: `content/${relative}`, source });
const namespace: SourceFile = {
  relative: 'namespace.yaml',
  file: 'content/glossary/namespace.yaml',
  source:
    'term: Namespace\ndefinition: A kernel feature that gives processes their own view of a resource.\ntaught: ns\n',
};
const microVm: SourceFile = {
  relative: 'micro-vm.yaml',
  file: 'content/glossary/micro-vm.yaml',
  source:
    'term: Micro-VM\ndefinition: A virtual machine with only the few devices one workload needs.\ntaught: ns#isolation\naliases: [microVM]\n',
};
const body = '\n## Isolation\n\nText.\n';

function report(pages: SourceFile[], glossary: SourceFile[] = [namespace]): string[] {
  return checkSite(pages, glossary).problems.map(formatProblem);
}

describe('checkSite', () => {
  it('passes a valid page', () => {
    expect(report([page('ns.mdx', frontmatter() + body)])).toEqual([]);
  });

  it('1: a slug used twice fails, naming both files', () => {
    const out = report([
      page('ns.mdx', frontmatter() + body),
      page('ns/index.mdx', frontmatter({ title: 'Other title' }) + body),
    ]);
    expect(out).toEqual([
      expect.stringMatching(/^content\/ns\/index\.mdx:1 .*content\/ns\.mdx are both the page \/ns\//),
    ]);
  });

  it('2: a title used twice fails, naming the other page', () => {
    const out = report([page('ns.mdx', frontmatter() + body), page('b.mdx', frontmatter() + body)]);
    expect(out).toEqual([
      expect.stringMatching(/^content\/b\.mdx:2 .*"A page about namespaces" is also the title of content\/ns\.mdx/),
    ]);
  });

  it('3: drafts are listed, not built', () => {
    const result = checkSite([page('ns.mdx', frontmatter({ draft: 'true' }) + body)], [namespace]);
    expect(result.drafts).toEqual(['content/ns.mdx']);
  });

  it('4: a misspelled key fails with its line and the nearest known key', () => {
    const out = report([
      page('ns.mdx', frontmatter({ sidebar: '\n  section: reference\n  order: 1\n  lable: NS' }) + body),
    ]);
    expect(out).toEqual(['content/ns.mdx:7  unknown key `lable:` in sidebar: did you mean `label:`?']);
    const top = report([page('ns.mdx', frontmatter({ descripton: 'x' }) + body)]);
    expect(top[0]).toMatch(/^content\/ns\.mdx:12 {2}unknown key `descripton:`: did you mean `description:`\?/);
  });

  it('4: sources may record `checked:`, pages may list `keywords:`', () => {
    expect(report([page('ns.mdx', frontmatter({ keywords: '[unshare, clone]' }) + body)])).toEqual([]);
  });

  it('6: a wrong type is named as a type, at its line', () => {
    expect(report([page('ns.mdx', frontmatter({ title: '42' }) + body)])).toEqual([
      'content/ns.mdx:2  `title` is a number (42); write text',
    ]);
  });

  it('6: a source is named by its id, not its position', () => {
    const sources =
      '\n  - id: namespaces-7\n    title: namespaces(7)\n    url: https://man7.org/\n    checked: 2026-11-28\n  - id: clone-2\n    title: clone(2)\n    url: man7.org/clone.2\n    checked: 2026-11-28';
    expect(report([page('ns.mdx', frontmatter({ sources }) + body)])).toEqual([
      expect.stringMatching(/^content\/ns\.mdx:14 {2}`source "clone-2"\.url` must be a full https:\/\//),
    ]);
  });

  it('6: a glossary entry reports its own line', () => {
    const bad = { ...namespace, source: 'term: Namespace\ndefiniton: A kernel feature.\ntaught: ns\n' };
    expect(report([page('ns.mdx', frontmatter() + body)], [bad])).toContain(
      'content/glossary/namespace.yaml:2  unknown key `definiton:`: did you mean `definition:`?',
    );
  });

  it('7: <Cite>, <Term> and <Figure> mistakes are reported at their line', () => {
    const text = `${body}\nA claim<Cite id="namespace-7" />.\n\n<Term>flux capacitor</Term>\n\n<Figure src="a.png" caption="A" />\n`;
    expect(report([page('ns.mdx', frontmatter() + text)])).toEqual([
      expect.stringMatching(
        /^content\/ns\.mdx:18 {2}<Cite id="namespace-7" \/> names no source .*did you mean "namespaces-7"/,
      ),
      expect.stringMatching(/^content\/ns\.mdx:20 {2}<Term> "flux capacitor" is not in the glossary/),
      expect.stringMatching(/^content\/ns\.mdx:22 {2}<Figure src="a\.png"> needs alt=/),
    ]);
  });

  it('8: <Term> finds aliases and plurals, and suggests the nearest entry', () => {
    const ok = `${body}\nA <Term>microVM</Term>, two <Term>namespaces</Term>, <Term>micro-VMs</Term>.\n`;
    expect(report([page('ns.mdx', frontmatter() + ok)], [namespace, microVm])).toEqual([]);
    const typo = `${body}\nA <Term id="micro-mv">VM</Term>.\n`;
    expect(report([page('ns.mdx', frontmatter() + typo)], [namespace, microVm])).toEqual([
      expect.stringMatching(/:18 {2}<Term> "micro-mv" is not in the glossary: did you mean micro-vm\?/),
    ]);
  });

  it('9: a link to a missing page or heading names the source line and the headings that exist', () => {
    const text = `${body}\nSee [the page](/nss/) and [the part](/ns/#isolatoin) and [here](#nowhere).\n`;
    const out = report([page('ns.mdx', frontmatter() + text)]);
    expect(out).toEqual([
      'content/ns.mdx:18  the link to /nss/ leads to no page: did you mean /ns/?',
      'content/ns.mdx:18  the link to /ns/#isolatoin points at #isolatoin, which /ns/ does not have: did you mean #isolation? its headings are #isolation',
      expect.stringMatching(/^content\/ns\.mdx:18 {2}the link to #nowhere points at #nowhere/),
    ]);
  });

  it('9: a glossary entry whose `taught:` leads nowhere is named by its file and line', () => {
    const bad = { ...namespace, source: namespace.source.replace('taught: ns', 'taught: ns#pid') };
    expect(report([page('ns.mdx', frontmatter() + body)], [bad])).toEqual([
      'content/glossary/namespace.yaml:3  `taught: ns#pid` points at #pid, which /ns/ does not have: its headings are #isolation',
    ]);
  });

  it('10: an unquoted ": " in a value says to quote the value', () => {
    expect(report([page('ns.mdx', frontmatter({ title: 'Pods: the unit of scheduling' }) + body)])).toEqual([
      'content/ns.mdx:2  the value of `title:` contains ": ", which YAML reads as a new key: quote the value, title: "Pods: the unit of scheduling"',
    ]);
  });

  it('11: an unclosed component fails at the line MDX reports', () => {
    const out = report([page('ns.mdx', `${frontmatter()}${body}\n<Aside>\nNever closed.\n`)]);
    expect(out).toEqual([
      expect.stringMatching(/^content\/ns\.mdx:\d+ {2}MDX cannot parse this: Expected a closing tag for `<Aside>`/),
    ]);
  });
});

describe('links to routes that are not content pages', () => {
  it('knows fixed routes and leaves links below a dynamic route to the built-site check', () => {
    const text = `${body}\nSee [practice](/practice/), [a topic](/practice/namespaces/) and [nothing](/corrections/).\n`;
    const { problems } = checkSite([page('ns.mdx', frontmatter() + text)], [namespace], ['', 'practice', 'practice/*']);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/the link to \/corrections\/ leads to no page/),
    ]);
  });
});

describe('attributes written as expressions', () => {
  it('are left to the components, which see their values', () => {
    const text = `${body}\n<Figure caption={'A ' + 'caption'} src="a.png" alt={alt} />\n\nA<Cite id={ids} />.\n`;
    expect(report([page('ns.mdx', frontmatter() + text)])).toEqual([]);
  });
});
