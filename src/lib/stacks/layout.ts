/**
 * Where each layer of a stack sits in the diagram: rows from the bottom up, repeated layers cut
 * into copies, a layer that runs beside the others as a column, and a taller gap where an
 * isolation boundary lies so its line and label fit between the rows. Plain numbers in SVG user
 * units, so the component only draws.
 */
import { copiesOf, type Boundary, type Layer, type Stack } from './stacks.ts';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface PlacedLayer {
  layer: Layer;
  /** One box per copy (three VMs, six pods). */
  boxes: Rect[];
  /** The text drawn in each box: the label, or the short label where the label does not fit. */
  text: string;
  /** Vertical centre used by the trace. */
  cy: number;
}

export interface PlacedBoundary {
  boundary: Boundary;
  y: number;
  x1: number;
  x2: number;
}

export interface StackLayout {
  width: number;
  height: number;
  /** The column at the left where the traced call travels. */
  laneX: number;
  layers: PlacedLayer[];
  boundaries: PlacedBoundary[];
}

export const WIDTH = 340;
const LANE = 22;
const ROW = 30;
const GAP = 6;
const BOUNDARY_GAP = 24;
const COPY_GAP = 6;
const BESIDE_SHARE = 0.3;
/**
 * The labels' font size in SVG units. A diagram is drawn at about one CSS pixel per unit or more
 * wherever it has its own column, so 14 keeps labels at the body's small-text size (0.875rem).
 */
export const FONT_SIZE = 14;
/** Average advance of a character at FONT_SIZE, rounded up. */
export const CHAR_WIDTH = 8;
/** Room left at each side of a label inside its box. */
const PAD = 3;

export function textFits(text: string, width: number): boolean {
  return text.length * CHAR_WIDTH <= width - 2 * PAD;
}

export function layoutStack(stack: Stack): StackLayout {
  const left = LANE;
  const right = WIDTH;
  const boundaryUnder = new Set(stack.boundaries.map((b) => b.above));

  // Rows from the bottom; a beside layer shares the row of the layer that follows it.
  let y = 0;
  const rowBottom = new Map<string, number>();
  for (const layer of stack.layers) {
    if (boundaryUnder.has(layer.id) && rowBottom.size > 0) y += BOUNDARY_GAP - GAP;
    rowBottom.set(layer.id, y);
    if (!layer.beside) y += ROW + GAP;
  }
  const height = y - GAP;
  const flip = (bottom: number, h: number) => height - bottom - h;

  const besideIndex = stack.layers.findIndex((l) => l.beside);
  const placed: PlacedLayer[] = stack.layers.map((layer, index) => {
    const bottom = rowBottom.get(layer.id) ?? 0;
    if (layer.beside) {
      const w = (right - left) * BESIDE_SHARE;
      const box = { x: left, y: 0, w, h: height - bottom };
      return { layer, boxes: [box], text: pick(layer, w), cy: flip(bottom, ROW) + ROW / 2 };
    }
    const x0 = besideIndex >= 0 && index > besideIndex ? left + (right - left) * BESIDE_SHARE + COPY_GAP : left;
    const copies = copiesOf(stack, layer);
    const w = (right - x0 - COPY_GAP * (copies - 1)) / copies;
    const boxes = Array.from({ length: copies }, (_, i) => ({
      x: x0 + i * (w + COPY_GAP),
      y: flip(bottom, ROW),
      w,
      h: ROW,
    }));
    return { layer, boxes, text: pick(layer, w), cy: flip(bottom, ROW) + ROW / 2 };
  });

  const boundaries = stack.boundaries.map((boundary) => {
    const above = placed.find((p) => p.layer.id === boundary.above);
    const first = above?.boxes[0];
    const last = above?.boxes.at(-1);
    const top = first ? first.y + first.h : 0;
    return { boundary, y: top + BOUNDARY_GAP / 2, x1: first?.x ?? left, x2: last ? last.x + last.w : right };
  });

  return { width: WIDTH, height, laneX: LANE / 2, layers: placed, boundaries };
}

function pick(layer: Layer, width: number): string {
  return textFits(layer.label, width) ? layer.label : (layer.short ?? layer.label);
}
