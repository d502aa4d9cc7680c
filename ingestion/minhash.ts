/**
 * Near-duplicate detection by MinHash over word shingles, with locality-sensitive hashing (LSH)
 * to find candidates without comparing every pair. Owned here rather than taken from a package:
 * the algorithm is short, and the signature and band keys must be exactly reproducible in the
 * database (they are stored as int4 arrays and matched with a GIN index).
 *
 * A signature is PERMUTATIONS minimums of 32-bit hashes; two signatures agree at a position with
 * probability equal to the Jaccard similarity of the two shingle sets. LSH cuts the signature into
 * BANDS bands of ROWS values; two postings become candidates when any band is identical, which
 * happens with probability 1 − (1 − J^ROWS)^BANDS.
 */
import { foldAccents } from '../common/fold-accents';

/** Signature length. 128 gives a Jaccard estimate with a standard deviation of at most 0.044. */
export const PERMUTATIONS = 128;
/** 32 bands of 4: a pair at Jaccard 0.5 becomes a candidate with probability 0.87, at 0.6 0.99. */
export const BANDS = 32;
export const ROWS = PERMUTATIONS / BANDS;
/** Words per shingle. */
export const SHINGLE_WORDS = 3;

/** MurmurHash3's finalizer: a bijection on 32-bit integers that mixes every input bit. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;

/** FNV-1a's state after `text`'s UTF-16 code units, starting from `h`. */
function fnv(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** FNV-1a over UTF-16 code units, then mixed: a fast 32-bit string hash. */
function hashString(text: string): number {
  return fmix32(fnv(FNV_OFFSET, text));
}

/**
 * One seed per permutation, fixed forever: stored signatures must stay comparable with new ones.
 * Changing them (or PERMUTATIONS, BANDS, SHINGLE_WORDS) means recomputing every stored signature.
 */
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(PERMUTATIONS);
  let state = 0x9e3779b9;
  for (let i = 0; i < PERMUTATIONS; i++) {
    state = fmix32(state + 0x6d2b79f5);
    seeds[i] = state;
  }
  return seeds;
})();

/** Lower-case words without accents and punctuation, digits kept ("5+ years" → "5", "years"). */
export function words(text: string): string[] {
  return (
    foldAccents(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/**
 * Hashes of the distinct SHINGLE_WORDS-word shingles of a text's words (`words()`); fewer words than
 * that are one shingle. Each hash is `hashString` of the words joined by spaces, computed without
 * building the joined strings (this runs over every word of every posting).
 */
export function shingleHashes(w: readonly string[]): Uint32Array {
  if (w.length === 0) return new Uint32Array(0);
  const out = new Set<number>();
  if (w.length < SHINGLE_WORDS) out.add(hashString(w.join(' ')));
  for (let i = 0; i + SHINGLE_WORDS <= w.length; i++) {
    let h = fnv(FNV_OFFSET, w[i] as string);
    for (let k = 1; k < SHINGLE_WORDS; k++) h = fnv(Math.imul(h ^ SPACE, FNV_PRIME), w[i + k] as string);
    out.add(fmix32(h));
  }
  return Uint32Array.from(out);
}

/** The MinHash signature of a set of shingle hashes; null for an empty set (nothing to compare). */
export function minhashSignature(shingles: Uint32Array): Uint32Array | null {
  if (shingles.length === 0) return null;
  const signature = new Uint32Array(PERMUTATIONS).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const x = shingles[s] as number;
    for (let p = 0; p < PERMUTATIONS; p++) {
      const h = fmix32((x ^ (SEEDS[p] as number)) >>> 0);
      if (h < (signature[p] as number)) signature[p] = h;
    }
  }
  return signature;
}

/** The share of positions where two signatures agree: an unbiased estimate of their Jaccard. */
export function estimatedJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length || a.length === 0) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if ((a[i] as number) >>> 0 === (b[i] as number) >>> 0) same++;
  return same / a.length;
}

/**
 * One key per band: the band's values hashed together with the band's index, as a signed 32-bit
 * integer (PostgreSQL's int4). Two postings share a key exactly when a band is identical (up to
 * 32-bit collisions, which only add a candidate that the Jaccard check then drops).
 */
export function lshKeys(signature: ArrayLike<number>): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = fmix32(band + 1);
    for (let r = 0; r < ROWS; r++) {
      h = fmix32((h ^ ((signature[band * ROWS + r] as number) >>> 0)) + 0x9e3779b9);
    }
    keys.push(h | 0);
  }
  return keys;
}

/** A signature as PostgreSQL int4 values (signed) and back. */
export function toSignedInts(signature: Uint32Array): number[] {
  return Array.from(signature, (v) => v | 0);
}

export function fromSignedInts(values: readonly number[]): Uint32Array {
  return Uint32Array.from(values, (v) => v >>> 0);
}
