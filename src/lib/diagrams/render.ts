/**
 * Mermaid source to an SVG that belongs to the page: beautiful-mermaid lays it out at build
 * time; then its stylesheet goes (it @imports a font from a third party and would style every
 * SVG on the page), its colour roles become the site's tokens and its text takes the page's font, ids
 * get a per-diagram prefix so two diagrams on a page never share one, and the drawing is sized
 * so its smallest label reads at the body's small text size.
 */
import { createHash } from 'node:crypto';
import { renderMermaidSVG } from 'beautiful-mermaid';

/**
 * The renderer's colour roles, drawn straight in the site's tokens (src/styles/global.css), so a
 * drawing follows the theme toggle and print with no stylesheet of its own. Muted text and lines
 * keep 4.5:1 and 3:1 against the page in both themes.
 */
export const colourRoles: Readonly<Record<string, string>> = {
  '--bg': '--ia-bg',
  '--fg': '--ia-text',
  '--_text': '--ia-text',
  '--_text-sec': '--ia-text',
  '--_text-muted': '--ia-muted',
  '--_text-faint': '--ia-muted',
  '--_line': '--ia-control',
  '--_arrow': '--ia-text',
  '--_node-fill': '--ia-bg-soft',
  '--_node-stroke': '--ia-control',
  '--_group-fill': '--ia-bg',
  '--_group-hdr': '--ia-accent-soft',
  '--_inner-stroke': '--ia-border',
  '--_key-badge': '--ia-border',
};

/** The body's small text (0.875rem) in CSS pixels: no label is drawn smaller. */
export const MIN_LABEL_PX = 14;

export interface RenderedDiagram {
  svg: string;
  /** Drawn size in CSS pixels, after scaling. */
  width: number;
  height: number;
  /** Smallest label in the renderer's units, before scaling. */
  minFont: number;
}

/** A short stable id for a source, so a rebuild does not churn the HTML. */
export function diagramUid(source: string): string {
  return `dg${createHash('sha256').update(source).digest('hex').slice(0, 8)}`;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The post-processing on its own, testable with any SVG string. */
export function adoptSvg(raw: string, uid: string): RenderedDiagram {
  const open = /<svg\b[^>]*>/.exec(raw);
  const viewBox = /viewBox="([^"]+)"/.exec(open?.[0] ?? '');
  if (!open || !viewBox) throw new Error('the renderer returned no <svg> with a viewBox');
  const [, , w = 0, h = 0] = (viewBox[1] ?? '').split(/\s+/).map(Number);
  const fonts = [...raw.matchAll(/font-size="([\d.]+)"/g)].map((m) => Number(m[1]));
  const minFont = fonts.length ? Math.min(...fonts) : MIN_LABEL_PX;
  const scale = Math.max(1, MIN_LABEL_PX / minFont);
  const width = Math.ceil(w * scale);
  const height = Math.ceil(h * scale);
  const body = raw
    .slice(open.index + open[0].length)
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/\s(?:data-[\w-]+)="[^"]*"/g, '')
    .replace(/\bid="([^"]+)"/g, `id="${uid}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${uid}-$1)`)
    .replace(/var\((--[\w-]+)\)/g, (_, role: string) => {
      const token = colourRoles[role];
      if (!token) throw new Error(`the renderer used a colour role this site does not map: ${role}`);
      return `var(${token})`;
    })
    .replace(/(\d+\.\d)\d+/g, (_, kept: string) => String(round(Number(kept))))
    .replace(/\n\s*/g, '');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox[1]}" width="${width}" height="${height}" ` +
    `aria-hidden="true" focusable="false">${body}`;
  return { svg, width, height, minFont };
}

export function renderDiagram(source: string): RenderedDiagram {
  const raw = renderMermaidSVG(source, { bg: 'var(--bg)', fg: 'var(--fg)', transparent: true, padding: 8 });
  return adoptSvg(raw, diagramUid(source));
}
