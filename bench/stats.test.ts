import { bootstrapInterval, bootstrapIntervals, mean, ndcgAt, percentile, precisionAt } from './stats';

describe('benchmark statistics', () => {
  it('percentile uses the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile([3], 95)).toBe(3);
  });

  it('nDCG is 1 for the ideal order and lower when relevant items sink', () => {
    const all = [2, 1, 0, 0, 2];
    expect(ndcgAt(3, [2, 2, 1], all)).toBeCloseTo(1, 10);
    expect(ndcgAt(3, [0, 0, 2], all)).toBeCloseTo(3 / Math.log2(4) / (3 + 3 / Math.log2(3) + 1 / 2), 10);
    expect(ndcgAt(3, [0, 0, 0], [0, 0])).toBe(0);
  });

  it('precision counts items at or above the threshold', () => {
    expect(precisionAt(4, [2, 1, 2, 0, 2], 2)).toBe(0.5);
  });

  it('bootstraps an interval that holds the figure, narrows with more units and repeats with its seed', () => {
    const few = Array.from({ length: 20 }, (_, i) => (i % 4 === 0 ? 1 : 0));
    const many = Array.from({ length: 2000 }, (_, i) => (i % 4 === 0 ? 1 : 0));
    const [lo, hi] = bootstrapInterval(few, mean);
    expect(lo).toBeLessThan(0.25);
    expect(hi).toBeGreaterThan(0.25);
    const [manyLo, manyHi] = bootstrapInterval(many, mean);
    expect(manyHi - manyLo).toBeLessThan((hi - lo) / 5);
    expect(bootstrapInterval(few, mean)).toEqual([lo, hi]);
    expect(bootstrapInterval([7, 7, 7], mean)).toEqual([7, 7]);
    expect(bootstrapInterval([], mean)).toEqual([Number.NaN, Number.NaN]);
  });

  it('takes several statistics on the same resamples, each as its own interval would be', () => {
    const units = [1, 4, 2, 8, 5, 7, 3, 6, 9, 0];
    const max = (xs: readonly number[]) => Math.max(...xs);
    const both = bootstrapIntervals(units, (sample) => ({ mean: mean(sample), max: max(sample) }));
    expect(both).toEqual({ mean: bootstrapInterval(units, mean), max: bootstrapInterval(units, max) });
    expect(bootstrapIntervals([], (sample) => ({ mean: mean(sample) }))).toBeNull();
  });
});
