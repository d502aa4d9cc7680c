/**
 * The local embedding models the bootstrap can install (matching/embeddings/minilm-models.json
 * describes each). The names are matching's vocabulary; they sit here at the bottom layer because
 * the configuration validates EMBEDDINGS_LOCAL_MODEL against them when a process starts.
 *
 * Both are all-MiniLM-L6-v2: the second is the same weights quantized to int8 (about twice as fast
 * on a CPU), whose vectors agree with the full model's at cosine 0.98–0.99, so the two share one
 * vector space and their stored vectors are compared with each other (docs/performance.md).
 */
export const LOCAL_EMBEDDING_MODELS = ['all-MiniLM-L6-v2', 'all-MiniLM-L6-v2-q'] as const;

export type LocalEmbeddingModel = (typeof LOCAL_EMBEDDING_MODELS)[number];
