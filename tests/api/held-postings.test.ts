import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInProcessIngestion, createIngestionActivities, storeRawBatch } from '../../activities/ingestion';
import { heldPostingRoutes } from '../../api/held-postings';
import { loadConfig } from '../../common/config';
import { createCachedEmbedder } from '../../matching/embeddings/cached-embedder';
import { createHashingBackend } from '../../matching/embeddings/hashing';
import { createFilesystemStore } from '../../store/objects/filesystem-store';
import { createUser } from '../../store/users';
import { openTestConnections, type TestConnections } from '../harness/connections';
import { withServer } from '../harness/http';
import { posting, SCAM_MESSENGER_FEE } from '../ingestion/postings';
import { fetchDocumented } from './documented';
import { createTestApp } from './fixtures';

const config = loadConfig({
  DATABASE_URL: 'postgres://u@127.0.0.1:5432/db',
  REDIS_URL: 'redis://127.0.0.1:6379',
  TEMPORAL_ADDRESS: '127.0.0.1:7233',
});

describe('held postings for admins', () => {
  let services: TestConnections;
  const objectsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hh-held-'));
  beforeAll(async () => {
    services = await openTestConnections();
  });
  afterAll(async () => {
    await services.close();
    fs.rmSync(objectsDir, { recursive: true, force: true });
  });

  it('lists what ingestion held back with the reasons, to admins only', async () => {
    const objects = createFilesystemStore(objectsDir);
    const pipeline = createInProcessIngestion(
      createIngestionActivities({
        db: services.db,
        embedder: createCachedEmbedder(createHashingBackend(), { batchSize: 16, cacheSize: 0 }),
        objects,
        settings: config.ingestion,
      }),
    );
    const payload = [
      posting({ externalId: 'honest' }),
      posting({ externalId: 'scam', title: 'Data Entry Clerk', company: null, description: SCAM_MESSENGER_FEE }),
    ];
    await pipeline.ingest(await storeRawBatch(objects, { kind: 'postings', payload }, new Date()));

    const admin = await createUser(services.db, { email: 'admin@example.com', tier: 'paid', isAdmin: true });
    const user = await createUser(services.db, { email: 'user@example.com', tier: 'paid' });
    const app = createTestApp(services, { routes: heldPostingRoutes(services.db) });
    await withServer(app, async (base) => {
      const refused = await fetchDocumented(`${base}/v1/admin/postings/held`, {
        headers: { 'x-api-key': user.apiKey },
      });
      expect(refused.status).toBe(403);

      const answer = await fetchDocumented(`${base}/v1/admin/postings/held?limit=10`, {
        headers: { 'x-api-key': admin.apiKey },
      });
      expect(answer.status).toBe(200);
      const page = (await answer.json()) as {
        total: number;
        items: { title: string; spamScore: number; reasons: { code: string }[] }[];
      };
      expect(page.total).toBe(1);
      expect(page.items[0]).toMatchObject({ title: 'Data Entry Clerk' });
      expect(page.items[0]!.spamScore).toBeGreaterThanOrEqual(config.ingestion.publication.spamHoldAt);
      expect(page.items[0]!.reasons.map((r) => r.code)).toEqual(
        expect.arrayContaining(['spam_threshold', 'messenger_contact', 'fee_asked']),
      );
    });
  });

  it('releases a held posting into search, and ingestion keeps the release while it is unchanged', async () => {
    const objects = createFilesystemStore(objectsDir);
    const activities = createIngestionActivities({
      db: services.db,
      embedder: createCachedEmbedder(createHashingBackend(), { batchSize: 16, cacheSize: 0 }),
      objects,
      settings: config.ingestion,
    });
    const pipeline = createInProcessIngestion(activities);
    const prefix = `release-${Date.now()}`;
    const payload = [
      posting({
        externalId: `${prefix}-scam`,
        title: 'Shipping Clerk',
        company: null,
        description: SCAM_MESSENGER_FEE,
      }),
    ];
    const batch = await storeRawBatch(objects, { kind: 'postings', payload }, new Date());
    await pipeline.ingest(batch);
    const held = await services.db
      .selectFrom('jobs')
      .select(['id', 'publication_status'])
      .where('external_id', '=', `${prefix}-scam`)
      .executeTakeFirstOrThrow();
    expect(held.publication_status).toBe('held');

    const admin = await createUser(services.db, { email: `${prefix}-admin@example.com`, tier: 'paid', isAdmin: true });
    const user = await createUser(services.db, { email: `${prefix}-user@example.com`, tier: 'paid' });
    const app = createTestApp(services, { routes: heldPostingRoutes(services.db) });
    await withServer(app, async (base) => {
      const release = (id: string, apiKey: string) =>
        fetchDocumented(`${base}/v1/admin/postings/${id}/release`, {
          method: 'POST',
          headers: { 'x-api-key': apiKey },
        });

      expect((await release(held.id, user.apiKey)).status).toBe(403);
      const released = await release(held.id, admin.apiKey);
      expect(released.status).toBe(200);
      expect(await released.json()).toMatchObject({ id: held.id, status: 'published' });

      const again = await release(held.id, admin.apiKey);
      expect(again.status).toBe(409);
      expect(((await again.json()) as { error: { code: string } }).error.code).toBe('INGESTION_POSTING_NOT_HELD');
      const missing = await release('0193a3c0-0000-7000-8000-000000000000', admin.apiKey);
      expect(missing.status).toBe(404);
      expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('JOB_NOT_FOUND');
      expect((await release('not-a-uuid', admin.apiKey)).status).toBe(404);
    });

    // The same batch again, and the publication step run for it as a rescore does: the posting is
    // unchanged, so the admin's decision stands.
    await pipeline.ingest(batch);
    await activities.publishPostings({ jobIds: [held.id], clusterIds: [] });
    const after = await services.db
      .selectFrom('jobs')
      .select(['publication_status', 'is_representative', 'publication_reasons'])
      .where('id', '=', held.id)
      .executeTakeFirstOrThrow();
    expect(after.publication_status).toBe('published');
    expect(after.is_representative).toBe(true);
    expect(JSON.stringify(after.publication_reasons)).toContain('released_by_admin');
  });
});
