import { describe, expect, it } from 'vitest';
import { adoptSvg, diagramUid, MIN_LABEL_PX, renderDiagram } from './render.ts';
import { diagramErrors, sourceLine } from './source.ts';

const sequence = `sequenceDiagram
  participant C as docker CLI
  participant D as dockerd
  C->>D: POST /containers/create
  D-->>C: 201 Created`;

describe('renderDiagram', () => {
  const drawn = renderDiagram(sequence);

  it('requests nothing from another origin and brings no stylesheet of its own', () => {
    expect(drawn.svg).not.toMatch(/@import|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    expect(drawn.svg).not.toContain('<style');
    expect(drawn.svg).not.toMatch(/<svg[^>]*style=/);
  });

  it("colours only through the site's tokens, so the theme toggle and print decide", () => {
    const colours = [...drawn.svg.matchAll(/(?:fill|stroke)="([^"]+)"/g)].map((m) => m[1]);
    expect(colours.length).toBeGreaterThan(0);
    for (const colour of colours) expect(colour).toMatch(/^(?:none|var\(--ia-[\w-]+\))$/);
    expect(() => adoptSvg('<svg viewBox="0 0 1 1"><rect fill="var(--_new-role)"/></svg>', 'x')).toThrow(/--_new-role/);
  });

  it('is hidden from assistive technology and sized so its smallest label reads at the small text size', () => {
    expect(drawn.svg).toMatch(/^<svg [^>]*aria-hidden="true"/);
    const viewWidth = Number(/viewBox="0 0 ([\d.]+)/.exec(drawn.svg)?.[1]);
    expect(drawn.width / viewWidth).toBeCloseTo(MIN_LABEL_PX / drawn.minFont, 1);
    expect(drawn.minFont * (drawn.width / viewWidth)).toBeGreaterThanOrEqual(MIN_LABEL_PX - 0.1);
  });

  it('prefixes every id so two diagrams on one page never share one', () => {
    const uid = diagramUid(sequence);
    const ids = [...drawn.svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id?.startsWith(`${uid}-`)).toBe(true);
    for (const ref of drawn.svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(ref[1]);
    expect(diagramUid(sequence)).toBe(uid);
    expect(diagramUid(`${sequence}\n`)).not.toBe(uid);
  });

  it('refuses markup without a viewBox', () => {
    expect(() => adoptSvg('<svg></svg>', 'x')).toThrow(/viewBox/);
  });
});

describe('diagramErrors', () => {
  const file = [
    '---',
    'title: x',
    '---',
    '',
    '<Diagram',
    '  code={`flowchart TD',
    '    a --> b',
    '    stray words',
    '  `}',
    '/>',
  ].join('\n');

  it('turns a line of the source into a line of the file, even when MDX took indentation off', () => {
    const source = 'flowchart TD\n  a --> b\n  stray words\n';
    expect(sourceLine(file, source)).toBe(6);
    expect(diagramErrors(source, 'content/x.mdx', file)).toEqual([
      expect.stringMatching(/^content\/x\.mdx:8: <Diagram> not understood: "stray words"/),
    ]);
  });

  it('says which line of the code when the file does not hold the source verbatim', () => {
    expect(diagramErrors('flowchart TD\n  ???', 'content/y.mdx', '')[0]).toMatch(
      /^content\/y\.mdx: <Diagram> line 2 of its code/,
    );
    expect(diagramErrors(sequence, 'content/z.mdx', '')).toEqual([]);
  });
});
