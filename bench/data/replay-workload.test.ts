import { seededRandom } from '../stats';
import { commonTitles, queryUniverse, replayWorkload, zipfSampler } from './replay-workload';

describe('the replay workload', () => {
  it('draws ranks by Zipf’s law', () => {
    const draw = zipfSampler(1000, 1, seededRandom(3));
    const counts = new Array<number>(1000).fill(0);
    for (let i = 0; i < 200_000; i++) counts[draw()]! += 1;
    // P(rank 1) / P(rank 2) = 2 and P(rank 1) / P(rank 10) = 10 under s = 1.
    expect(counts[0]! / counts[1]!).toBeCloseTo(2, 0);
    expect(counts[0]! / counts[9]!).toBeGreaterThan(8.5);
    expect(counts[0]! / counts[9]!).toBeLessThan(11.5);
    expect(Math.min(...counts.slice(0, 10))).toBeGreaterThan(0);
  });

  it('searches common titles of many professions, weighted by employment', () => {
    const titles = commonTitles();
    expect(titles.length).toBeGreaterThan(2000);
    const top = titles.slice(0, 40).map((t) => t.title);
    expect(top).toEqual(expect.arrayContaining(['Cashier', 'Sales Associate', 'Truck Driver', 'Staff Nurse']));
    expect(top.every((t) => !/\(/.test(t))).toBe(true);
  });

  it('is reproducible, with the asked share of paid searches', () => {
    const options = {
      searches: 2000,
      paidShare: 0.3,
      zipfExponent: 1,
      universe: 500,
      repeatShare: 0.33,
      searchesPerUser: 10,
      seed: 11,
    };
    const queries = queryUniverse(500);
    expect(new Set(queries.map((q) => `${q.keyword}|${q.location}`)).size).toBe(500);
    const a = replayWorkload(options, queries);
    expect(replayWorkload(options, queries)).toEqual(a);
    const paid = a.filter((s) => s.tier === 'paid').length / a.length;
    expect(paid).toBeGreaterThan(0.27);
    expect(paid).toBeLessThan(0.33);
    expect(a.filter((s) => s.rank === 0).length).toBeGreaterThan(a.filter((s) => s.rank === 9).length);
    // People repeat their own searches: about a third once they have a history.
    const repeats = a.filter((s) => s.repeat);
    expect(repeats.length / a.length).toBeGreaterThan(0.2);
    expect(repeats.length / a.length).toBeLessThan(0.33);
    for (const r of repeats) {
      const before = a.slice(0, a.indexOf(r));
      expect(before.some((s) => s.tier === r.tier && s.user === r.user && s.rank === r.rank)).toBe(true);
    }
    expect(new Set(a.filter((s) => s.tier === 'paid').map((s) => s.user)).size).toBe(60);
  });
});
