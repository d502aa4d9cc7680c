/**
 * @jest-environment ./tests/harness/native-typed-arrays-environment.cjs
 */
import path from 'node:path';
import { cosine } from './embedder';
import { createLocalMiniLmBackend } from './local-minilm';
import { miniLmProblem } from './minilm-files';
import reference from './minilm-reference.json';

const MODELS_DIR = path.resolve(__dirname, '..', '..', 'models');
const problem = miniLmProblem(MODELS_DIR);
if (problem) {
  // The bootstrap installs the model for `npm test`; say so loudly when it could not.
  process.stderr.write(`\n*** local MiniLM tests SKIPPED: ${problem}\n`);
}
const describeWithModel = problem ? describe.skip : describe;

describeWithModel('local all-MiniLM-L6-v2 (ONNX)', () => {
  let backend: Awaited<ReturnType<typeof createLocalMiniLmBackend>>;
  beforeAll(async () => {
    backend = await createLocalMiniLmBackend({ modelsDir: MODELS_DIR, threads: 1 });
  });
  afterAll(() => backend.close());

  it('matches the reference vectors of the original PyTorch weights (cosine >= 0.99), batched and alone', async () => {
    const texts = reference.cases.map((c) => c.text);
    const batched = await backend.embedBatch(texts);
    const alone = await Promise.all(texts.map(async (t) => (await backend.embedBatch([t]))[0]!));
    reference.cases.forEach((c, i) => {
      expect(cosine(batched[i]!, c.vector)).toBeGreaterThanOrEqual(0.99);
      // Padding in a batch must not change a vector: mean pooling only counts real tokens.
      expect(cosine(alone[i]!, c.vector)).toBeGreaterThanOrEqual(0.99);
      expect(Math.hypot(...batched[i]!)).toBeCloseTo(1, 4);
    });
  });

  it('truncates past 256 word pieces like sentence-transformers', async () => {
    const long = reference.cases.find((c) => c.tokens === 256)!;
    const [longer] = await backend.embedBatch([`${long.text} ${'completely different trailing words '.repeat(40)}`]);
    expect(cosine(longer!, long.vector)).toBeGreaterThanOrEqual(0.99);
  });

  it('puts related texts closer than unrelated ones', async () => {
    const [query, related, unrelated] = await backend.embedBatch([
      'Backend developer with Golang and Postgres',
      'Senior backend engineer: Go, PostgreSQL and Kubernetes',
      'Registered nurse for the night shift in an emergency department',
    ]);
    expect(cosine(query!, related!)).toBeGreaterThan(cosine(query!, unrelated!) + 0.3);
  });
});

describe('local model files', () => {
  it('reports a missing model folder instead of failing later', () => {
    expect(miniLmProblem('/nonexistent-models-dir')).toMatch(/missing/);
  });
});
