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
 * 95% percentile-bootstrap intervals of several statistics over independent units (labelled
 * excerpts, titles): `draws` resamples of the units with replacement, seeded so a run repeats, each
 * statistic taken on the same resamples, and the 2.5th and 97.5th percentiles of each over them.
 * They say how far a figure measured on a few dozen units could move on another few dozen like them.
 */
export function bootstrapIntervals<T, K extends string>(
  units: readonly T[],
  statistics: (sample: readonly T[]) => Record<K, number>,
  draws = 2000,
  seed = 1,
): Record<K, [number, number]> | null {
  if (units.length === 0) return null;
  const random = seededRandom(seed);
  const values = new Map<K, number[]>();
  for (let d = 0; d < draws; d++) {
    const sample = Array.from({ length: units.length }, () => units[Math.floor(random() * units.length)] as T);
    for (const [key, value] of Object.entries(statistics(sample)) as [K, number][]) {
      const list = values.get(key) ?? [];
      list.push(value);
      values.set(key, list);
    }
  }
  return Object.fromEntries(
    [...values].map(([key, vs]) => [key, [percentile(vs, 2.5), percentile(vs, 97.5)]]),
  ) as Record<K, [number, number]>;
}

/** The 95% bootstrap interval of one statistic (`bootstrapIntervals` with one). */
export function bootstrapInterval<T>(
  units: readonly T[],
  statistic: (sample: readonly T[]) => number,
  draws = 2000,
  seed = 1,
): [number, number] {
  return (
    bootstrapIntervals(units, (sample) => ({ value: statistic(sample) }), draws, seed)?.value ?? [
      Number.NaN,
      Number.NaN,
    ]
  );
}
