import { sql, type Kysely } from 'kysely';

/**
 * Frozen in time. A paid search asks whether its query was discovered lately (DISCOVERY_REST_HOURS):
 * this partial index holds only the searches that discovered, by query and completion time, so the
 * question stays one index probe however many searches the table keeps.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped schema by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS searches_discovered_query_idx
    ON searches (normalized_query, completed_at) WHERE discovery_triggered`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped schema by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS searches_discovered_query_idx`.execute(db);
}
