import {
  InferenceClientHubApiError,
  InferenceClientProviderApiError,
  InferenceClientProviderOutputError,
  featureExtraction,
} from '@huggingface/inference';
import { HirehoundError } from '../../common/errors';
import type { EmbeddingBackend } from './cached-embedder';
import { EMBEDDING_DIMENSIONS, normalize } from './embedder';

export interface HfInferenceOptions {
  /** HF_TOKEN: Inference Providers through the Hugging Face router, or a private endpoint's token. */
  readonly token?: string | undefined;
  /** HF_ENDPOINT_URL: a self-hosted endpoint (Inference Endpoints, TEI); takes precedence over routing. */
  readonly endpointUrl?: string | undefined;
  /** The model id on the Hub (routing), and the name recorded with vectors in both modes. */
  readonly model: string;
  /** Inference provider for routing, e.g. "hf-inference"; ignored with an endpoint URL. */
  readonly inferenceProvider: string;
  readonly timeoutMs: number;
  readonly maxBatchSize: number;
  /** Replaces global fetch (tests route the Hub's host names to a local stand-in server). */
  readonly fetch?: typeof fetch;
}

/** Status codes that mean "this request will never succeed as it is" (credentials, model, input). */
const PERMANENT = new Set([400, 401, 403, 404, 413, 422]);

function toHirehoundError(err: unknown): HirehoundError {
  if (err instanceof InferenceClientProviderApiError || err instanceof InferenceClientHubApiError) {
    const status = err.httpResponse.status;
    return new HirehoundError(PERMANENT.has(status) ? 'EMBEDDING_PROVIDER_REJECTED' : 'EMBEDDING_PROVIDER_FAILED', {
      message: `Hugging Face answered ${status}: ${err.message}`,
      details: { status },
      cause: err,
    });
  }
  if (err instanceof InferenceClientProviderOutputError) {
    return new HirehoundError('EMBEDDING_PROVIDER_FAILED', { message: err.message, cause: err });
  }
  // Network errors, time-outs: worth retrying.
  return new HirehoundError('EMBEDDING_PROVIDER_FAILED', {
    message: `Hugging Face request failed: ${err instanceof Error ? err.message : String(err)}`,
    cause: err,
  });
}

function isNumberArray(value: unknown): value is number[] {
  return Array.isArray(value) && value.every((x) => typeof x === 'number' && Number.isFinite(x));
}

/**
 * One vector per input. Sentence-transformers deployments answer pooled vectors (number[][]); a
 * plain transformer deployment answers token vectors (number[][][]), which we mean-pool here the
 * way sentence-transformers would. Either way the result is normalised.
 */
export function poolFeatureExtraction(output: unknown, inputs: number): Float32Array[] {
  if (!Array.isArray(output) || output.length !== inputs) {
    throw new HirehoundError('EMBEDDING_PROVIDER_FAILED', {
      message: `feature extraction returned ${Array.isArray(output) ? output.length : typeof output} items for ${inputs} inputs`,
    });
  }
  return output.map((item: unknown) => {
    if (isNumberArray(item)) return normalize(Float32Array.from(item));
    if (Array.isArray(item) && item.length > 0 && item.every(isNumberArray)) {
      const tokens = item;
      const pooled = new Float32Array(tokens[0]?.length ?? 0);
      for (const token of tokens) {
        if (token.length !== pooled.length) {
          throw new HirehoundError('EMBEDDING_PROVIDER_FAILED', { message: 'token vectors of unequal length' });
        }
        token.forEach((x, d) => (pooled[d] = (pooled[d] as number) + x / tokens.length));
      }
      return normalize(pooled);
    }
    throw new HirehoundError('EMBEDDING_PROVIDER_FAILED', { message: 'feature extraction returned a malformed item' });
  });
}

/** Feature extraction through `@huggingface/inference`: HF Inference Providers or a self-hosted endpoint. */
export function createHfInferenceBackend(options: HfInferenceOptions): EmbeddingBackend {
  if (!options.token && !options.endpointUrl) {
    throw new HirehoundError('CONFIG_INVALID', {
      message: 'the hf embeddings provider needs HF_TOKEN or HF_ENDPOINT_URL',
    });
  }
  return {
    provider: 'hf',
    model: options.model,
    dimensions: EMBEDDING_DIMENSIONS,
    // The same model as the local provider serves all-MiniLM-L6-v2; other models need their own figures.
    calibration: { unrelated: 0.1, strong: 0.7 },
    maxBatchSize: options.maxBatchSize,
    async embedBatch(texts) {
      let output: unknown;
      try {
        output = await featureExtraction(
          {
            inputs: [...texts],
            ...(options.token ? { accessToken: options.token } : {}),
            ...(options.endpointUrl
              ? { endpointUrl: options.endpointUrl }
              : { model: options.model, provider: options.inferenceProvider as 'hf-inference' }),
          },
          {
            signal: AbortSignal.timeout(options.timeoutMs),
            // Temporal retries the activity with back-off; the client's own 503 loop would hide the failure.
            retry_on_error: false,
            ...(options.fetch ? { fetch: options.fetch } : {}),
          },
        );
      } catch (err) {
        throw toHirehoundError(err);
      }
      return poolFeatureExtraction(output, texts.length);
    },
    close: async () => undefined,
  };
}
