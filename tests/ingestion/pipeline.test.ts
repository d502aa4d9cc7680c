import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import {
  createInProcessIngestion,
  createIngestionActivities,
  detailsBatch,
  storeRawBatch,
} from '../../activities/ingestion';
import { createIngestionBridge } from '../../activities/ingestion-bridge';
import type { ListingItem } from '../../gateway/contract';
import type { IngestionRunner } from '../../ingestion/batch';
import type { PostingInput } from '../../ingestion/prepare';
import { createCachedEmbedder } from '../../matching/embeddings/cached-embedder';
import type { Embedder } from '../../matching/embeddings/embedder';
import { createHashingBackend } from '../../matching/embeddings/hashing';
import { findClusterSpread } from '../../store/job-clusters';
import { findEnrichedClusterMate } from '../../store/job-enrichment';
import { findCacheCandidates } from '../../store/jobs';
import type { ObjectStore } from '../../store/objects/object-store';
import { listHeldPostings } from '../../store/posting-ingestion';
import { taskQueueNames } from '../../temporal/task-queues';
import { createTestS3Store } from '../harness/s3-store';
import { createTestDatabase, temporalAddress, uniquePrefix, type TestDatabase } from '../harness/services';
import { bundleWorkflows } from '../harness/workflow-bundle';
import {
  ACME_BACKEND,
  FIRST_EDIT,
  MERCY_NURSE,
  posting,
  REPOST_EDITS,
  SCAM_MESSENGER_FEE,
  SCAM_PERSONAL_DATA,
  SECOND_EDIT,
  TEST_CONFIG,
} from './postings';

/**
 * The ingestion pipeline over the harness' PostgreSQL + pgvector and MinIO: batches of postings the
 * project owns go from raw payload to published clusters, and the search's candidate lookup sees
 * only what was published, one posting per cluster. The last part runs the same steps as the
 * Temporal workflow discovery and enrichment start.
 */

const config = TEST_CONFIG;

const FIRST_BATCH: PostingInput[] = [
  posting({ externalId: 'acme-1' }),
  // The same text on another board, under another spelling of the employer.
  posting({
    externalId: 'acme-1-copy',
    source: 'other-board',
    company: 'ACME Billing',
    url: 'https://other-board.example/view/991',
    description: ACME_BACKEND.replace(/\n/g, '\n\n'),
  }),
  // One template, other roles and places: other jobs.
  posting({
    externalId: 'acme-fe',
    title: 'Senior Frontend Engineer',
    description: ACME_BACKEND.replace(/Backend/g, 'Frontend'),
  }),
  posting({ externalId: 'acme-berlin', location: 'Berlin, Germany', company: 'acme billing llc' }),
  posting({
    externalId: 'scam-1',
    title: 'Data Entry Clerk',
    company: null,
    location: 'Remote',
    remote: 'remote',
    description: SCAM_MESSENGER_FEE,
  }),
  posting({
    externalId: 'scam-2',
    title: 'Personal Assistant',
    company: null,
    location: 'Remote',
    remote: 'remote',
    description: SCAM_PERSONAL_DATA,
  }),
  // An item without a title cannot be shown: skipped, not stored.
  posting({ externalId: 'no-title', title: '  ' }),
];

const REPOST = posting({
  externalId: 'acme-1-repost',
  description: REPOST_EDITS(ACME_BACKEND),
  postedAt: '2026-11-27',
});

