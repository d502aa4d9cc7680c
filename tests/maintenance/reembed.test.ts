import { sql } from 'kysely';
import { countJobEmbeddingsByModel } from '../../store/embeddings';
import { countStagedEmbeddings, findEmbeddingChanges, findServingModel } from '../../store/reembedding';
import { createUser } from '../../store/users';
import { reembedWorkflowId } from '../../temporal/workflow-ids';
import { startSearch, waitFinished, type SearchView } from '../e2e/api-client';
import { startStack, type Stack } from '../e2e/stack';
import { uniquePrefix } from '../harness/services';
import { bundleWorkflows } from '../harness/workflow-bundle';
import { killGroup, startWorkerProcess, type WorkerProcess } from '../harness/worker-process';
import { STAND_IN_TOKEN, startHfStandIn, type HfStandIn } from '../matching/hf-stand-in';
import { deleteMaintenanceSchedules } from './fixtures';
import { insertGeneratedJobs } from './jobs';

const JOBS = 2000;
const NEW_MODEL = 'hf:hirehound-test/next-embedder';

/**
 * Done when: the re-embedding workflow survives a worker restart midway and searches keep
 * answering during it. The embedding model changes from the hashing embedder (what the cache was
 * built with) to a Hugging Face model (a local stand-in speaking its protocol); the worker process
 * is killed while the new vectors are being staged, and a new one finishes the job.
 */
describe('re-embedding after an embedding model change', () => {
  let stack: Stack;
  let hf: HfStandIn;
  let worker: WorkerProcess | undefined;
  let user: string;
  const env = (): Record<string, string> => ({
    ...stack.env,
    EMBEDDINGS_PROVIDER: 'hf',
    HF_ENDPOINT_URL: `${hf.url}/endpoint`,
    HF_TOKEN: STAND_IN_TOKEN,
    HF_EMBEDDING_MODEL: NEW_MODEL.slice('hf:'.length),
    MAINTENANCE_SCHEDULES_PAUSED: '1',
    MAINTENANCE_REEMBED_BATCH_SIZE: '10',
    MAINTENANCE_REEMBED_SERVING_CHECK_MS: '200',
  });

  async function search(base: string): Promise<SearchView> {
    const id = await startSearch(base, user, { query: { keyword: 'registered nurse' } });
    return waitFinished(base, user, id, 60_000);
  }

  async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms\n${worker?.output() ?? ''}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  beforeAll(async () => {
    stack = await startStack({ bundle: await bundleWorkflows(), inProcessWorkers: false });
    hf = await startHfStandIn();
    // The cache as the previous model (hashing) built it; the stack's start recorded it as serving.
    await insertGeneratedJobs(stack.db, stack.deps.embedder, {
      count: JOBS,
      label: 'reembed',
      lastDiscoveredAt: new Date(),
    });
    expect(await findServingModel(stack.db)).toBe('hash:hashing-v1');
    user = (await createUser(stack.db, { email: `${uniquePrefix('free')}@example.com`, tier: 'free' })).apiKey;
  }, 180_000);

  afterAll(async () => {
    if (worker) await killGroup(worker.child, 'SIGTERM');
    await deleteMaintenanceSchedules(stack.temporal, stack.config.temporal.taskQueuePrefix);
    await stack.close();
    await hf.close();
  });

  it('stages the new vectors while searches answer from the old ones, and survives a killed worker', async () => {
    await stack.withApi(async (base) => {
      worker = startWorkerProcess(env());
      await worker.ready;
      expect(worker.output()).toContain('re-embedding under way');

      // Midway: some jobs staged, not all; the served vectors are all still the old model's.
      const midway = await until('staging under way', async () => {
        const staged = await countStagedEmbeddings(stack.db, NEW_MODEL);
        return staged >= 100 ? staged : undefined;
      });
      expect(midway).toBeLessThan(JOBS);
      const during = await search(base);
      expect(during.progress.status).toBe('completed');
      expect(during.results.total).toBeGreaterThan(0);
      expect(await countJobEmbeddingsByModel(stack.db, 'listing')).toEqual({ 'hash:hashing-v1': JOBS });

      await killGroup(worker.child, 'SIGKILL');
      const atKill = await countStagedEmbeddings(stack.db, NEW_MODEL);
      expect(atKill).toBeLessThan(JOBS);
      expect(await findServingModel(stack.db)).toBe('hash:hashing-v1');

      worker = startWorkerProcess(env());
      await worker.ready;
      const after = await search(base);
      expect(after.results.total).toBeGreaterThan(0);

      const [change] = await until('the switch', async () => {
        const changes = await findEmbeddingChanges(stack.db);
        return changes[0]?.status === 'switched' ? changes : undefined;
      });
      expect(change).toMatchObject({ fromTag: 'hash:hashing-v1', toTag: NEW_MODEL, jobsSwitched: JOBS });
      expect(await findServingModel(stack.db)).toBe(NEW_MODEL);
      expect(await countJobEmbeddingsByModel(stack.db, 'listing')).toEqual({ [NEW_MODEL]: JOBS });
      const staged = await sql<{ n: number }>`SELECT count(*)::int AS n FROM job_embeddings_staged`.execute(stack.db);
      expect(staged.rows[0]?.n).toBe(0);

      // One workflow id, several runs (continue-as-new), completed by the second worker.
      const handle = stack.temporal.workflow.getHandle(
        reembedWorkflowId(stack.config.temporal.taskQueuePrefix, NEW_MODEL),
      );
      const summary = (await handle.result()) as { staged: number; switched: { jobs: number } };
      expect(summary.switched.jobs).toBe(JOBS);
      const runs = await until('the runs listed', async () => {
        let count = 0;
        for await (const _run of stack.temporal.workflow.list({ query: `WorkflowId = '${handle.workflowId}'` }))
          count++;
        return count > 1 ? count : undefined;
      });
      expect(runs).toBeGreaterThan(1);

      // The worker follows the switch without a restart: searches embed with the new model now.
      await until('the worker follows the switch', async () =>
        worker!.output().includes('switched to the re-embedded vectors') ? true : undefined,
      );
      const requestsBefore = hf.requests.length;
      const switched = await search(base);
      expect(switched.results.total).toBeGreaterThan(0);
      expect(hf.requests.length).toBeGreaterThan(requestsBefore);
    });
  }, 300_000);
});
