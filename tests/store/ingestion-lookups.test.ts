import crypto from 'node:crypto';
import { Kysely, PostgresDialect, sql, type CompiledQuery } from 'kysely';
import pg from 'pg';
import { generatedPostings } from '../../bench/data/postings';
import type { Database } from '../../schema/database';
import { findCompanyOccupations } from '../../store/companies';
import { findDuplicateCandidates, type DedupRow } from '../../store/job-clusters';
import { insertJobs } from '../../store/jobs';
import { createTestDatabase, type TestDatabase } from '../harness/services';

/**
 * Each ingestion page asks the stored postings two questions whose cost must not grow with the
 * table: which postings share one of the page's ~2,000 LSH band keys (through the GIN index on
 * lsh_keys; a form the index cannot serve reads every posting's keys, most of a second a page at
 * 100,000 postings), and which occupations a company's latest postings have (through an index on
 * company_id, not a scan per company).
 */
describe('the stored postings an ingestion page looks up', () => {
  let t: TestDatabase;
  let pool: pg.Pool;
  let db: Kysely<Database>;
  const queries: CompiledQuery[] = [];
  let ids: string[];

  beforeAll(async () => {
    t = await createTestDatabase();
    pool = new pg.Pool({ connectionString: t.url, max: 2 });
    // As store/database.ts does: an idle client that loses its session must not crash the file.
    pool.on('error', () => undefined);
    db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      log: (event) => {
        if (event.level === 'query') queries.push(event.query);
      },
    });
    ids = await insertJobs(
      t.db,
      generatedPostings(40).map((p) => ({ ...p.job, externalId: crypto.randomUUID() })),
    );
    // Each stored posting gets its own 32 keys; the i-th holds 1000·i … 1000·i + 31.
    for (const [i, id] of ids.entries()) {
      const keys = Array.from({ length: 32 }, (_, k) => 1000 * (i + 1) + k);
      await sql`UPDATE jobs SET lsh_keys = ${keys}::integer[] WHERE id = ${id}`.execute(t.db);
    }
  });
  afterAll(async () => {
    await db.destroy();
    await t.drop();
  });

  const incoming = (lshKeys: number[]): DedupRow => ({
    id: crypto.randomUUID(),
    source: 'indeed',
    companyKey: null,
    titleKey: 'a title no stored posting has',
    locationKey: '',
    contentHash: null,
    minhash: null,
    lshKeys,
    hasDescription: false,
    skills: [],
    clusterId: null,
    ingestFingerprint: null,
    clusteredFingerprint: null,
    sameTextCompanies: 0,
    expired: false,
  });

  it('finds exactly the stored postings that share a band key', async () => {
    const found = await db
      .transaction()
      .execute((trx) => findDuplicateCandidates(trx, [incoming([3005, -1, -2]), incoming([7031, 9_999_999])], 50));
    expect(found.map((r) => r.id).sort()).toEqual([ids[2], ids[6]].sort());
  });

  it('reads the bands through the GIN index, which keeps no pending list', async () => {
    const options = await sql<{ reloptions: string[] | null }>`
      SELECT reloptions FROM pg_class WHERE relname = 'jobs_lsh_keys_idx'`.execute(t.db);
    expect(options.rows[0]?.reloptions).toContain('fastupdate=off');

    queries.length = 0;
    const keys = Array.from({ length: 2_000 }, (_, k) => k * 7919);
    await db.transaction().execute((trx) => findDuplicateCandidates(trx, [incoming(keys)], 50));
    expect(await planOf(queries.find((q) => q.sql.includes('content_hash = ANY')))).toMatch(
      /Bitmap Index Scan on jobs_lsh_keys_idx\b/,
    );
  });

  it("reads a company's latest postings through an index on the company", async () => {
    queries.length = 0;
    expect(await findCompanyOccupations(db, crypto.randomUUID(), 50)).toEqual([]);
    expect(await planOf(queries.find((q) => q.sql.includes('"company_id" =')))).toMatch(
      /Index Scan using jobs_company_idx on jobs/,
    );
  });

  /** The plan of a query as sent, with whole-table scans forbidden: a small table is cheaper to scan. */
  async function planOf(query: CompiledQuery | undefined): Promise<string> {
    expect(query).toBeDefined();
    const client = await pool.connect();
    try {
      await client.query('SET enable_seqscan = off');
      const plan = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${query?.sql ?? ''}`, [
        ...(query?.parameters ?? []),
      ]);
      return plan.rows.map((r) => r['QUERY PLAN']).join('\n');
    } finally {
      client.release();
    }
  }
});
