/**
 * The markup of one stack's figure: the diagram drawn bottom-up, its kernel count and
 * boundaries, the path of one system call, and every layer as text. One function, used at build
 * time by the explorer's Astro wrapper and in the browser when a reader picks another stack, so
 * the two can never draw differently; and plain strings, so the island ships no renderer.
 * The explorer adds roles and state through the data-* hooks.
 */
import { layoutStack, type Rect, type StackLayout } from './layout.ts';
import {
  boundaryKindLabels,
  describeBoundary,
  describeKernelsAsDrawn,
  describePathKernels,
  getStack,
  kernelsOnPath,
  kindLabels,
  scopeLabel,
  syscallPath,
  traceKinds,
  traceLabels,
  type Stack,
  type StackId,
  type TraceKind,
} from './stacks.ts';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => entities[c] ?? c);
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const n = (value: number) => String(Math.round(value * 10) / 10);

function ring(boxes: readonly Rect[]): string {
  const x = Math.min(...boxes.map((b) => b.x)) - 3;
  const y = Math.min(...boxes.map((b) => b.y)) - 3;
  const w = Math.max(...boxes.map((b) => b.x + b.w)) + 3 - x;
  const h = Math.max(...boxes.map((b) => b.y + b.h)) + 3 - y;
  return `<rect class="ring" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(h)}" rx="6"/>`;
}

/**
 * The lane, the marks and the moving marker of one traced call; only the chosen kind shows. The
 * marker is an arrow pointing at the current step's layer, so the step is told apart by shape.
 */
function traceLane(stack: Stack, layout: StackLayout, kind: TraceKind): string {
  const ys = syscallPath(stack, kind).map((s) => layout.layers.find((p) => p.layer.id === s.layer.id)?.cy ?? 0);
  const x = n(layout.laneX);
  const marks = ys.map((y) => `<circle class="mark" cx="${x}" cy="${n(y)}" r="3.5"/>`);
  return (
    `<g class="trace" data-trace="${kind}"><line class="lane" x1="${x}" x2="${x}" y1="${n(ys[0] ?? 0)}" y2="${n(ys.at(-1) ?? 0)}"/>${marks.join('')}` +
    `<path class="dot" d="M-7,-6L7,0L-7,6Z" style="transform:translate(${x}px,${n(ys[0] ?? 0)}px)"/></g>`
  );
}

function diagram(stack: Stack, uid: string): string {
  const layout = layoutStack(stack);
  // Each option holds its boxes and one label; the labels of the other copies are drawn apart,
  // hidden from assistive technology, so an option's name matches the words it shows.
  const copies: string[] = [];
  const layers = layout.layers.map(({ layer, boxes, text }) => {
    const full = text === layer.label ? text : `${text} (${layer.label})`;
    const name = `${full}: ${kindLabels[layer.kind].toLowerCase()}, ${scopeLabel(stack, layer.scope)}`;
    const drawn = boxes.map((b, copy) => {
      const ty = layer.beside ? b.y + b.h - 11 : b.y + b.h / 2 + 5;
      const label = `<text x="${n(b.x + b.w / 2)}" y="${n(ty)}">${escapeHtml(text)}</text>`;
      if (copy > 0) copies.push(label);
      return `<rect class="box" x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${n(b.h)}" rx="4"/>${copy === 0 ? label : ''}`;
    });
    // Shown only when the layer is selected, so selection is marked by a shape, not colour alone.
    const first = boxes[0];
    const tick = first ? `<text class="tick" x="${n(first.x + first.w - 3)}" y="${n(first.y + 10)}">✓</text>` : '';
    return (
      `<g class="layer" data-layer="${layer.id}" data-kind="${layer.kind}" data-name="${escapeHtml(name)}" ` +
      `style="--f:var(--se-${layer.kind});--l:var(--se-${layer.kind}-l)">${ring(boxes)}${drawn.join('')}${tick}</g>`
    );
  });
  const boundaries = layout.boundaries.map(({ boundary, x1, x2, y }) => {
    const label = boundaryKindLabels[boundary.kind];
    const mid = (x1 + x2) / 2;
    return (
      `<line class="boundary ${boundary.kind}" x1="${n(x1)}" x2="${n(x2)}" y1="${n(y)}" y2="${n(y)}"/>` +
      `<rect class="label-bg" x="${n(mid - label.length * 3.4 - 5)}" y="${n(y - 8)}" width="${n(label.length * 6.8 + 10)}" height="16" rx="3"/>` +
      `<text class="boundary-label" x="${n(mid)}" y="${n(y + 4)}">${label}</text>`
    );
  });
  const trace = traceKinds.map((kind) => traceLane(stack, layout, kind)).join('');
  return (
    `<svg viewBox="-4 -4 ${n(layout.width + 8)} ${n(layout.height + 8)}" role="img" aria-labelledby="${uid}-t" aria-describedby="${uid}-f">` +
    `<g class="layers">${layers.join('')}</g><g aria-hidden="true">${copies.join('')}${boundaries.join('')}${trace}</g></svg>`
  );
}

