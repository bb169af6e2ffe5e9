import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { OTHER, segments } from './segments.ts';

describe('segments', () => {
  it('keeps large parts, in order, and groups the small ones into one "other"', () => {
    const s = segments(
      [
        { key: 'a', value: 50 },
        { key: 'b', value: 1 },
        { key: 'c', value: 45 },
        { key: 'd', value: 4 },
        { key: 'e', value: 0 },
      ],
      0.06,
    );
    expect(s.map((x) => x.key)).toEqual(['a', 'c', OTHER]);
    expect(s[2]?.members.map((m) => m.key)).toEqual(['b', 'd']);
    expect(s[2]?.share).toBeCloseTo(0.05);
    // "other" is drawn at the minimum width; the widest part gives the difference up.
    expect(s[2]?.width).toBeCloseTo(0.06);
    expect(s[0]?.width).toBeCloseTo(0.49);
  });

  it('draws nothing for an empty total', () => {
    expect(segments([{ key: 'a', value: 0 }], 0.06)).toEqual([]);
  });

  it('never draws a segment under the minimum, and the widths fill the bar', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 10 }), (values) => {
        const s = segments(
          values.map((value, i) => ({ key: String(i), value })),
          0.06,
        );
        if (values.every((v) => v === 0)) return s.length === 0;
        const sum = s.reduce((a, x) => a + x.width, 0);
        return s.every((x) => x.width >= 0.06 - 1e-9) && Math.abs(sum - 1) < 1e-9;
      }),
    );
  });
});
