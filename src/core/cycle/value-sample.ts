/**
 * The OIV checks data reliability on a sample of values. The sample is drawn with a seeded
 * pseudo-random generator so that it can be drawn again identically (the seed is recorded with the
 * validation): a plain uniform draw without replacement, reproducible from (items, size, seed).
 */

/** mulberry32: a small, well-distributed 32-bit generator; same seed, same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** `size` items drawn uniformly without replacement (all of them when fewer), in the items' order. */
export function drawSample<T>(items: readonly T[], size: number, seed: number): T[] {
  if (size >= items.length) return [...items];
  const random = seededRandom(seed);
  const indices = items.map((_, i) => i);
  // Partial Fisher–Yates: the first `size` slots end up a uniform sample.
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (indices.length - i));
    [indices[i], indices[j]] = [indices[j]!, indices[i]!];
  }
  return indices.slice(0, size).sort((a, b) => a - b).map((i) => items[i]!);
}
