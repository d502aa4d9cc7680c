import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { Redis } from 'ioredis';
import pino from 'pino';
import { composeApi } from '../../api/compose';
import { compatibleTags } from '../../matching/embeddings/embedder';
import { findCacheCandidates } from '../../store/jobs';
import { createUser } from '../../store/users';
import { withServer } from '../harness/http';
import { createTestDatabase, createTestRedis, uniquePrefix, type TestDatabase } from '../harness/services';
import { bundleWorkflows } from '../harness/workflow-bundle';
import { call } from '../e2e/api-client';
import { startMaintenanceWorker, triggerAndWait, type MaintenanceWorker } from './fixtures';
import { insertGeneratedJobs } from './jobs';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * Done when: purge archives exactly the expired jobs, and searches no longer see them; their
 * payloads go after the grace period; the weekly cleanup removes orphaned payloads only.
 */
describe('purge and object-store cleanup', () => {
  let t: TestDatabase;
  let bundle: WorkflowBundleWithSourceMap;
  let worker: MaintenanceWorker;
  let redis: Redis;
  const now = Date.now();
  let fresh: string[];
  let expired: string[];
  const payloadKey = (jobId: string, name = crypto.randomBytes(8).toString('hex')): string =>
    `raw/${jobId}/${name}.json`;

  async function storePayload(key: string, ageMs: number): Promise<void> {
    await worker.deps.objects.put(key, Buffer.from('{"raw":true}'), 'application/json');
    const when = new Date(Date.now() - ageMs);
    fs.utimesSync(path.join(worker.objectsDir, ...key.split('/')), when, when);
  }
  const stored = async (key: string): Promise<boolean> => (await worker.deps.objects.get(key)) !== undefined;
  /** The search's candidate lookup, with a freshness window wide enough to show expired rows still there. */
  const lookUp = async () =>
    findCacheCandidates(t.db, {
      embedding: (await worker.deps.embedder.embed(['registered nurse']))[0]!,
      modelTags: compatibleTags(worker.deps.embedder),
      filters: {},
      freshnessDays: 3650,
      now: new Date(),
      limit: 100,
      efSearch: 100,
      maxScanTuples: 20_000,
    });

  beforeAll(async () => {
    t = await createTestDatabase();
    bundle = await bundleWorkflows();
    worker = await startMaintenanceWorker({
      databaseUrl: t.url,
      bundle,
      env: {
        MAINTENANCE_PURGE_BATCH_SIZE: '7',
        MAINTENANCE_PAYLOAD_GRACE_DAYS: '7',
        MAINTENANCE_OBJECT_MIN_AGE_HOURS: '1',
      },
    });
    redis = await createTestRedis();
    const embedder = worker.deps.embedder;
    // The freshness window is 45 days: 44 days is fresh, 46 days is not.
    fresh = [
      ...(await insertGeneratedJobs(t.db, embedder, {
        count: 12,
        label: 'fresh',
        lastDiscoveredAt: new Date(now - 10 * DAY),
      })),
      ...(await insertGeneratedJobs(t.db, embedder, {
        count: 3,
        label: 'edge-fresh',
        offset: 12,
        lastDiscoveredAt: new Date(now - 44 * DAY),
      })),
    ];
    expired = [
      ...(await insertGeneratedJobs(t.db, embedder, {
        count: 20,
        label: 'old',
        offset: 15,
        lastDiscoveredAt: new Date(now - 50 * DAY),
      })),
      ...(await insertGeneratedJobs(t.db, embedder, {
        count: 3,
        label: 'edge-old',
        offset: 35,
        lastDiscoveredAt: new Date(now - 46 * DAY),
      })),
    ];
    // A repost: one fresh posting clustered under an expired one that represents it. Once the
    // purge takes the representative, the fresh one must represent the cluster (or search loses it).
    const cluster = await t.db
      .insertInto('job_clusters')
      .values({ member_count: 2 })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .updateTable('jobs')
      .set({ cluster_id: cluster.id })
      .where('id', 'in', [expired[10]!, fresh[5]!])
      .execute();
    await t.db.updateTable('jobs').set({ is_representative: false }).where('id', '=', fresh[5]!).execute();
    // Enriched jobs keep their raw payload's key (as activities/provider.ts records it).
    for (const id of [...expired.slice(0, 5), ...fresh.slice(0, 3)]) {
      const key = payloadKey(id);
      await storePayload(key, 2 * HOUR);
      await t.db.updateTable('jobs').set({ description_blob_key: key }).where('id', '=', id).execute();
    }
  }, 120_000);

  afterAll(async () => {
    await worker.close();
    redis.disconnect();
    await t.drop();
  });

  it('archives exactly the expired jobs, in batches, skipping a row another transaction holds', async () => {
    const stale = await lookUp();
    expect(stale.candidates.map((c) => c.id)).toEqual(expect.arrayContaining(expired));

    // An enrichment holding one expired row: the purge neither waits for it nor fails.
    const locked = expired[6]!;
    let release!: () => void;
    let held!: () => void;
    const holding = new Promise<void>((resolve) => (held = resolve));
    const lock = t.db.transaction().execute(async (trx) => {
      await trx.selectFrom('jobs').select('id').where('id', '=', locked).forUpdate().execute();
      held();
      await new Promise<void>((resolve) => (release = resolve));
    });
    await holding;
    const first = (await triggerAndWait(worker.client, worker.scheduleId('purge'))) as Record<string, number>;
    release();
    await lock;
    expect(first).toMatchObject({ archived: expired.length - 1, archivedWithPayload: 5 });
    const second = (await triggerAndWait(worker.client, worker.scheduleId('purge'))) as Record<string, number>;
    expect(second).toMatchObject({ archived: 1 });

    const remaining = await t.db.selectFrom('jobs').select('id').execute();
    expect(remaining.map((r) => r.id).sort()).toEqual([...fresh].sort());
    const archived = await t.db.selectFrom('archived_jobs').selectAll().execute();
    expect(archived.map((r) => r.id).sort()).toEqual([...expired].sort());
    for (const row of archived) {
      expect(row.reason).toBe('not_discovered_within_window');
      expect(row.record).not.toHaveProperty('listing_embedding');
      expect(row.record).toHaveProperty('title', row.title);
      expect(row.payload_deleted_at).toBeNull();
    }
    expect(archived.filter((r) => r.description_blob_key !== null)).toHaveLength(5);
    // Within the grace period the archived jobs' payloads stay.
    for (const row of archived) if (row.description_blob_key) expect(await stored(row.description_blob_key)).toBe(true);
  }, 120_000);

  it('leaves searches and job pages without the archived jobs, and a purged representative handed on', async () => {
    const after = await lookUp();
    expect(after.candidates.map((c) => c.id).sort()).toEqual([...fresh].sort());
    const cluster = await t.db
      .selectFrom('job_clusters')
      .innerJoin('jobs', 'jobs.cluster_id', 'job_clusters.id')
      .select(['representative_job_id', 'member_count'])
      .where('jobs.id', '=', fresh[5]!)
      .executeTakeFirstOrThrow();
    expect(cluster).toEqual({ representative_job_id: fresh[5], member_count: 1 });

    const { apiKey } = await createUser(t.db, { email: `${uniquePrefix('reader')}@example.com`, tier: 'free' });
    const api = composeApi({
      config: worker.config,
      logger: pino({ level: 'silent' }),
      db: t.db,
      redis,
      temporal: worker.client,
    });
    try {
      await withServer(api.app, async (base) => {
        expect((await call(base, apiKey, 'GET', `/v1/jobs/${expired[0]}`)).status).toBe(404);
        expect((await call(base, apiKey, 'GET', `/v1/jobs/${fresh[0]}`)).status).toBe(200);
      });
    } finally {
      api.close();
    }
  });

  it('deletes archived payloads once the grace period is over, and only theirs', async () => {
    const archived = await t.db.selectFrom('archived_jobs').select(['id', 'description_blob_key']).execute();
    const keys = archived.flatMap((r) => (r.description_blob_key ? [r.description_blob_key] : []));
    await t.db
      .updateTable('archived_jobs')
      .set({ archived_at: new Date(Date.now() - 8 * DAY) })
      .where(
        'id',
        'in',
        archived.slice(0, archived.length - 1).map((r) => r.id),
      )
      .execute();
    const lastKey = archived.at(-1)!.description_blob_key;
    const summary = (await triggerAndWait(worker.client, worker.scheduleId('purge'))) as Record<string, number>;
    const due = keys.filter((k) => k !== lastKey);
    expect(summary).toMatchObject({ archived: 0, payloadsDeletedForJobs: due.length });
    for (const key of due) expect(await stored(key)).toBe(false);
    if (lastKey) expect(await stored(lastKey)).toBe(true);
    const fresh3 = await t.db
      .selectFrom('jobs')
      .select('description_blob_key')
      .where('description_blob_key', 'is not', null)
      .execute();
    expect(fresh3).toHaveLength(3);
    for (const row of fresh3) expect(await stored(row.description_blob_key!)).toBe(true);
  }, 60_000);

  it('removes orphaned payloads weekly: gone jobs and superseded payloads, not young ones or foreign keys', async () => {
    const current = (await t.db
      .selectFrom('jobs')
      .select(['id', 'description_blob_key'])
      .where('description_blob_key', 'is not', null)
      .executeTakeFirstOrThrow()) as { id: string; description_blob_key: string };
    const superseded = payloadKey(current.id, 'superseded');
    const gone = payloadKey(crypto.randomUUID());
    const young = payloadKey(crypto.randomUUID());
    const foreign = 'raw/README.txt';
    await storePayload(superseded, 3 * HOUR);
    await storePayload(gone, 3 * HOUR);
    await storePayload(young, 0);
    await storePayload(foreign, 3 * HOUR);

    const summary = (await triggerAndWait(worker.client, worker.scheduleId('object-cleanup'))) as Record<
      string,
      number
    >;
    expect(summary).toMatchObject({ deleted: 2, foreign: 1 });
    expect(await stored(superseded)).toBe(false);
    expect(await stored(gone)).toBe(false);
    expect(await stored(young)).toBe(true);
    expect(await stored(foreign)).toBe(true);
    expect(await stored(current.description_blob_key)).toBe(true);
  }, 60_000);
});
