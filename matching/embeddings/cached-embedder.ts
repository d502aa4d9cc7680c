import crypto from 'node:crypto';
import { HirehoundError } from '../../common/errors';
import { type Embedder, type EmbeddingProvider, type SimilarityCalibration, embeddingTag } from './embedder';
import { LruCache } from './lru-cache';

/** What each provider implements: one batch of texts in, one unit vector per text out. */
export interface EmbeddingBackend {
  readonly provider: EmbeddingProvider;
  readonly model: string;
  readonly dimensions: number;
  readonly calibration: SimilarityCalibration;
  /** Largest batch the backend accepts in one call (a request body limit, or memory). */
  readonly maxBatchSize: number;
  embedBatch(texts: readonly string[]): Promise<Float32Array[]>;
  close(): Promise<void>;
}

export interface CachedEmbedderOptions {
  readonly batchSize: number;
  /** Entries kept in the in-process LRU; 0 disables it. */
  readonly cacheSize: number;
}

/** Long texts are keyed by digest so the cache's memory is bounded by entries, not by text length. */
function cacheKey(text: string): string {
  return text.length <= 256 ? `t:${text}` : `h:${crypto.createHash('sha256').update(text).digest('base64')}`;
}

/**
 * The Embedder every caller gets: repeated texts (the same profile on every search, the same
 * listing found again) come from a bounded LRU, duplicates within a call are embedded once, and the
 * rest go to the backend in batches.
 */
export function createCachedEmbedder(backend: EmbeddingBackend, options: CachedEmbedderOptions): Embedder {
  const batchSize = Math.max(1, Math.min(options.batchSize, backend.maxBatchSize));
  const cache = new LruCache<string, Float32Array>(options.cacheSize);
  return {
    provider: backend.provider,
    model: backend.model,
    tag: embeddingTag(backend.provider, backend.model),
    dimensions: backend.dimensions,
    calibration: backend.calibration,
    async embed(texts) {
      const keys = texts.map(cacheKey);
      const found = new Map<string, Float32Array>();
      const pending: { key: string; text: string }[] = [];
      const queued = new Set<string>();
      keys.forEach((key, i) => {
        const hit = cache.get(key);
        if (hit) found.set(key, hit);
        else if (!queued.has(key)) {
          queued.add(key);
          pending.push({ key, text: texts[i] as string });
        }
      });
      // Similar lengths share a batch, so a short text is not padded to a long one's length.
      pending.sort((a, b) => a.text.length - b.text.length);
      for (let start = 0; start < pending.length; start += batchSize) {
        const batch = pending.slice(start, start + batchSize);
        const vectors = await backend.embedBatch(batch.map((p) => p.text));
        if (vectors.length !== batch.length) {
          throw new HirehoundError('EMBEDDING_PROVIDER_FAILED', {
            message: `${backend.provider} returned ${vectors.length} vectors for ${batch.length} texts`,
          });
        }
        batch.forEach((p, i) => {
          const vector = vectors[i] as Float32Array;
          if (vector.length !== backend.dimensions) {
            throw new HirehoundError('EMBEDDING_DIMENSION_MISMATCH', {
              message: `${backend.provider} returned a ${vector.length}-d vector, expected ${backend.dimensions}`,
            });
          }
          cache.set(p.key, vector);
          found.set(p.key, vector);
        });
      }
      // Copies: a caller that scales or normalises its vector in place must not corrupt the cache.
      return keys.map((key) => (found.get(key) as Float32Array).slice());
    },
    close: () => backend.close(),
  };
}
