import { describe, expect, it } from 'vitest';
import { checkBank, toClientQuestion, type PageFacts, type PracticeSource } from './bank.ts';
import type { PracticeFile, Question } from './schema.ts';

const q = (id: string, extra: Partial<Question> = {}): Question => ({
  id,
  kind: 'single',
  difficulty: 1,
  scenario: false,
  onPage: true,
  stem: 'Which?',
  options: [
    { text: 'a', why: 'yes', correct: true },
    { text: 'b', why: 'no' },
  ],
  learn: 'namespaces#the-pid-namespace',
  sources: ['pid-namespaces-7'],
  ...extra,
});
const data = (...questions: Question[]): PracticeFile => ({ learn: ['a'], takeaways: ['b'], questions });
const pages = new Map<string, PageFacts>([
  [
    'namespaces',
    {
      title: 'Linux namespaces',
      headings: [{ slug: 'the-pid-namespace', text: 'The PID namespace' }],
      sourceIds: new Set(['pid-namespaces-7', 'namespaces-7']),
    },
  ],
  [
    'cgroups',
    { title: 'cgroups', headings: [{ slug: 'controllers', text: 'Controllers' }], sourceIds: new Set(['cgroups-7']) },
  ],
]);
const misconceptions = new Set(['docker-is-kubernetes']);
const source = (topic: string, ...questions: Question[]): PracticeSource => ({
  topic,
  file: `content/practice/${topic}.yaml`,
  data: data(...questions),
});

describe('checkBank', () => {
  it('passes a bank whose links, citations and ids all resolve', () => {
    expect(
      checkBank(
        [source('namespaces', q('a'), q('b', { misconception: 'docker-is-kubernetes' }))],
        pages,
        misconceptions,
      ),
    ).toEqual([]);
  });

  it('names file and question for a `learn` link to a heading the page does not have', () => {
    expect(checkBank([source('namespaces', q('a', { learn: 'namespaces#pid' }))], pages, misconceptions)).toEqual([
      'content/practice/namespaces.yaml: question "a" has `learn: namespaces#pid`, but that page has no heading "#pid"; its headings are: the-pid-namespace',
    ]);
  });

  it('names a `learn` link to a page that does not exist', () => {
    expect(checkBank([source('namespaces', q('a', { learn: 'nope#x' }))], pages, misconceptions)).toEqual([
      'content/practice/namespaces.yaml: question "a" has `learn: nope#x`, but there is no page "nope"',
    ]);
  });

  it('names an unknown citation id, and accepts https addresses', () => {
    expect(
      checkBank(
        [source('namespaces', q('a', { sources: ['cgroups-7', 'https://example.org/x'] }))],
        pages,
        misconceptions,
      ),
    ).toEqual([
      'content/practice/namespaces.yaml: question "a" cites "cgroups-7", which is not a source of namespaces; use one of: pid-namespaces-7, namespaces-7',
    ]);
  });

  it('names an id used in two files', () => {
    const other = source('cgroups', q('a', { learn: 'cgroups#controllers', sources: ['cgroups-7'] }));
    expect(checkBank([source('namespaces', q('a')), other], pages, misconceptions)).toEqual([
      'content/practice/cgroups.yaml: question "a" reuses an id already used in content/practice/namespaces.yaml: ids are unique across all files',
    ]);
  });

  it('names a file that is not named after a page, and an unknown misconception', () => {
    expect(
      checkBank(
        [source('nspaces', q('a')), source('namespaces', q('b', { misconception: 'vms-are-slow' }))],
        pages,
        misconceptions,
      ),
    ).toEqual([
      'content/practice/nspaces.yaml: there is no page "nspaces": name the file after a page id in content/',
      'content/practice/namespaces.yaml: question "b" has `misconception: vms-are-slow`, which is not a heading of /misconceptions/; use one of: docker-is-kubernetes',
    ]);
  });
});

describe('toClientQuestion', () => {
  it('resolves the learn link with the heading text, citations to their URLs, and renders Markdown', () => {
    const md = { block: (s: string) => `<p>${s}</p>`, inline: (s: string) => s.toUpperCase() };
    const urls = new Map([['pid-namespaces-7', { url: 'https://man7.org/pid', title: 'pid_namespaces(7)' }]]);
    const client = toClientQuestion(
      'namespaces',
      q('a', { sources: ['pid-namespaces-7', 'https://example.org/x'] }),
      pages,
      urls,
      md,
      '/',
    );
    expect(client.learn).toEqual({
      href: '/namespaces/#the-pid-namespace',
      text: 'Linux namespaces: The PID namespace',
    });
    expect(client.sources).toEqual([
      { href: 'https://man7.org/pid', text: 'pid_namespaces(7)' },
      { href: 'https://example.org/x', text: 'example.org' },
    ]);
    expect(client.stem).toBe('<p>Which?</p>');
    expect(client.options).toEqual([
      { html: 'A', why: 'YES', correct: true },
      { html: 'B', why: 'NO', correct: false },
    ]);
  });
});
