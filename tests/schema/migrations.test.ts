import { sql } from 'kysely';
import { createMigrator, migrateToLatest, pendingMigrations } from '../../schema/migrator';
import { MIGRATIONS } from '../../schema/migrations';
import * as dropRefusedResumes from '../../schema/migrations/2026_12_06_12_20_harden_drop_refused_resumes';
import { createTestDatabase, type TestDatabase } from '../harness/services';

describe('migrations', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase({ empty: true });
  });
  afterAll(() => t.drop());

  it('apply to an empty database, report nothing pending, and are idempotent', async () => {
    expect(await pendingMigrations(t.db)).toEqual(Object.keys(MIGRATIONS));
    expect(await migrateToLatest(t.db)).toEqual(Object.keys(MIGRATIONS));
    expect(await pendingMigrations(t.db)).toEqual([]);
    expect(await migrateToLatest(t.db)).toEqual([]);

    const tables = await sql<{ table_name: string }>`
      SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`.execute(t.db);
    expect(tables.rows.map((r) => r.table_name)).toEqual(
      expect.arrayContaining([
        'archived_jobs',
        'companies',
        'credit_ledger',
        'jobs',
        'resumes',
        'search_results',
        'searches',
        'users',
      ]),
    );
    const ext = await sql<{ extversion: string }>`SELECT extversion FROM pg_extension WHERE extname = 'vector'`.execute(
      t.db,
    );
    expect(ext.rows[0]?.extversion).toMatch(/^0\.[8-9]\./);

    const hnsw = await sql<{ indexname: string }>`
      SELECT indexname FROM pg_indexes WHERE tablename = 'jobs' AND indexdef LIKE '%USING hnsw%' ORDER BY indexname`.execute(
      t.db,
    );
    expect(hnsw.rows.map((r) => r.indexname)).toEqual([
      'jobs_fulltext_embedding_hnsw',
      'jobs_listing_embedding_hnsw',
      'jobs_listing_embedding_remote_hnsw',
    ]);
  });

  it('roll back completely and forward again', async () => {
    const migrator = createMigrator(t.db);
    for (let i = 0; i < Object.keys(MIGRATIONS).length; i++) {
      const { error } = await migrator.migrateDown();
      expect(error).toBeUndefined();
    }
    const left = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'jobs'`.execute(
      t.db,
    );
    expect(left.rows[0]?.n).toBe(0);
    expect(await migrateToLatest(t.db)).toEqual(Object.keys(MIGRATIONS));
  });

  it('enforce the dedup key and the status vocabularies', async () => {
    const base = { source: 'indeed', external_id: 'abc', url: 'https://example.com/a', title: 'Engineer' };
    await t.db.insertInto('jobs').values(base).execute();
    await expect(
      t.db
        .insertInto('jobs')
        .values({ ...base, url: 'https://example.com/b' })
        .execute(),
    ).rejects.toThrow(/jobs_source_external_id_key/);
    await expect(
      t.db
        .insertInto('jobs')
        .values({ ...base, external_id: 'other', remote_type: 'sometimes' as never })
        .execute(),
    ).rejects.toThrow(/check constraint/);
  });

  it('drop the rows refused uploads left behind, and keep failures of ours', async () => {
    const user = await t.db
      .insertInto('users')
      .values({ email: 'migrated@example.com', tier: 'free', api_key_hash: 'x'.repeat(64), api_key_prefix: 'hh_x' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const row = (sha: string, code: string) => ({
      user_id: user.id,
      file_name: 'cv.pdf',
      media_type: 'application/pdf',
      size_bytes: 1,
      content_sha256: sha,
      status: 'failed' as const,
      error: JSON.stringify({ code, message: 'm' }),
    });
    await t.db
      .insertInto('resumes')
      .values([row('a', 'RESUME_ENCRYPTED'), row('b', 'RESUME_INGESTION_FAILED'), row('c', 'RESUME_TOO_LARGE')])
      .execute();
    await dropRefusedResumes.up(t.db);
    const left = await t.db.selectFrom('resumes').select('content_sha256').execute();
    expect(left).toEqual([{ content_sha256: 'b' }]);
  });
});
