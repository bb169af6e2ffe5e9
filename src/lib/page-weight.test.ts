import { describe, expect, it } from 'vitest';
import { dynamicImports, firstParagraphOffset, gzipSize, splitPage, staticImports } from './page-weight.ts';

describe('splitPage', () => {
  const page = `<!doctype html><html><head><style>body{color:red}</style>
<script>document.documentElement.classList.add('js')</script>
<script type="application/ld+json">{"a":1}</script>
<script type="module" src="/_astro/page.js"></script></head>
<body><main>Hi</main><astro-island uid="1" component-url="/_astro/Diagram.js" renderer-url="/_astro/client.svelte.js"></astro-island>
<astro-island uid="2" component-url="/_astro/Diagram.js" renderer-url="/_astro/client.svelte.js"></astro-island></body></html>`;
  const parts = splitPage(page);

  it('separates CSS, inline scripts and script files from the markup', () => {
    expect(parts.css).toBe('body{color:red}');
    expect(parts.inlineJs).toEqual(["document.documentElement.classList.add('js')"]);
    expect(parts.html).not.toContain('<style>');
    expect(parts.html).not.toContain('classList');
  });

  it('keeps JSON-LD in the markup and does not count it as script', () => {
    expect(parts.html).toContain('application/ld+json');
    expect(parts.inlineJs).toHaveLength(1);
  });

  it("lists the page's script files, and each island module once", () => {
    expect(parts.scriptUrls).toEqual(['/_astro/page.js']);
    expect(parts.islandUrls).toEqual(['/_astro/Diagram.js', '/_astro/client.svelte.js']);
    expect(parts.islandCount).toBe(2);
  });
});

describe('islands', () => {
  it('counts an island mounted without a framework by its data-island attribute', () => {
    const page =
      '<body><div class="explorer" data-island="stack-explorer"><p>x</p></div><p data-islandish="no">y</p></body>';
    expect(splitPage(page).islandCount).toBe(1);
    expect(splitPage('<body><p>plain</p></body>').islandCount).toBe(0);
  });
});

describe('dynamicImports', () => {
  it('finds what a module loads later, and not its static imports', () => {
    const code = `import{a}from"./static.js";const b=()=>import("./lazy.js"),c=()=>import(\`./tick.js\`);e(()=>import('./q.js'),[])`;
    expect(dynamicImports(code).sort()).toEqual(['./lazy.js', './q.js', './tick.js']);
  });
});

describe('staticImports', () => {
  it('finds named, default, namespace, bare and re-export imports', () => {
    const code = `import{a as b}from"./x.js";import c from './y.js';import * as d from"./z.js";import"./side.js";export{e}from"./w.js";const f=import("./lazy.js")`;
    expect(staticImports(code).sort()).toEqual(['./side.js', './w.js', './x.js', './y.js', './z.js']);
  });
});

describe('gzipSize', () => {
  it('shrinks repetitive text and never returns zero for content', () => {
    const text = 'namespace '.repeat(500);
    expect(gzipSize(text)).toBeGreaterThan(0);
    expect(gzipSize(text)).toBeLessThan(text.length / 20);
  });
});

describe('firstParagraphOffset', () => {
  // Random-looking text barely compresses, so the offsets below track the bytes placed before it.
  const noise = (n: number) => Array.from({ length: n }, (_, i) => ((i * 7919) % 9973).toString(36)).join('');

  it('counts up to the end of the first paragraph after the lead, not the lead itself', () => {
    const page = `<main><article><h1>T</h1><p class="lead">Lead</p><p>First ${noise(50)}</p><p>${noise(4000)}</p></article></main>`;
    const offset = firstParagraphOffset(page);
    expect(offset).not.toBeNull();
    expect(offset!).toBeLessThan(gzipSize(page) / 4);
    expect(offset!).toBeGreaterThan(gzipSize('<main><article><h1>T</h1><p class="lead">Lead</p>'));
  });

  it('grows with whatever stands before the paragraph, such as a large table', () => {
    const light = `<article><p class="lead">L</p><p>Prose</p></article>`;
    const heavy = `<article><p class="lead">L</p><table><tr><td>${noise(3000)}</td></tr></table><p>Prose</p></article>`;
    expect(firstParagraphOffset(heavy)! - firstParagraphOffset(light)!).toBeGreaterThan(5_000);
  });

  it('ignores paragraphs outside the article and returns null for an article without one', () => {
    expect(firstParagraphOffset('<p>nav</p><article><h1>T</h1></article><footer><p>f</p></footer>')).toBeNull();
    expect(firstParagraphOffset('<p>no article</p>')).toBeNull();
  });
});
