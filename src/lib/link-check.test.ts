import { describe, expect, it } from 'vitest';
import { checkLinks, extractLinks, pathOfFile, type PageLinks } from './link-check.ts';

function site(pages: Record<string, string>, files: string[] = []) {
  const map = new Map<string, PageLinks>(Object.entries(pages).map(([path, html]) => [path, extractLinks(html)]));
  return checkLinks(map, new Set(files));
}

describe('extractLinks', () => {
  it('collects ids, anchor names and the targets of links, images and scripts', () => {
    const { ids, targets } = extractLinks(
      '<h2 id="a">A</h2><a name="old"></a><a href="/x/#a">x</a><img src="/i.svg" alt=""><script src="/s.js"></script><link rel="icon" href="/f.svg">',
    );
    expect([...ids]).toEqual(['a', 'old']);
    expect(targets).toEqual(['/x/#a', '/i.svg', '/s.js', '/f.svg']);
  });

  it('decodes entities in attributes', () => {
    expect(extractLinks('<a href="/a/?x=1&amp;y=2">q</a>').targets).toEqual(['/a/?x=1&y=2']);
  });
});

describe('pathOfFile', () => {
  it('maps index.html to its folder and keeps other files as they are', () => {
    expect(pathOfFile('index.html')).toBe('/');
    expect(pathOfFile('namespaces/index.html')).toBe('/namespaces/');
    expect(pathOfFile('404.html')).toBe('/404.html');
  });
});

describe('checkLinks', () => {
  const good = {
    '/': '<a href="/namespaces/">n</a><a href="namespaces/#pid">rel</a>',
    '/namespaces/':
      '<h2 id="pid">PID</h2><a href="#pid">self</a><a href="../">up</a><a href="/favicon.svg">icon</a><a href="https://man7.org/x">man</a><a href="mailto:a@b.org">mail</a>',
  };

  it('accepts links to pages, headings, files and well-formed https addresses', () => {
    expect(site(good, ['/favicon.svg'])).toEqual([]);
  });

  it('reports a link to a page that does not exist, suggesting the trailing slash', () => {
    expect(site({ ...good, '/': '<a href="/namespaces">n</a><a href="/nope/">x</a>' }, ['/favicon.svg'])).toEqual([
      { page: '/', target: '/namespaces', reason: 'no page or file at /namespaces (did you mean /namespaces/?)' },
      { page: '/', target: '/nope/', reason: 'no page or file at /nope/' },
    ]);
  });

  it('reports a broken fragment on the same page and on another page', () => {
    const problems = site({
      '/a/': '<h2 id="x">X</h2><a href="#y">y</a><a href="/b/#z">z</a>',
      '/b/': '<p id="q"></p>',
    });
    expect(problems.map((p) => `${p.page} → ${p.target}: ${p.reason}`)).toEqual([
      '/a/ → #y: /a/ has no heading or element with id "y"',
      '/a/ → /b/#z: /b/ has no heading or element with id "z"',
    ]);
  });

  it('requires external links to be well-formed https', () => {
    const problems = site({
      '/': '<a href="http://example.com/">h</a><a href="https://">m</a><a href="//cdn.example.com/x.js">p</a><a href="https://localhost/">l</a><a href="">e</a>',
    });
    expect(problems.map((p) => p.reason)).toEqual([
      'external links must use https, not http',
      'malformed URL',
      'protocol-relative URL: write https:// in full',
      'external link without a real host name',
      'empty link: point it at a page or a heading',
    ]);
  });
});
