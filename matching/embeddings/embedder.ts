import { sameSpaceModels } from './minilm-files';

/**
 * One interface for every way Hirehound turns text into vectors. Jobs and resumes store the
 * embedder's `tag` beside each vector, so a vector made by another model is recognised (and
 * re-embedded) instead of being compared with ours.
 */

export type EmbeddingProvider = 'local' | 'hf' | 'hash';

/** Every stored vector has this many dimensions (the jobs/resumes columns are vector(384)). */
export const EMBEDDING_DIMENSIONS = 384;

export interface Embedder {
  readonly provider: EmbeddingProvider;
  /** The model: vectors are comparable exactly when their `model` is equal, whatever the provider. */
  readonly model: string;
  /** `provider:model`, recorded with every stored vector. */
  readonly tag: string;
  readonly dimensions: number;
  /**
   * Cosine similarities this model gives to an unrelated pair and to a strongly matching pair of
   * texts, measured on postings and resumes; the semantic score maps [unrelated, strong] onto 0..100.
   */
  readonly calibration: SimilarityCalibration;
  /** Unit-length vectors, one per text, in input order. */
  embed(texts: readonly string[]): Promise<Float32Array[]>;
  /** Releases native resources (the ONNX session); the embedder is unusable afterwards. */
  close(): Promise<void>;
}

export interface SimilarityCalibration {
  readonly unrelated: number;
  readonly strong: number;
}

export function embeddingTag(provider: EmbeddingProvider, model: string): string {
  return `${provider}:${model}`;
}

/** The model part of a stored tag ("local:all-MiniLM-L6-v2" → "all-MiniLM-L6-v2"); null for none. */
export function modelOfTag(tag: string | null): string | null {
  if (tag === null) return null;
  const i = tag.indexOf(':');
  return i < 0 ? tag : tag.slice(i + 1);
}

/**
 * Every tag whose vectors live in the same space as `embedder`'s: the same model or a quantization
 * of it (minilm-files.ts), from any provider.
 */
export function compatibleTags(embedder: Pick<Embedder, 'model'>): string[] {
  return sameSpaceModels(embedder.model).flatMap((model) =>
    (['local', 'hf', 'hash'] as const).map((p) => embeddingTag(p, model)),
  );
}

/** In place; a zero vector stays zero (cosine with it is 0, never NaN). */
export function normalize(vector: Float32Array): Float32Array {
  let sum = 0;
  for (let i = 0; i < vector.length; i++) sum += (vector[i] as number) ** 2;
  const norm = Math.sqrt(sum);
  if (norm > 0) for (let i = 0; i < vector.length; i++) vector[i] = (vector[i] as number) / norm;
  return vector;
}

export function cosine(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new RangeError(`cosine of vectors of lengths ${a.length} and ${b.length}`);
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    const y = b[i] as number;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}
