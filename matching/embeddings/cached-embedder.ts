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
  /**
   * Calls it takes at once (default 1). The local model's thread queues what it is sent, so it
   * takes two: the next batch is already there when one finishes, instead of waiting for the
   * caller's event loop to come back and send it.
   */
  readonly callsInFlight?: number;
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

interface Waiting {
  readonly key: string;
  readonly text: string;
  readonly done: Promise<Float32Array>;
  resolve(vector: Float32Array): void;
  reject(err: unknown): void;
}

function waiting(key: string, text: string): Waiting {
  let resolve!: (vector: Float32Array) => void;
  let reject!: (err: unknown) => void;
  const done = new Promise<Float32Array>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // A caller gone on another text's failure still leaves this promise handled.
  done.catch(() => undefined);
  return { key, text, done, resolve, reject };
}

/**
 * The Embedder every caller gets: repeated texts (the same profile on every search, the same
 * listing found again) come from a bounded LRU, and the rest wait in one queue that is handed to
 * the backend in batches, one call at a time (or as many as it takes). Calls made while the model is busy (enrichments finishing at
 * the same time) thus share its next call: a batch costs the local model about a fifth less CPU
 * per text than texts one by one (docs/performance.md#enrichment), and nothing waits for a batch
 * to fill. A text asked for again while it waits is embedded once.
 */
export function createCachedEmbedder(backend: EmbeddingBackend, options: CachedEmbedderOptions): Embedder {
  const batchSize = Math.max(1, Math.min(options.batchSize, backend.maxBatchSize));
  const cache = new LruCache<string, Float32Array>(options.cacheSize);
  const queue: Waiting[] = [];
  const queued = new Map<string, Waiting>();

  const runBatch = async (batch: readonly Waiting[]): Promise<void> => {
    let vectors: Float32Array[];
    try {
      vectors = await backend.embedBatch(batch.map((w) => w.text));
      if (vectors.length !== batch.length) {
        throw new HirehoundError('EMBEDDING_PROVIDER_FAILED', {
          message: `${backend.provider} returned ${vectors.length} vectors for ${batch.length} texts`,
        });
      }
      const wrong = vectors.find((v) => v.length !== backend.dimensions);
      if (wrong) {
        throw new HirehoundError('EMBEDDING_DIMENSION_MISMATCH', {
          message: `${backend.provider} returned a ${wrong.length}-d vector, expected ${backend.dimensions}`,
        });
      }
    } catch (err) {
      batch.forEach((w) => w.reject(err));
      return;
    } finally {
      batch.forEach((w) => queued.delete(w.key));
    }
    batch.forEach((w, i) => {
      const vector = vectors[i] as Float32Array;
      cache.set(w.key, vector);
      w.resolve(vector);
    });
  };

  const lanes = Math.max(1, backend.callsInFlight ?? 1);
  let active = 0;
  /** Hands queued texts to the backend while it has room for another call. */
  const pump = (): void => {
    while (active < lanes && queue.length > 0) {
      // Similar lengths share a batch, so a short text is not padded to a long one's length.
      queue.sort((a, b) => a.text.length - b.text.length);
      const batch = queue.splice(0, batchSize);
      active += 1;
      void runBatch(batch).finally(() => {
        active -= 1;
        pump();
      });
    }
  };

  return {
    provider: backend.provider,
    model: backend.model,
    tag: embeddingTag(backend.provider, backend.model),
    dimensions: backend.dimensions,
    calibration: backend.calibration,
    async embed(texts) {
      const pending = texts.map((text) => {
        const key = cacheKey(text);
        const hit = cache.get(key);
        if (hit) return Promise.resolve(hit);
        let entry = queued.get(key);
        if (!entry) {
          entry = waiting(key, text);
          queued.set(key, entry);
          queue.push(entry);
        }
        return entry.done;
      });
      pump();
      const vectors = await Promise.all(pending);
      // Copies: a caller that scales or normalises its vector in place must not corrupt the cache.
      return vectors.map((v) => v.slice());
    },
    close: () => backend.close(),
  };
}
