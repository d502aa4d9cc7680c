/**
 * Deterministic randomness for the corpus. Every posting draws from its own generator seeded by
 * (corpus seed, posting index, stream), so any posting can be produced on its own, in any order,
 * without generating the ones before it, and adding a field to one stream never shifts another.
 */

/** 32-bit avalanche mix ("lowbias32", Chris Wellons' hash prospector); a bijection on uint32. */
export function mix32(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Multiplicative inverse modulo 2^32 of an odd number (Newton's iteration doubles the bits each step). */
function inverseOdd32(a: number): number {
  let y = a;
  for (let i = 0; i < 5; i++) y = Math.imul(y, 2 - Math.imul(a, y));
  return y >>> 0;
}

const INV_A = inverseOdd32(0x846ca68b);
const INV_B = inverseOdd32(0x7feb352d);

/** The inverse of mix32: unmix32(mix32(x)) === x for every uint32. */
export function unmix32(value: number): number {
  let x = value >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, INV_A);
  x ^= (x >>> 15) ^ (x >>> 30);
  x = Math.imul(x, INV_B);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Hashes a string into a uint32 (FNV-1a, then mixed). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** Combines several uint32 values into one well-mixed uint32. */
export function combine(...parts: readonly number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) h = mix32((h ^ (part >>> 0)) + 0x9e3779b9);
  return h >>> 0;
}

/** A small, fast, seedable generator (mulberry32) with the draws the corpus needs. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Up to `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) {
      const i = Math.floor(this.next() * pool.length);
      out.push(pool[i] as T);
      pool[i] = pool[pool.length - 1] as T;
      pool.pop();
    }
    return out;
  }

  /** Exponentially distributed with the given mean. */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }
}

/**
 * Weighted choice in O(log n): the cumulative weights are built once, each draw is a binary search.
 */
export class WeightedTable<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(
    private readonly items: readonly T[],
    weight: (item: T) => number,
  ) {
    let sum = 0;
    for (const item of items) {
      const w = weight(item);
      if (!(w >= 0)) throw new Error('weights must be non-negative numbers');
      sum += w;
      this.cumulative.push(sum);
    }
    if (sum <= 0) throw new Error('a weighted table needs a positive total weight');
    this.total = sum;
  }

  draw(random: Random): T {
    const target = random.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cumulative[mid] as number) > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo] as T;
  }
}
