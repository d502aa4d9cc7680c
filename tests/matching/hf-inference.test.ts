import { loadConfig } from '../../common/config';
import { createEmbedder } from '../../matching/embeddings/create-embedder';
import { cosine } from '../../matching/embeddings/embedder';
import { hashEmbed } from '../../matching/embeddings/hashing';
import { createHfInferenceBackend } from '../../matching/embeddings/hf-inference';
import { STAND_IN_TOKEN, startHfStandIn, type HfStandIn } from './hf-stand-in';

const base = {
  DATABASE_URL: 'postgres://u@127.0.0.1:5432/db',
  REDIS_URL: 'redis://127.0.0.1:6379',
  TEMPORAL_ADDRESS: '127.0.0.1:7233',
};

describe('hf embeddings provider against a local Hugging Face stand-in', () => {
  let hf: HfStandIn;
  beforeAll(async () => {
    hf = await startHfStandIn();
  });
  afterAll(() => hf.close());
  beforeEach(() => {
    hf.requests.length = 0;
    hf.tokenLevel = false;
  });

  it('embeds through a dedicated endpoint (HF_ENDPOINT_URL), batched, with the bearer token', async () => {
    const config = loadConfig({
      ...base,
      EMBEDDINGS_PROVIDER: 'auto',
      HF_TOKEN: STAND_IN_TOKEN,
      HF_ENDPOINT_URL: `${hf.url}/endpoint`,
      EMBEDDINGS_BATCH_SIZE: '2',
    });
    const { embedder, plan } = await createEmbedder(config.embeddings);
    expect(plan.provider).toBe('hf');
    expect(embedder.tag).toBe('hf:sentence-transformers/all-MiniLM-L6-v2');
    const texts = ['go engineer', 'nurse night shift', 'data scientist python', 'go engineer'];
    const vectors = await embedder.embed(texts);
    expect(hf.requests.map((r) => r.path)).toEqual(['/endpoint', '/endpoint']);
    expect(hf.requests.every((r) => r.authorization === `Bearer ${STAND_IN_TOKEN}`)).toBe(true);
    expect(hf.requests.flatMap((r) => r.inputs as string[]).sort()).toEqual(
      ['data scientist python', 'go engineer', 'nurse night shift'].sort(),
    );
    vectors.forEach((v, i) => expect(cosine(v, hashEmbed(texts[i] as string))).toBeCloseTo(1, 5));
  });

  it('routes through Inference Providers with HF_TOKEN: Hub mapping, then the router', async () => {
    const config = loadConfig({ ...base, HF_TOKEN: STAND_IN_TOKEN, HF_EMBEDDING_MODEL: 'acme/minilm-test' });
    const { embedder } = await createEmbedder(config.embeddings, { fetch: hf.fetch });
    const [vector] = await embedder.embed(['platform engineer kubernetes']);
    expect(hf.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /hub/api/models/acme/minilm-test',
      'POST /router/hf-inference/models/acme/minilm-test/pipeline/feature-extraction',
    ]);
    expect(cosine(vector!, hashEmbed('platform engineer kubernetes'))).toBeCloseTo(1, 5);
  });

  it('mean-pools and normalises token-level answers', async () => {
    hf.tokenLevel = true;
    const backend = createHfInferenceBackend({
      token: STAND_IN_TOKEN,
      endpointUrl: `${hf.url}/endpoint`,
      model: 'm',
      inferenceProvider: 'hf-inference',
      timeoutMs: 5000,
      maxBatchSize: 8,
    });
    const [vector] = await backend.embedBatch(['sql analyst']);
    expect(Math.hypot(...vector!)).toBeCloseTo(1, 5);
    expect(cosine(vector!, hashEmbed('sql analyst'))).toBeCloseTo(1, 5);
  });

  it('maps HF errors to retryable and permanent embedding errors', async () => {
    const backend = (token: string) =>
      createHfInferenceBackend({
        token,
        endpointUrl: `${hf.url}/endpoint`,
        model: 'm',
        inferenceProvider: 'hf-inference',
        timeoutMs: 5000,
        maxBatchSize: 8,
      });
    await expect(backend('hf_wrong').embedBatch(['x'])).rejects.toMatchObject({
      code: 'EMBEDDING_PROVIDER_REJECTED',
      retryable: false,
      details: { status: 401 },
    });
    hf.failNext(503, 'Model sentence-transformers/all-MiniLM-L6-v2 is currently loading');
    await expect(backend(STAND_IN_TOKEN).embedBatch(['x'])).rejects.toMatchObject({
      code: 'EMBEDDING_PROVIDER_FAILED',
      retryable: true,
      details: { status: 503 },
    });
    hf.failNext(429, 'Rate limit reached');
    await expect(backend(STAND_IN_TOKEN).embedBatch(['x'])).rejects.toMatchObject({
      code: 'EMBEDDING_PROVIDER_FAILED',
    });
    const unreachable = createHfInferenceBackend({
      token: STAND_IN_TOKEN,
      endpointUrl: 'http://127.0.0.1:9/endpoint',
      model: 'm',
      inferenceProvider: 'hf-inference',
      timeoutMs: 2000,
      maxBatchSize: 8,
    });
    await expect(unreachable.embedBatch(['x'])).rejects.toMatchObject({ code: 'EMBEDDING_PROVIDER_FAILED' });
  });
});
