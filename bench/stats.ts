/** Small statistics for benchmark reports. */

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

export const round = (x: number, digits = 1): number => Math.round(x * 10 ** digits) / 10 ** digits;

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((s, v) => s + v, 0) / values.length;
}

/** nDCG@k with graded gains (2^rel − 1) against the ideal ordering of all judged items. */
export function ndcgAt(k: number, ranked: readonly number[], allRelevances: readonly number[]): number {
  const dcg = (rels: readonly number[]): number =>
    rels.slice(0, k).reduce((s, rel, i) => s + (2 ** rel - 1) / Math.log2(i + 2), 0);
  const ideal = dcg([...allRelevances].sort((a, b) => b - a));
  return ideal === 0 ? 0 : dcg(ranked) / ideal;
}

export function precisionAt(k: number, ranked: readonly number[], threshold: number): number {
  return ranked.slice(0, k).filter((rel) => rel >= threshold).length / k;
}

/** Deterministic pseudo-random numbers (mulberry32) for reproducible benchmark data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 95% percentile-bootstrap interval of a statistic over independent units (labelled excerpts,
 * titles): `draws` resamples of the units with replacement, seeded so a run repeats, and the 2.5th
 * and 97.5th percentiles of the statistic over them. It says how far a figure measured on a few
 * dozen units could move on another few dozen like them.
 */
export function bootstrapInterval<T>(
  units: readonly T[],
  statistic: (sample: readonly T[]) => number,
  draws = 2000,
  seed = 1,
): [number, number] {
  if (units.length === 0) return [Number.NaN, Number.NaN];
  const random = seededRandom(seed);
  const values: number[] = [];
  for (let d = 0; d < draws; d++) {
    const sample = Array.from({ length: units.length }, () => units[Math.floor(random() * units.length)] as T);
    values.push(statistic(sample));
  }
  return [percentile(values, 2.5), percentile(values, 97.5)];
}
