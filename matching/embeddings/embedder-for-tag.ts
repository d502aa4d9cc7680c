import { HirehoundError } from '../../common/errors';
import { createEmbedder, type EmbeddingSettings } from './create-embedder';
import type { Embedder, EmbeddingProvider } from './embedder';

const PROVIDERS: readonly EmbeddingProvider[] = ['local', 'hf', 'hash'];

/**
 * The embedder that made vectors tagged `tag` (`provider:model`), built from the same settings as
 * the configured one: while an embedding model change is under way, workers keep embedding queries
 * with the model the stored vectors were made with. Throws when that model cannot be loaded here
 * (the local files are gone, or a Hugging Face endpoint serves another model), rather than
 * quietly embedding with something else.
 */
export async function createEmbedderForTag(tag: string, settings: EmbeddingSettings): Promise<Embedder> {
  const colon = tag.indexOf(':');
  const provider = tag.slice(0, colon) as EmbeddingProvider;
  const model = tag.slice(colon + 1);
  if (colon < 0 || !PROVIDERS.includes(provider)) {
    throw new HirehoundError('MAINTENANCE_EMBEDDING_MODEL_UNAVAILABLE', {
      details: { tag, reason: 'unknown provider' },
    });
  }
  const { embedder, plan } = await createEmbedder({ ...settings, provider, hf: { ...settings.hf, model } });
  if (embedder.tag !== tag) {
    await embedder.close();
    throw new HirehoundError('MAINTENANCE_EMBEDDING_MODEL_UNAVAILABLE', {
      message: `Vectors of ${tag} cannot be made here: ${plan.summary}`,
      details: { tag, available: embedder.tag },
    });
  }
  return embedder;
}
