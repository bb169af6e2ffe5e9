import { describe, expect, it } from 'vitest';
import { llmsTxt, type LlmsPage } from './llms-txt.ts';

const pages: LlmsPage[] = [
  {
    id: 'cgroups',
    title: 'Control groups',
    section: 'containers',
    order: 2,
    description: 'Limits.',
    url: 'https://a.example/cgroups.md',
  },
  {
    id: 'namespaces',
    title: 'Linux namespaces',
    section: 'containers',
    order: 1,
    description: 'What each\nnamespace hides.',
    url: 'https://a.example/namespaces.md',
  },
  {
    id: 'compare',
    title: 'VMs [and] containers',
    section: 'start',
    order: 1,
    description: 'The difference.',
    url: 'https://a.example/compare.md',
  },
];

describe('llmsTxt', () => {
  const text = llmsTxt({
    title: 'Isolation Atlas',
    summary: 'Isolation, explained.',
    details: 'Every page is Markdown.',
    pages,
  });

  it('opens with the title, the summary as a quote and the details', () => {
    expect(text.startsWith('# Isolation Atlas\n\n> Isolation, explained.\n\nEvery page is Markdown.\n\n## ')).toBe(
      true,
    );
  });

  it('lists pages under their sections in reading order, one line each', () => {
    expect(text).toContain(
      '## Start here\n\n- [VMs \\[and\\] containers](https://a.example/compare.md): The difference.\n\n' +
        '## Containers under the hood\n\n' +
        '- [Linux namespaces](https://a.example/namespaces.md): What each namespace hides.\n' +
        '- [Control groups](https://a.example/cgroups.md): Limits.\n',
    );
  });

  it('skips empty sections and ends with one newline', () => {
    expect(text).not.toContain('## Virtual machines');
    expect(text.endsWith('Limits.\n')).toBe(true);
  });
});
