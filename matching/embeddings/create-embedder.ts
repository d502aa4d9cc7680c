import type { Config } from '../../common/config';
import { createCachedEmbedder, type EmbeddingBackend } from './cached-embedder';
import type { Embedder, EmbeddingProvider } from './embedder';
import { createHashingBackend, HASHING_MODEL } from './hashing';
import { createHfInferenceBackend } from './hf-inference';
import { createLocalMiniLmBackend } from './local-minilm';
import { miniLmProblem } from './minilm-files';

export type EmbeddingSettings = Config['embeddings'];

export interface EmbeddingPlan {
  readonly provider: EmbeddingProvider;
  readonly model: string;
  /** A fallback the operator did not ask for, or weak matching: say it loudly. */
  readonly degraded: boolean;
  /** One line for people: what is used and why. */
  readonly summary: string;
}

/**
 * Which provider the settings select, decided without loading anything (the launcher prints it):
 * `auto` prefers Hugging Face when it is configured, then the local model when its files are
 * present, then the hashing fallback.
 */
export function planEmbeddings(settings: EmbeddingSettings): EmbeddingPlan {
  const hfConfigured = Boolean(settings.hf.token || settings.hf.endpointUrl);
  const hf = (): EmbeddingPlan => ({
    provider: 'hf',
    model: settings.hf.model,
    degraded: false,
    summary: `hf ${settings.hf.model} via ${settings.hf.endpointUrl ? `endpoint ${settings.hf.endpointUrl}` : `Inference Providers (${settings.hf.inferenceProvider})`}`,
  });
  const hash = (why: string, degraded: boolean): EmbeddingPlan => ({
    provider: 'hash',
    model: HASHING_MODEL,
    degraded,
    summary: `hash (${HASHING_MODEL}, lexical feature hashing): ${why}`,
  });
  switch (settings.provider) {
    case 'hash':
      return hash('chosen by EMBEDDINGS_PROVIDER=hash; matching quality is lexical only', true);
    case 'hf':
      return hf();
    case 'local':
    case 'auto': {
      if (settings.provider === 'auto' && hfConfigured) return hf();
      const problem = miniLmProblem(settings.modelDir, settings.localModel);
      if (problem === null) {
        return {
          provider: 'local',
          model: settings.localModel,
          degraded: false,
          summary: `local ${settings.localModel} (ONNX, in process)`,
        };
      }
      return hash(`FALLBACK, the local model is unavailable: ${problem}`, true);
    }
  }
}

export interface EmbedderSelection {
  readonly embedder: Embedder;
  readonly plan: EmbeddingPlan;
}

/**
 * Builds the embedder the settings select. A local model that fails to load at this point (a
 * corrupt file the size check missed) also falls back to hashing, and the plan says so.
 */
export async function createEmbedder(
  settings: EmbeddingSettings,
  options: { fetch?: typeof fetch } = {},
): Promise<EmbedderSelection> {
  let plan = planEmbeddings(settings);
  let backend: EmbeddingBackend;
  if (plan.provider === 'local') {
    try {
      backend = await createLocalMiniLmBackend({
        modelsDir: settings.modelDir,
        model: settings.localModel,
        threads: settings.threads,
      });
    } catch (err) {
      plan = {
        provider: 'hash',
        model: HASHING_MODEL,
        degraded: true,
        summary: `hash (${HASHING_MODEL}): FALLBACK, the local model failed to load: ${err instanceof Error ? err.message : String(err)}`,
      };
      backend = createHashingBackend();
    }
  } else if (plan.provider === 'hf') {
    backend = createHfInferenceBackend({
      ...settings.hf,
      maxBatchSize: settings.batchSize,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  } else {
    backend = createHashingBackend();
  }
  return {
    embedder: createCachedEmbedder(backend, { batchSize: settings.batchSize, cacheSize: settings.cacheSize }),
    plan,
  };
}
