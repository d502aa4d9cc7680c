/**
 * @jest-environment ./tests/harness/native-typed-arrays-environment.cjs
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../common/config';
import { createEmbedder, planEmbeddings } from './create-embedder';
import { compatibleTags } from './embedder';
import { miniLmProblem } from './minilm-files';

const base = {
  DATABASE_URL: 'postgres://u@127.0.0.1:5432/db',
  REDIS_URL: 'redis://127.0.0.1:6379',
  TEMPORAL_ADDRESS: '127.0.0.1:7233',
};
const MODELS_DIR = path.resolve(__dirname, '..', '..', 'models');

describe('planEmbeddings', () => {
  const emptyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'no-models-'));
  afterAll(() => fs.rmSync(emptyDir, { recursive: true, force: true }));

  it('falls back to hashing, loudly, when the local model is missing', async () => {
    const { embeddings } = loadConfig({ ...base, EMBEDDINGS_MODEL_DIR: emptyDir });
    const plan = planEmbeddings(embeddings);
    expect(plan).toMatchObject({ provider: 'hash', degraded: true });
    expect(plan.summary).toMatch(/FALLBACK/);
    const { embedder } = await createEmbedder(embeddings);
    expect(embedder.tag).toBe('hash:hashing-v1');
    expect((await embedder.embed(['x y']))[0]).toHaveLength(384);
  });

  it('prefers Hugging Face in auto mode when a token or endpoint is configured', () => {
    const plan = planEmbeddings(
      loadConfig({ ...base, EMBEDDINGS_MODEL_DIR: emptyDir, HF_ENDPOINT_URL: 'http://127.0.0.1:9/embed' }).embeddings,
    );
    expect(plan).toMatchObject({ provider: 'hf', model: 'sentence-transformers/all-MiniLM-L6-v2', degraded: false });
    const hashPlan = planEmbeddings(loadConfig({ ...base, EMBEDDINGS_PROVIDER: 'hash' }).embeddings);
    expect(hashPlan).toMatchObject({ provider: 'hash', degraded: true });
  });

  (miniLmProblem(MODELS_DIR, 'all-MiniLM-L6-v2-q') ? it.skip : it)(
    'selects the int8 local model when its files are installed',
    async () => {
      const { embeddings } = loadConfig({ ...base, EMBEDDINGS_MODEL_DIR: MODELS_DIR });
      expect(planEmbeddings(embeddings)).toMatchObject({ provider: 'local', model: 'all-MiniLM-L6-v2-q' });
      const { embedder } = await createEmbedder(embeddings);
      try {
        expect(embedder.tag).toBe('local:all-MiniLM-L6-v2-q');
      } finally {
        await embedder.close();
      }
    },
  );

  (miniLmProblem(MODELS_DIR, 'all-MiniLM-L6-v2') ? it.skip : it)(
    "selects the full model by EMBEDDINGS_LOCAL_MODEL; its vectors are compared with the int8 model's",
    async () => {
      const { embeddings } = loadConfig({
        ...base,
        EMBEDDINGS_MODEL_DIR: MODELS_DIR,
        EMBEDDINGS_LOCAL_MODEL: 'all-MiniLM-L6-v2',
      });
      expect(planEmbeddings(embeddings)).toMatchObject({ provider: 'local', model: 'all-MiniLM-L6-v2' });
      const { embedder } = await createEmbedder(embeddings);
      try {
        expect(embedder.tag).toBe('local:all-MiniLM-L6-v2');
        expect(compatibleTags(embedder)).toEqual(
          expect.arrayContaining(['local:all-MiniLM-L6-v2', 'local:all-MiniLM-L6-v2-q']),
        );
        expect(compatibleTags({ model: 'hashing-v1' })).not.toContain('local:all-MiniLM-L6-v2');
      } finally {
        await embedder.close();
      }
    },
  );
});
