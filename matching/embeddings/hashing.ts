import type { EmbeddingBackend } from './cached-embedder';
import { EMBEDDING_DIMENSIONS, normalize } from './embedder';

/** Bump when the features change: stored vectors of the old version are then re-embedded. */
export const HASHING_MODEL = 'hashing-v1';

/** Words too common in postings and resumes to say anything about a match. */
const STOPWORDS = new Set(
  (
    'a an and are as at be by for from has have in is it its of on or our that the their this to was we were will ' +
    'with you your who what when where which while all any can may must not such than then these they those ' +
    'us i me my he she his her them also into over per via etc job role work working team company'
  ).split(' '),
);

/**
 * Lower-cased words; keeps the characters that make tech names distinct ("c++", "c#", ".net",
 * "node.js") and drops trailing punctuation.
 */
export function lexicalTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}+#.]+/u)) {
    const word = raw.replace(/^\.+|\.+$/g, '');
    if (word.length === 0 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
    out.push(word);
  }
  return out;
}

/** FNV-1a, 32 bits: fast, stable across runs and platforms, good enough spread for feature hashing. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function addFeature(vector: Float32Array, feature: string, weight: number): void {
  const h = fnv1a(feature);
  // One bit of the hash picks the sign, so colliding features cancel on average instead of adding up.
  vector[h % vector.length] = (vector[h % vector.length] as number) + (h & 0x80000000 ? -weight : weight);
}

/**
 * Deterministic lexical embedding by feature hashing: sublinear term frequencies of words and of
 * adjacent word pairs, hashed into 384 signed buckets and L2-normalised. Cosine between two such
 * vectors approximates word-overlap similarity; it knows no synonyms. The fallback when no model
 * is available, and a fast stand-in in tests that need many vectors.
 */
export function hashEmbed(text: string, dimensions = EMBEDDING_DIMENSIONS): Float32Array {
  const tokens = lexicalTokens(text);
  const counts = new Map<string, number>();
  const bump = (feature: string): void => {
    counts.set(feature, (counts.get(feature) ?? 0) + 1);
  };
  tokens.forEach((token, i) => {
    bump(`w:${token}`);
    const next = tokens[i + 1];
    if (next !== undefined) bump(`b:${token} ${next}`);
  });
  const vector = new Float32Array(dimensions);
  for (const [feature, count] of counts) {
    // Word pairs count half: they sharpen phrases ("data engineer") without drowning single words.
    addFeature(vector, feature, (feature.startsWith('b:') ? 0.5 : 1) * (1 + Math.log(count)));
  }
  return normalize(vector);
}

export function createHashingBackend(): EmbeddingBackend {
  return {
    provider: 'hash',
    model: HASHING_MODEL,
    dimensions: EMBEDDING_DIMENSIONS,
    // Word-overlap cosines: unrelated texts share almost nothing, near-duplicates most words.
    calibration: { unrelated: 0.02, strong: 0.5 },
    maxBatchSize: 1024,
    async embedBatch(texts) {
      return texts.map((t) => hashEmbed(t));
    },
    close: async () => undefined,
  };
}