describe('posting ingestion pipeline', () => {
  let t: TestDatabase;
  let objects: ObjectStore & { close(): void };
  let embedder: Embedder;
  let pipeline: IngestionRunner;
  const now = new Date();

  beforeAll(async () => {
    t = await createTestDatabase();
    objects = await createTestS3Store('hh-ingest');
    embedder = createCachedEmbedder(createHashingBackend(), { batchSize: 64, cacheSize: 0 });
    pipeline = createInProcessIngestion(
      createIngestionActivities({ db: t.db, embedder, objects, settings: config.ingestion, now: () => now }),
    );
  });
  afterAll(async () => {
    objects.close();
    await t.drop();
  });

  const feed = async (inputs: PostingInput[]) =>
    pipeline.ingest(await storeRawBatch(objects, { kind: 'postings', payload: inputs }, now));

  const jobs = () =>
    t.db
      .selectFrom('jobs')
      .selectAll()
      .orderBy('external_id')
      .execute()
      .then((rows) => new Map(rows.map((r) => [r.external_id, r])));

  /** Everything the pipeline decides, without the "last seen" time a repeated batch refreshes. */
  const state = async () => ({
    jobs: [...(await jobs()).values()].map(({ last_discovered_at: _seen, updated_at: _updated, ...rest }) => rest),
    clusters: await t.db.selectFrom('job_clusters').selectAll().orderBy('id').execute(),
    companies: await t.db.selectFrom('companies').selectAll().orderBy('id').execute(),
    aliases: await t.db.selectFrom('company_aliases').selectAll().orderBy('alias_key').execute(),
  });

  it('publishes the honest postings, holds the scams with their reasons, and clusters the copy', async () => {
    const result = await feed(FIRST_BATCH);
    expect(result).toMatchObject({ skipped: 1, duplicates: 1, published: 4, held: 2 });
    expect(result.inserted).toHaveLength(6);

    const byId = await jobs();
    const job = (id: string) => byId.get(id)!;
    expect(job('acme-1').cluster_id).toBe(job('acme-1-copy').cluster_id);
    expect(job('acme-1-copy').dedup_stage).toBe('content_hash');
    for (const other of ['acme-fe', 'acme-berlin']) expect(job(other).cluster_id).not.toBe(job('acme-1').cluster_id);
    expect(job('acme-1').canonical_url).toBe('https://careers.acme-billing.com/jobs/acme-1');
    expect(job('acme-1').raw_key).toMatch(/^raw\/postings\//);

    // Three spellings of the employer, one company with its aliases.
    const companyIds = new Set(['acme-1', 'acme-1-copy', 'acme-fe', 'acme-berlin'].map((id) => job(id).company_id));
    expect(companyIds.size).toBe(1);
    expect([...companyIds][0]).not.toBeNull();
    const aliases = await t.db.selectFrom('company_aliases').select(['alias_key', 'company_id']).execute();
    expect(aliases).toEqual([{ alias_key: 'acme billing', company_id: [...companyIds][0] }]);

    for (const scam of ['scam-1', 'scam-2']) {
      expect(job(scam).publication_status).toBe('held');
      expect(job(scam).spam_score).toBeGreaterThanOrEqual(config.ingestion.publication.spamHoldAt);
    }
    const held = await listHeldPostings(t.db, { limit: 10, offset: 0 });
    expect(held.total).toBe(2);
    expect(held.items.flatMap((h) => h.reasons.map((r) => r.code))).toEqual(
      expect.arrayContaining(['spam_threshold', 'messenger_contact', 'fee_asked', 'personal_data_asked']),
    );
    expect(job('acme-1').publication_status).toBe('published');
    expect(job('acme-1').quality_reasons?.length).toBeGreaterThan(0);
  });

  it('joins a repost with small edits to its cluster, which search then shows once with its sources', async () => {
    const result = await feed([REPOST]);
    expect(result).toMatchObject({ duplicates: 1, published: 1, held: 0 });
    const byId = await jobs();
    const repost = byId.get('acme-1-repost')!;
    expect(repost.cluster_id).toBe(byId.get('acme-1')!.cluster_id);
    expect(repost.dedup_stage).toBe('near_duplicate');

    const [vector] = await embedder.embed(['Senior Backend Engineer TypeScript PostgreSQL payments']);
    const { candidates } = await findCacheCandidates(t.db, {
      embedding: vector!,
      modelTags: [embedder.tag],
      filters: {},
      freshnessDays: 45,
      now,
      limit: 50,
      efSearch: 100,
      maxScanTuples: 20_000,
      exact: true,
    });
    const externalId = new Map([...byId.values()].map((j) => [j.id, j.external_id]));
    const shown = candidates.map((c) => externalId.get(c.id));
    // The two other Acme jobs and one posting for the three in the cluster; no scam.
    expect(shown).toHaveLength(3);
    expect(shown).toEqual(expect.arrayContaining(['acme-berlin', 'acme-fe']));
    const clusterShown = candidates.find((c) => byId.get(externalId.get(c.id)!)!.cluster_id === repost.cluster_id)!.id;
    // The freshest of equally complete postings stands for the cluster.
    expect(clusterShown).toBe(repost.id);
    expect((await findClusterSpread(t.db, [clusterShown])).get(clusterShown)).toEqual({ postings: 3, sources: 2 });
  });

  it('changes nothing when the same batches run again', async () => {
    const before = await state();
    const again = await feed(FIRST_BATCH);
    const repostAgain = await feed([REPOST]);
    expect(again).toMatchObject({ inserted: [], updated: [], duplicates: 0, published: 0, held: 0 });
    expect(again.unchanged).toHaveLength(6);
    expect(repostAgain.unchanged).toHaveLength(1);
    expect(await state()).toEqual(before);
  });

  it('takes a listing from a job board into the cluster of its posting, and its fetched text once', async () => {
    const listing: ListingItem = {
      source: 'indeed',
      externalId: 'jk-acme-berlin',
      url: 'https://www.indeed.com/viewjob?jk=jk-acme-berlin&from=serp&vjs=3',
      title: 'Senior Backend Engineer',
      company: 'Acme Billing',
      location: 'Berlin, Germany',
      postedAt: now.toISOString(),
      salary: null,
      remote: 'hybrid',
      employmentTypes: ['Full-time'],
      snippet: 'Acme builds billing software for small clinics across North America.',
      sponsored: false,
      skills: ['TypeScript'],
    };
    const page = await storeRawBatch(
      objects,
      { kind: 'listings', payload: { items: [listing], totalResults: 1 } },
      now,
    );
    const listed = await pipeline.ingest(page);
    expect(listed.inserted).toHaveLength(1);
    const jobId = listed.inserted[0]!;
    let byId = await jobs();
    const berlin = byId.get('acme-berlin')!;
    expect(byId.get('jk-acme-berlin')!.cluster_id).toBe(berlin.cluster_id);
    expect(byId.get('jk-acme-berlin')!.dedup_stage).toBe('listing_identity');

    // Enrichment fetched the full posting: the same job, now with its text, still in the cluster.
    const rawKey = `raw/${jobId}/detail.json`;
    await objects.put(
      rawKey,
      Buffer.from(JSON.stringify({ ...listing, description: ACME_BACKEND, descriptionHtml: null })),
      'application/json',
    );
    const fetched = await pipeline.ingest(detailsBatch(jobId, rawKey, 'job_api', now));
    expect(fetched).toMatchObject({ updated: [jobId], inserted: [] });
    byId = await jobs();
    const enriched = byId.get('jk-acme-berlin')!;
    expect(enriched.description_text).toContain('Payments team');
    expect(enriched.enrichment_status).toBe('enriched');
    expect(enriched.cluster_id).toBe(berlin.cluster_id);
    // Enrichment is paid once per cluster: the Berlin posting's mate has its text now.
    expect(await findEnrichedClusterMate(t.db, berlin.id, new Date(now.getTime() - 60_000))).toBe(enriched.id);

    const again = await pipeline.ingest(detailsBatch(jobId, rawKey, 'job_api', now));
    expect(again).toMatchObject({ unchanged: [jobId], updated: [] });
  });

  it("puts two reposts of one batch, of each other and of a stored posting, in that posting's cluster", async () => {
    const nurse = (externalId: string, source: string, description: string) =>
      posting({
        externalId,
        source,
        url: `https://${source}.example/jobs/${externalId}`,
        title: 'Registered Nurse - Cardiology',
        company: 'Mercy Valley Clinic',
        location: 'Dayton, OH',
        description,
        salaryText: '$38 - $46 an hour',
      });
    await feed([nurse('mercy-1', 'feed', MERCY_NURSE)]);
    const result = await feed([
      nurse('mercy-1-a', 'board-a', FIRST_EDIT(MERCY_NURSE)),
      nurse('mercy-1-b', 'board-b', SECOND_EDIT(FIRST_EDIT(MERCY_NURSE))),
    ]);
    expect(result).toMatchObject({ duplicates: 2 });
    const byId = await jobs();
    const cluster = byId.get('mercy-1')!.cluster_id;
    expect(cluster).not.toBeNull();
    expect([byId.get('mercy-1-a')!.cluster_id, byId.get('mercy-1-b')!.cluster_id]).toEqual([cluster, cluster]);
    const counts = await t.db
      .selectFrom('job_clusters')
      .select(['member_count', 'source_count'])
      .where('id', '=', cluster)
      .executeTakeFirstOrThrow();
    expect(counts).toEqual({ member_count: 3, source_count: 3 });
  });

  it('runs as the Temporal workflow discovery starts, once per batch', async () => {
    const connection = await Connection.connect({ address: temporalAddress() });
    const native = await NativeConnection.connect({ address: temporalAddress() });
    const queue = uniquePrefix('ingest');
    const queues = taskQueueNames(`${queue}-`);
    const activities = createIngestionActivities({
      db: t.db,
      embedder,
      objects,
      settings: config.ingestion,
      now: () => now,
    });
    const worker = await Worker.create({
      connection: native,
      taskQueue: queues.search,
      workflowBundle: await bundleWorkflows(),
      activities,
    });
    const mlWorker = await Worker.create({
      connection: native,
      taskQueue: queues.ml,
      activities,
    });
    try {
      const bridge = createIngestionBridge({ client: new Client({ connection }), taskQueues: queues });
      const batch = await storeRawBatch(
        objects,
        {
          kind: 'postings',
          payload: [posting({ externalId: 'wf-1', title: 'Staff Backend Engineer', location: 'Denver, CO' })],
        },
        now,
      );
      const [first, second] = await worker.runUntil(
        mlWorker.runUntil(async () => [await bridge.ingest(batch), await bridge.ingest(batch)] as const),
      );
      expect(first).toMatchObject({ batchId: batch.id, published: 1, held: 0 });
      expect(first.inserted).toHaveLength(1);
      expect(second).toMatchObject({ inserted: [], updated: [], unchanged: first.inserted });
      const stored = await t.db
        .selectFrom('jobs')
        .select(['publication_status', 'is_representative'])
        .where('external_id', '=', 'wf-1')
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ publication_status: 'published', is_representative: true });
    } finally {
      await native.close();
      await connection.close();
    }
  });
});
