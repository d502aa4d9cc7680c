import { createCachedEmbedder } from './cached-embedder';
import { createHashingBackend } from './hashing';
import { createServingEmbedder } from './serving-embedder';

describe('serving embedder', () => {
  const previous = createCachedEmbedder(createHashingBackend(), { batchSize: 8, cacheSize: 0 });
  const next = createCachedEmbedder(
    { ...createHashingBackend(), provider: 'hf', model: 'next-model' },
    {
      batchSize: 8,
      cacheSize: 0,
    },
  );

  it('embeds with the previous model until the database serves the new one, then with the new one', async () => {
    let serving = previous.tag;
    const switched = jest.fn();
    const embedder = createServingEmbedder({
      previous,
      next,
      servingTag: async () => serving,
      checkEveryMs: 20,
      onSwitch: switched,
    });
    try {
      await new Promise((r) => setTimeout(r, 80));
      expect(embedder.tag).toBe('hash:hashing-v1');
      serving = next.tag;
      const deadline = Date.now() + 2000;
      while (embedder.tag !== next.tag && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      expect(embedder.tag).toBe('hf:next-model');
      expect(embedder.model).toBe('next-model');
      await new Promise((r) => setTimeout(r, 80));
      expect(switched).toHaveBeenCalledTimes(1);
      expect(await embedder.embed(['nurse'])).toHaveLength(1);
    } finally {
      await embedder.close();
    }
  });

  it('keeps the previous model while the database cannot be asked', async () => {
    const embedder = createServingEmbedder({
      previous,
      next,
      servingTag: async () => {
        throw new Error('connection refused');
      },
      checkEveryMs: 10,
    });
    await new Promise((r) => setTimeout(r, 60));
    expect(embedder.tag).toBe(previous.tag);
    await embedder.close();
  });
});
