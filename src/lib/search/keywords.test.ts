import { describe, expect, it } from 'vitest';
import { searchKeywords } from './keywords.ts';

const glossary = [
  {
    term: 'KSM (Kernel Samepage Merging)',
    aliases: ['Kernel Samepage Merging'],
    taught: 'running-vms#page-sharing-and-ksm',
  },
  { term: 'Memory balloon', aliases: ['ballooning'], taught: 'running-vms' },
  { term: 'runc', aliases: [], taught: 'engines-and-runtimes#runc-and-crun' },
];

describe('searchKeywords', () => {
  it('joins the frontmatter keywords and the glossary terms taught on the page, with their aliases', () => {
    expect(searchKeywords('running-vms', ['memory deduplication'], glossary)).toEqual({
      chosen: ['memory deduplication'],
      glossary: ['KSM (Kernel Samepage Merging)', 'Kernel Samepage Merging', 'Memory balloon', 'ballooning'],
    });
  });

  it('matches the page id exactly, not as a prefix', () => {
    expect(searchKeywords('running', undefined, glossary)).toEqual({ chosen: [], glossary: [] });
  });

  it('drops repeats whatever their case, and blank words', () => {
    expect(searchKeywords('engines-and-runtimes', ['RUNC', ' ', 'crun'], glossary)).toEqual({
      chosen: ['RUNC', 'crun'],
      glossary: [],
    });
  });
});
