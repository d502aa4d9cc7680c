/**
 * @jest-environment ./tests/harness/native-typed-arrays-environment.cjs
 */
import path from 'node:path';
import type { LocalEmbeddingModel } from '../../common/local-embedding-models';
import { cosine } from './embedder';
import { createLocalMiniLmBackend, MODEL_RUN_SIZE, modelThreads, runsBySimilarLength } from './local-minilm';
import { miniLmProblem } from './minilm-files';
import reference from './minilm-reference.json';

const MODELS_DIR = path.resolve(__dirname, '..', '..', 'models');

/**
 * How close each model comes to the original PyTorch weights: the int8 quantization gives up a
 * little, which is what lets its vectors share the full model's space (compatibleTags).
 */
const models: [LocalEmbeddingModel, number][] = [
  ['all-MiniLM-L6-v2', 0.99],
  ['all-MiniLM-L6-v2-q', 0.98],
];

describe.each(models)('local %s (ONNX)', (model, minCosine) => {
  const problem = miniLmProblem(MODELS_DIR, model);
  // The bootstrap installs the models for `npm test`; say so loudly when it could not.
  if (problem) process.stderr.write(`\n*** local ${model} tests SKIPPED: ${problem}\n`);
  const itWithModel = problem ? it.skip : it;
  let backend: Awaited<ReturnType<typeof createLocalMiniLmBackend>>;
  beforeAll(async () => {
    if (!problem) backend = await createLocalMiniLmBackend({ modelsDir: MODELS_DIR, model, threads: 1 });
  });
  afterAll(() => backend?.close());

  itWithModel(
    `matches the reference vectors of the original PyTorch weights (cosine >= ${minCosine}), batched and alone`,
    async () => {
      const texts = reference.cases.map((c) => c.text);
      const batched = await backend.embedBatch(texts);
      const alone = await Promise.all(texts.map(async (t) => (await backend.embedBatch([t]))[0]!));
      reference.cases.forEach((c, i) => {
        expect(cosine(batched[i]!, c.vector)).toBeGreaterThanOrEqual(minCosine);
        // Padding in a batch must not change a vector: mean pooling only counts real tokens.
        expect(cosine(alone[i]!, c.vector)).toBeGreaterThanOrEqual(minCosine);
        expect(Math.hypot(...batched[i]!)).toBeCloseTo(1, 4);
      });
    },
  );

  itWithModel('returns each text its own vector when a call is run in groups of similar length', async () => {
    // More texts than one run holds, in an order unlike their lengths: the runs reorder them.
    const topics = [
      'registered nurse',
      'pipeline welder',
      'tax accountant',
      'airline pilot',
      'pastry chef',
      'math teacher',
      'licensed plumber',
      'patent lawyer',
      'truck driver',
      'data engineer',
      'dental hygienist',
      'roofing contractor',
      'bank teller',
      'wedding photographer',
      'forklift operator',
      'veterinary technician',
      'social media manager',
      'structural engineer',
      'hotel receptionist',
      'security guard',
      'pharmacist',
      'graphic designer',
      'electrician apprentice',
      'insurance underwriter',
      'yoga instructor',
      'marine biologist',
      'call center agent',
      'car mechanic',
      'school librarian',
      'real estate agent',
      'firefighter',
      'translator of japanese',
      'warehouse picker',
      'museum curator',
      'tree surgeon',
    ];
    expect(topics.length).toBeGreaterThan(MODEL_RUN_SIZE * 2);
    const texts = topics.map((topic, i) => `${topic} ${'wanted for a full time role '.repeat(1 + ((i * 7) % 11))}`);
    const batched = await backend.embedBatch(texts);
    const alone = await Promise.all(texts.map(async (t) => (await backend.embedBatch([t]))[0]!));
    batched.forEach((vector, i) => {
      const nearest = alone.map((a) => cosine(vector, a)).reduce((best, c, k, all) => (c > all[best]! ? k : best), 0);
      expect(nearest).toBe(i);
      expect(cosine(vector, alone[i]!)).toBeGreaterThanOrEqual(minCosine);
    });
  });

  itWithModel('truncates past 256 word pieces like sentence-transformers', async () => {
    const long = reference.cases.find((c) => c.tokens === 256)!;
    const [longer] = await backend.embedBatch([`${long.text} ${'completely different trailing words '.repeat(40)}`]);
    expect(cosine(longer!, long.vector)).toBeGreaterThanOrEqual(minCosine);
  });

  itWithModel('puts related texts closer than unrelated ones', async () => {
    const [query, related, unrelated] = await backend.embedBatch([
      'Backend developer with Golang and Postgres',
      'Senior backend engineer: Go, PostgreSQL and Kubernetes',
      'Registered nurse for the night shift in an emergency department',
    ]);
    expect(cosine(query!, related!)).toBeGreaterThan(cosine(query!, unrelated!) + 0.3);
  });

  itWithModel('runs the model off the event loop, which stays idle while a batch is embedded', async () => {
    const texts = Array.from({ length: 48 }, (_, i) => `${reference.cases[i % reference.cases.length]!.text} ${i}`);
    const before = performance.eventLoopUtilization();
    const vectors = await backend.embedBatch(texts);
    const busy = performance.eventLoopUtilization(before).utilization;
    expect(vectors).toHaveLength(texts.length);
    // ONNX Runtime on this thread would keep the loop busy for the whole call (utilization ~1).
    expect(busy).toBeLessThan(0.5);
  });

  itWithModel('embeds nothing after close, and says so', async () => {
    const other = await createLocalMiniLmBackend({ modelsDir: MODELS_DIR, model, threads: 1 });
    await other.close();
    await expect(other.embedBatch(['pastry chef'])).rejects.toMatchObject({ code: 'EMBEDDING_PROVIDER_FAILED' });
  });
});

describe('runs of similar length', () => {
  it('orders indexes by length, keeps the input order among equals, and cuts runs of the given size', () => {
    expect(runsBySimilarLength([30, 5, 12, 5, 80, 12, 7], 3)).toEqual([[1, 3, 6], [2, 5, 0], [4]]);
    expect(runsBySimilarLength([], 16)).toEqual([]);
  });
});

describe('local model files', () => {
  it('reports a missing model folder instead of failing later', () => {
    expect(miniLmProblem('/nonexistent-models-dir', 'all-MiniLM-L6-v2')).toMatch(/missing/);
  });

  it('rejects a missing model with a typed error and starts no thread', async () => {
    await expect(
      createLocalMiniLmBackend({ modelsDir: '/nonexistent-models-dir', model: 'all-MiniLM-L6-v2-q', threads: 1 }),
    ).rejects.toMatchObject({ code: 'EMBEDDING_MODEL_INVALID' });
  });
});

describe('model threads', () => {
  it('leaves the event loop a core when the setting is 0, and takes a setting as it is', () => {
    expect(modelThreads(0, 2)).toBe(1);
    expect(modelThreads(0, 1)).toBe(1);
    expect(modelThreads(0, 16)).toBe(15);
    expect(modelThreads(3, 2)).toBe(3);
  });
});