function facts(stack: Stack, uid: string): string {
  const items = [
    `<strong>Kernels on the machine:</strong> ${escapeHtml(describeKernelsAsDrawn(stack))}.`,
    `<strong>A system call passes ${plural(kernelsOnPath(stack).length, 'kernel')}:</strong> ${escapeHtml(describePathKernels(stack))}.`,
    ...stack.boundaries.map((b) => `<strong>Isolation boundary:</strong> ${escapeHtml(describeBoundary(stack, b))}.`),
  ];
  return `<ul class="facts" id="${uid}-f">${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;
}

function steps(stack: Stack, kind: TraceKind): string {
  const items = syscallPath(stack, kind).map((s) => {
    const crosses = s.crosses.map((b) => ` <em>Crosses the isolation boundary: ${escapeHtml(b.label)}.</em>`).join('');
    return `<li data-step="${s.layer.id}"><strong>${escapeHtml(s.layer.label)}:</strong> ${escapeHtml(s.text)}${crosses}</li>`;
  });
  return (
    `<div class="steps" data-trace="${kind}"><p><strong>${traceLabels[kind].heading} in ${escapeHtml(stack.label)}, from the app down:</strong></p>` +
    `<ol>${items.join('')}</ol></div>`
  );
}

function asText(stack: Stack): string {
  const items = stack.layers.map(
    (l) =>
      `<li data-li="${l.id}"><strong class="n">${escapeHtml(l.label)}</strong> ` +
      `(<span class="m">${kindLabels[l.kind].toLowerCase()}, ${escapeHtml(scopeLabel(stack, l.scope))}</span>): ` +
      `<span class="d">${escapeHtml(l.description)}</span> Runs there: <span class="x">${escapeHtml(l.examples.join(', '))}</span>. ` +
      `<a href="${escapeHtml(l.source.url)}">${escapeHtml(l.source.title)}</a></li>`,
  );
  return (
    `<details open class="fig-text" data-text="${stack.id}"><summary>${escapeHtml(stack.label)}, layer by layer</summary>` +
    `<p>From the hardware up:</p><ol>${items.join('')}</ol><p>${escapeHtml(stack.note)}</p></details>`
  );
}

export interface FigureHtml {
  /** The diagram with its kernel count, boundaries and trace steps. */
  main: string;
  /** Every layer as text. */
  text: string;
}

/**
 * One stack's figure, in two parts so that a page can put the diagrams of two stacks side by
 * side before their texts; `uid` prefixes the ids that tie the diagram to its caption.
 */
export function figureHtml(stack: Stack, uid: string): FigureHtml {
  return {
    main:
      `<div class="fig-main" data-stack="${stack.id}">` +
      `<p class="title" id="${uid}-t"><strong>${escapeHtml(stack.label)}</strong></p>` +
      `${diagram(stack, uid)}${facts(stack, uid)}${traceKinds.map((k) => steps(stack, k)).join('')}</div>`,
    text: asText(stack),
  };
}

/** The figures of several stacks: all diagrams first, then all texts. */
export function figuresHtml(ids: readonly StackId[], uid: string): FigureHtml {
  const figures = ids.map((id) => figureHtml(getStack(id), `${uid}-${id}`));
  return { main: figures.map((f) => f.main).join(''), text: figures.map((f) => f.text).join('') };
}
