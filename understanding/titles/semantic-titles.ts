import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { loadOnet } from '../onet/load';
import { isHeldOutTitle, normalizeTitle } from './title-features';

/** data/hermes/title-word-vectors.json.gz, written by scripts/hermes/build-title-vectors.ts. */
export interface TitleWordVectorsFile {
  readonly version: string;
  readonly model: string;
  readonly dimensions: number;
  readonly words: readonly string[];
  /** int8 rows, one per word, base64. */
  readonly vectors: string;
}

export const TITLE_WORD_VECTORS_FILE = path.resolve(
  __dirname,
  '..',
  '..',
  'data',
  'hermes',
  'title-word-vectors.json.gz',
);

/**
 * The semantic signal: a title's meaning as the weighted mean of its words' vectors (distilled from
 * a sentence-embedding model), compared with every O*NET alternate and reported title the same way.
 * "Open Source Engineer" and "QA Engineer" land near "Software Developer" and "Quality Assurance
 * Engineer" although they share few letters with them.
 */
export interface SemanticTitles {
  readonly version: string;
  /** Unit vector of a title, or null when none of its words is known. */
  embed(title: string): Float32Array | null;
  /** Per class (indexed like `classes`), the cosine between the title and the class's centroid. */
  centroidSimilarities(vector: Float32Array): Float64Array;
  /**
   * Raises, in place, each candidate class's similarity to the best cosine between the title and
   * one of the occupation's own titles (its nearest neighbour).
   */
  nearestTitles(vector: Float32Array, candidates: Iterable<number>, similarities: Float64Array): Float64Array;
}

const NEIGHBOUR_DIMENSIONS = 48;

/**
 * Per class, the O*NET titles the semantic index holds (normalized, distinct): the occupation's
 * own title and its alternate and reported titles, less the held-out ones eval:hermes scores.
 */
export function indexedTitles(classes: readonly string[]): string[][] {
  const onet = loadOnet();
  return classes.map((code) => {
    const t = onet.titles(code);
    return [
      ...new Set([onet.occupation(code)?.title ?? code, ...t.alternate, ...t.reported].map(normalizeTitle)),
    ].filter((n) => n && !isHeldOutTitle(n));
  });
}

/**
 * How much each word weighs in a title's mean: frequent title words ("manager", "engineer") say
 * less than rare ones ("phlebotomist").
 */
export function titleWordWeights(titlesByClass: readonly (readonly string[])[]): (word: string) => number {
  const frequency = new Map<string, number>();
  let total = 0;
  for (const titles of titlesByClass)
    for (const t of titles)
      for (const w of t.split(' ')) {
        frequency.set(w, (frequency.get(w) ?? 0) + 1);
        total++;
      }
  return (w) => 1e-3 / (1e-3 + (frequency.get(w) ?? 0) / total);
}

export function loadSemanticTitles(classes: readonly string[], file = TITLE_WORD_VECTORS_FILE): SemanticTitles {
  const data = JSON.parse(zlib.gunzipSync(fs.readFileSync(file)).toString('utf8')) as TitleWordVectorsFile;
  const d = data.dimensions;
  const raw = Buffer.from(data.vectors, 'base64');
  const rows = new Int8Array(raw.buffer, raw.byteOffset, raw.length);
  const wordIndex = new Map(data.words.map((w, i) => [w, i]));

  const titlesByClass = indexedTitles(classes);
  const weightOf = titleWordWeights(titlesByClass);

  const embedNormalized = (normalized: string): Float32Array | null => {
    const v = new Float32Array(d);
    let any = false;
    for (const w of normalized.split(' ')) {
      const r = wordIndex.get(w);
      if (r === undefined) continue;
      any = true;
      const weight = weightOf(w);
      const offset = r * d;
      for (let i = 0; i < d; i++) v[i]! += weight * rows[offset + i]!;
    }
    if (!any) return null;
    let norm = 0;
    for (let i = 0; i < d; i++) norm += v[i]! * v[i]!;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < d; i++) v[i]! /= norm;
    return v;
  };

  // Index: every O*NET title's vector, grouped by class, and each class's centroid.
  const starts = new Int32Array(classes.length + 1);
  const vectors: Float32Array[] = [];
  const centroids = new Float32Array(classes.length * d);
  titlesByClass.forEach((titles, c) => {
    starts[c] = vectors.length;
    for (const t of titles) {
      const v = embedNormalized(t);
      if (!v) continue;
      vectors.push(v);
      for (let i = 0; i < d; i++) centroids[c * d + i]! += v[i]!;
    }
    let norm = 0;
    for (let i = 0; i < d; i++) norm += centroids[c * d + i]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < d; i++) centroids[c * d + i]! /= norm;
  });
  starts[classes.length] = vectors.length;
  // The nearest-neighbour pass compares thousands of titles per posting: on the leading principal
  // components only (they carry most of the variance), renormalized, it costs a third.
  const nd = Math.min(d, NEIGHBOUR_DIMENSIONS);
  const head = (v: Float32Array): Float32Array => {
    const out = v.slice(0, nd);
    let norm = 0;
    for (let i = 0; i < nd; i++) norm += out[i]! * out[i]!;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < nd; i++) out[i]! /= norm;
    return out;
  };
  const index = new Float32Array(vectors.length * nd);
  vectors.forEach((v, r) => index.set(head(v), r * nd));

  return {
    version: data.version,
    embed: (title) => embedNormalized(normalizeTitle(title)),
    centroidSimilarities(vector) {
      const out = new Float64Array(classes.length);
      for (let c = 0; c < classes.length; c++) {
        let s = 0;
        for (let i = 0; i < d; i++) s += vector[i]! * centroids[c * d + i]!;
        out[c] = s;
      }
      return out;
    },
    nearestTitles(vector, candidates, out) {
      const q = head(vector);
      for (const c of candidates) {
        let best = -1;
        for (let r = starts[c]!; r < starts[c + 1]!; r++) {
          let s = 0;
          const offset = r * nd;
          for (let i = 0; i < nd; i++) s += q[i]! * index[offset + i]!;
          if (s > best) best = s;
        }
        if (best > out[c]!) out[c] = best;
      }
      return out;
    },
  };
}
