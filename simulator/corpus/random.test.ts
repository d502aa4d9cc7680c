import { Random, WeightedTable, combine, hashString, mix32, unmix32 } from './random';

describe('corpus randomness', () => {
  it('mix32 is a bijection that unmix32 inverts', () => {
    const probe = new Random(99);
    for (let i = 0; i < 10_000; i++) {
      const x = Math.floor(probe.next() * 2 ** 32) >>> 0;
      expect(unmix32(mix32(x))).toBe(x);
    }
    for (const edge of [0, 1, 0x7fffffff, 0x80000000, 0xffffffff]) expect(unmix32(mix32(edge))).toBe(edge);
  });

  it('replays the same sequence from the same seed, a different one from another', () => {
    const draw = (seed: number): number[] => {
      const r = new Random(seed);
      return Array.from({ length: 20 }, () => r.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(combine(1, 2)).not.toBe(combine(2, 1));
    expect(hashString('indeed')).toBe(hashString('indeed'));
  });

  it('draws uniformly enough and inside its bounds', () => {
    const r = new Random(1);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 40_000; i++) {
      const v = r.int(0, 3);
      counts[v] = (counts[v] ?? 0) + 1;
    }
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(600);
    const sample = r.sample([1, 2, 3, 4, 5], 3);
    expect(new Set(sample).size).toBe(3);
    expect(r.sample([1, 2], 5).sort()).toEqual([1, 2]);
  });

  it('weighted tables follow their weights and refuse empty ones', () => {
    const table = new WeightedTable(['a', 'b', 'c'], (x) => (x === 'a' ? 6 : x === 'b' ? 3 : 1));
    const r = new Random(3);
    const counts: Record<string, number> = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 50_000; i++) counts[table.draw(r)]! += 1;
    expect(counts.a! / 50_000).toBeCloseTo(0.6, 1);
    expect(counts.b! / 50_000).toBeCloseTo(0.3, 1);
    expect(counts.c! / 50_000).toBeCloseTo(0.1, 1);
    expect(() => new WeightedTable([], () => 1)).toThrow();
    expect(() => new WeightedTable(['x'], () => -1)).toThrow();
  });
});
