import { describe, expect, it } from 'vitest';
import { byLetter, glossaryPath, letterOf, resolveTerm, suggestTerm } from './glossary.ts';

const entries = [
  { id: 'micro-vm', term: 'Micro-VM', aliases: ['microVM', 'micro VM'] },
  { id: 'namespace', term: 'Namespace', aliases: [] },
  { id: 'proxy', term: 'Proxy', aliases: [] },
  { id: 'sr-iov', term: 'SR-IOV', aliases: [] },
  { id: '9p', term: '9p', aliases: [] },
];

describe('resolveTerm', () => {
  it('finds an entry by id, term, alias and simple plural', () => {
    expect(resolveTerm('micro-vm', entries)?.id).toBe('micro-vm');
    expect(resolveTerm('microVM', entries)?.id).toBe('micro-vm');
    expect(resolveTerm('micro VMs', entries)?.id).toBe('micro-vm');
    expect(resolveTerm('namespaces', entries)?.id).toBe('namespace');
    expect(resolveTerm('proxies', entries)?.id).toBe('proxy');
    expect(resolveTerm('flux capacitor', entries)).toBeUndefined();
  });

  it('suggests the nearest entry for a near miss, nothing for a stranger', () => {
    expect(suggestTerm('micro-mv', entries)).toBe('micro-vm');
    expect(suggestTerm('namespcae', entries)).toBe('namespace');
    expect(suggestTerm('kubernetes', entries)).toBeUndefined();
  });
});

describe('letters', () => {
  it('files a term under its first letter, digits under #', () => {
    expect(letterOf('seccomp')).toBe('S');
    expect(letterOf('9p')).toBe('#');
    expect(glossaryPath(entries[0]!)).toBe('glossary/m/#term-micro-vm');
    expect(glossaryPath(entries[4]!)).toBe('glossary/0-9/#term-9p');
  });

  it('groups alphabetically, letters in order', () => {
    expect(byLetter(entries).map((g) => [g.letter, g.entries.map((e) => e.id)])).toEqual([
      ['#', ['9p']],
      ['M', ['micro-vm']],
      ['N', ['namespace']],
      ['P', ['proxy']],
      ['S', ['sr-iov']],
    ]);
  });
});
