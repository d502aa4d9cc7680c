import { sql, type Kysely } from 'kysely';

/**
 * Frozen in time. Two lookups every ingestion page makes, which grew with the table:
 *
 * - Deduplication looks up a page's LSH band keys (about 2,000) with `&&` through the GIN index on
 *   jobs.lsh_keys. With `fastupdate` on, recent inserts wait in the index's pending list, which a
 *   busy ingestion keeps long and every such scan reads whole once per key (about 1 s a page). Off,
 *   an insert files its 32 keys at once (about 0.1 ms more per posting) and a scan reads only the
 *   index's tree. The pending list left behind is merged here, by the index's owner.
 * - A company's industry is read from its latest postings' occupations: without an index on
 *   company_id that was a scan of every posting, per company, per page.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped schema by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER INDEX jobs_lsh_keys_idx SET (fastupdate = off)`.execute(db);
  await sql`SELECT gin_clean_pending_list('jobs_lsh_keys_idx'::regclass)`.execute(db);
  await sql`CREATE INDEX IF NOT EXISTS jobs_company_idx ON jobs (company_id, first_discovered_at DESC)
    WHERE company_id IS NOT NULL`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped schema by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS jobs_company_idx`.execute(db);
  await sql`ALTER INDEX jobs_lsh_keys_idx RESET (fastupdate)`.execute(db);
}
