import { sql, type Kysely } from 'kysely';

/**
 * Discovery's third dedup key (after source + external id and URL): the same posting listed on two
 * boards has the same title, employer and place. A functional index keeps that lookup cheap.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped schema by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX jobs_listing_identity_idx ON jobs (lower(title), lower(coalesce(company_name, '')), lower(coalesce(location, '')))`.execute(
    db,
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS jobs_listing_identity_idx`.execute(db);
}
