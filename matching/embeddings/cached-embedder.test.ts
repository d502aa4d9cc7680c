import { createCachedEmbedder, type EmbeddingBackend } from './cached-embedder';
import { createHashingBackend, hashEmbed } from './hashing';

/** The real hashing backend, recording the batches it is asked for. */
function recordingBackend(): { backend: EmbeddingBackend; batches: string[][] } {
  const real = createHashingBackend();
  const batches: string[][] = [];
  return {
    batches,
    backend: {
      ...real,
      maxBatchSize: 3,
      embedBatch: async (texts) => {
        batches.push([...texts]);
        return real.embedBatch(texts);
      },
    },
  };
}

describe('createCachedEmbedder', () => {
  it('batches within the backend limit, embeds duplicates once and keeps input order', async () => {
    const { backend, batches } = recordingBackend();
    const embedder = createCachedEmbedder(backend, { batchSize: 10, cacheSize: 100 });
    const texts = ['alpha go', 'beta rust', 'alpha go', 'gamma sql', 'delta java', 'epsilon c++'];
    const vectors = await embedder.embed(texts);
    expect(batches.map((b) => b.length)).toEqual([3, 2]);
    expect(batches.flat().sort()).toEqual(['alpha go', 'beta rust', 'delta java', 'epsilon c++', 'gamma sql']);
    vectors.forEach((v, i) => expect(Array.from(v)).toEqual(Array.from(hashEmbed(texts[i] as string))));
    expect(embedder.tag).toBe('hash:hashing-v1');
  });

  it('serves repeated texts from the LRU and returns copies the caller may modify', async () => {
    const { backend, batches } = recordingBackend();
    const embedder = createCachedEmbedder(backend, { batchSize: 8, cacheSize: 2 });
    const [first] = await embedder.embed(['profile text']);
    first!.fill(0);
    const [again] = await embedder.embed(['profile text']);
    expect(batches).toHaveLength(1);
    expect(Array.from(again!)).toEqual(Array.from(hashEmbed('profile text')));
    // Capacity 2: two newer texts push the first one out.
    await embedder.embed(['second', 'third']);
    await embedder.embed(['profile text']);
    expect(batches).toHaveLength(3);
  });

  it('rejects a backend answer with the wrong count or dimension', async () => {
    const real = createHashingBackend();
    const short = createCachedEmbedder({ ...real, embedBatch: async () => [] }, { batchSize: 4, cacheSize: 0 });
    await expect(short.embed(['x'])).rejects.toMatchObject({ code: 'EMBEDDING_PROVIDER_FAILED' });
    const narrow = createCachedEmbedder(
      { ...real, embedBatch: async (t) => t.map(() => new Float32Array(3)) },
      { batchSize: 4, cacheSize: 0 },
    );
    await expect(narrow.embed(['x'])).rejects.toMatchObject({ code: 'EMBEDDING_DIMENSION_MISMATCH' });
  });
});
