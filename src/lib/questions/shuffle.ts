/**
 * A seeded shuffle, so the page's fallback order is the same on every build (stable HTML, stable
 * tests) and a session can be replayed from its seed.
 */

/** A 32-bit hash of a string (FNV-1a), to seed from an id or a URL parameter. */
export function seedFrom(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: small, fast and good enough to order quiz options. Returns numbers in [0, 1). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates on a copy; the input is left as it was. */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const next = random(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * The order to show a question's options in, as indices into its list. For an `order` question
 * the list is the right order, so showing it unshuffled would give the answer away: a shuffle
 * that happens to return the identity is rotated by one.
 */
export function displayOrder(length: number, seed: number, mustDiffer: boolean): number[] {
  const order = shuffle(
    Array.from({ length }, (_, i) => i),
    seed,
  );
  if (mustDiffer && length > 1 && order.every((value, index) => value === index)) order.push(order.shift() as number);
  return order;
}
