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

describe('GET /v1/admin/postings/held', () => {
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
});
