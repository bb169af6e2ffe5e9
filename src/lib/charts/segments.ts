/**
 * The segments of one stacked bar, legible on a phone: a part too small to see on its own joins
 * a single "other" segment (whose members a legend lists), and no drawn segment is narrower than
 * `minShare` of the bar, the difference taken from the widest one. The widths therefore stray a
 * little from the exact shares; the labels and tables always give the exact figures.
 */
export interface Part {
  key: string;
  value: number;
}

export interface Segment {
  /** The part's key, or OTHER for the grouped small parts. */
  key: string;
  /** Exact share of the total, 0–1. */
  share: number;
  /** Drawn share of the bar, 0–1: at least `minShare`. */
  width: number;
  value: number;
  /** The parts a segment stands for: itself, or every small part in "other". */
  members: Part[];
}

export const OTHER = 'other';

export function segments(parts: readonly Part[], minShare: number): Segment[] {
  const shown = parts.filter((p) => p.value > 0 && Number.isFinite(p.value));
  const total = shown.reduce((sum, p) => sum + p.value, 0);
  if (total <= 0) return [];
  const out: Segment[] = [];
  const small: Part[] = [];
  for (const p of shown) {
    const share = p.value / total;
    if (share >= minShare) out.push({ key: p.key, share, width: share, value: p.value, members: [p] });
    else small.push(p);
  }
  if (small.length > 0) {
    const value = small.reduce((sum, p) => sum + p.value, 0);
    out.push({ key: OTHER, share: value / total, width: value / total, value, members: small });
  }
  // Widen what is still too narrow (only "other" can be), at the expense of the widest segment.
  const widest = out.reduce((a, b) => (b.width > a.width ? b : a));
  for (const s of out) {
    if (s !== widest && s.width < minShare) {
      widest.width -= minShare - s.width;
      s.width = minShare;
    }
  }
  return out;
}
