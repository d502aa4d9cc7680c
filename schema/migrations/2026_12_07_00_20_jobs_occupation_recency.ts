import { sql, type Kysely } from 'kysely';

/**
 * Frozen in time. The cache lookup's second source of candidates reads a profile's occupation's
 * most recently seen postings (store/jobs.ts findCacheCandidates): an index on the code alone had
 * to fetch and sort every posting of a common occupation (thousands) to find them. The new index
 * serves both that and every lookup by code alone, so the old one goes.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped schema by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS jobs_onet_code_seen_idx ON jobs (onet_code, last_discovered_at DESC)
    WHERE onet_code IS NOT NULL`.execute(db);
  await sql`DROP INDEX IF EXISTS jobs_onet_code_idx`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped schema by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS jobs_onet_code_idx ON jobs (onet_code)`.execute(db);
  await sql`DROP INDEX IF EXISTS jobs_onet_code_seen_idx`.execute(db);
}
