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

  it('gives texts asked for while the backend is busy to its next call, in one batch, each embedded once', async () => {
    const { backend, batches } = recordingBackend();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated: EmbeddingBackend = {
      ...backend,
      maxBatchSize: 8,
      embedBatch: async (texts) => {
        const vectors = await backend.embedBatch(texts);
        await gate;
        return vectors;
      },
    };
    const embedder = createCachedEmbedder(gated, { batchSize: 8, cacheSize: 0 });
    const first = embedder.embed(['posting one']);
    // Asked while the first call runs: these wait, then go together.
    const later = [embedder.embed(['posting two']), embedder.embed(['posting three', 'posting two'])];
    release();
    const [[one], [two], [three, twoAgain]] = [await first, await later[0]!, await later[1]!];
    expect(batches).toEqual([['posting one'], ['posting two', 'posting three']]);
    expect(Array.from(one!)).toEqual(Array.from(hashEmbed('posting one')));
    expect(Array.from(two!)).toEqual(Array.from(hashEmbed('posting two')));
    expect(Array.from(twoAgain!)).toEqual(Array.from(hashEmbed('posting two')));
    expect(Array.from(three!)).toEqual(Array.from(hashEmbed('posting three')));
  });

  it('keeps as many calls out as the backend takes, and no more', async () => {
    const outstanding = async (callsInFlight: number | undefined): Promise<number> => {
      const real = createHashingBackend();
      let out = 0;
      let most = 0;
      const embedder = createCachedEmbedder(
        {
          ...real,
          maxBatchSize: 2,
          ...(callsInFlight === undefined ? {} : { callsInFlight }),
          embedBatch: async (texts) => {
            out += 1;
            most = Math.max(most, out);
            await new Promise((resolve) => setTimeout(resolve, 5));
            out -= 1;
            return real.embedBatch(texts);
          },
        },
        { batchSize: 2, cacheSize: 0 },
      );
      const texts = ['a1', 'b22', 'c333', 'd4444', 'e55555', 'f666666', 'g7777777'];
      const vectors = await embedder.embed(texts);
      vectors.forEach((v, i) => expect(Array.from(v)).toEqual(Array.from(hashEmbed(texts[i] as string))));
      return most;
    };
    expect(await outstanding(undefined)).toBe(1);
    expect(await outstanding(2)).toBe(2);
  });

  it('fails every caller of a failed batch and embeds later texts again', async () => {
    const real = createHashingBackend();
    let calls = 0;
    const flaky = createCachedEmbedder(
      {
        ...real,
        embedBatch: async (texts) => {
          calls += 1;
          if (calls === 1) throw new Error('model crashed');
          return real.embedBatch(texts);
        },
      },
      { batchSize: 4, cacheSize: 0 },
    );
    await expect(flaky.embed(['x'])).rejects.toThrow('model crashed');
    const [again] = await flaky.embed(['x']);
    expect(Array.from(again!)).toEqual(Array.from(hashEmbed('x')));
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
