import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { createTestDatabase, type TestDatabase } from '../harness/services';
import { bundleWorkflows } from '../harness/workflow-bundle';
import { startMaintenanceWorker, triggerAndWait, type MaintenanceWorker } from './fixtures';
import { insertGeneratedJobs } from './jobs';

interface IndexSummary {
  readonly recall: number | null;
  readonly bloat: number | null;
  readonly action: 'none' | 'rebuilt';
  readonly reason: string;
}

/** Weekly index upkeep: measure (recall against exact search, bloat), then act only past a threshold. */
describe('index upkeep', () => {
  let t: TestDatabase;
  let bundle: WorkflowBundleWithSourceMap;
  let worker: MaintenanceWorker;
  const run = async (): Promise<Record<string, IndexSummary>> =>
    (
      (await triggerAndWait(worker.client, worker.scheduleId('index-upkeep'))) as {
        indexes: Record<string, IndexSummary>;
      }
    ).indexes;

  beforeAll(async () => {
    t = await createTestDatabase();
    bundle = await bundleWorkflows();
    worker = await startMaintenanceWorker({
      databaseUrl: t.url,
      bundle,
      // Searches take 50 candidates here; a rebuild once an index grows by half per row.
      env: { MATCHING_CANDIDATES: '50', MAINTENANCE_INDEX_RECALL_SAMPLES: '10', MAINTENANCE_INDEX_MAX_BLOAT: '0.5' },
    });
    await insertGeneratedJobs(t.db, worker.deps.embedder, { count: 1500, label: 'idx', lastDiscoveredAt: new Date() });
  }, 180_000);

  afterAll(async () => {
    await worker.close();
    await t.drop();
  });

  it('measures every vector index, records it, and leaves a healthy index alone', async () => {
    const indexes = await run();
    expect(Object.keys(indexes).sort()).toEqual([
      'jobs_fulltext_embedding_hnsw',
      'jobs_listing_embedding_hnsw',
      'jobs_listing_embedding_remote_hnsw',
    ]);
    const listing = indexes.jobs_listing_embedding_hnsw!;
    expect(listing.recall).toBeGreaterThanOrEqual(0.9);
    expect(listing.recall).toBeLessThanOrEqual(1);
    expect(listing.action).toBe('none');
    // No full-text vectors: nothing to measure, and nothing done.
    expect(indexes.jobs_fulltext_embedding_hnsw).toMatchObject({ recall: null, action: 'none' });
    const recorded = await t.db.selectFrom('index_measurements').selectAll().execute();
    expect(recorded).toHaveLength(3);
    expect(recorded.find((r) => r.index_name === 'jobs_listing_embedding_hnsw')).toMatchObject({
      sample_queries: 10,
      k: 50,
      indexed_rows: '1500',
    });
  }, 120_000);

  it('rebuilds an index whose bytes per row grew past the bloat threshold, then measures it healthy again', async () => {
    // Most rows go: VACUUM frees their index entries but not the index's pages.
    await t.db.deleteFrom('jobs').where('id', 'in', t.db.selectFrom('jobs').select('id').limit(1200)).execute();
    const bloated = (await run()).jobs_listing_embedding_hnsw!;
    expect(bloated.bloat).toBeGreaterThan(0.5);
    expect(bloated).toMatchObject({ action: 'rebuilt', reason: expect.stringContaining('bloat') as unknown });
    const [record] = await t.db
      .selectFrom('index_measurements')
      .selectAll()
      .where('index_name', '=', 'jobs_listing_embedding_hnsw')
      .orderBy('id', 'desc')
      .limit(1)
      .execute();
    expect(Number(record!.rebuilt_size_bytes)).toBeLessThan(Number(record!.size_bytes));

    const after = (await run()).jobs_listing_embedding_hnsw!;
    expect(after.action).toBe('none');
    expect(Math.abs(after.bloat ?? 1)).toBeLessThan(0.5);
  }, 180_000);
});
