import { sql, type Kysely } from 'kysely';

/**
 * Keeps `jobs.listing_embedding` inside the row. pgvector's type defaults to EXTERNAL storage, so
 * once a row passes PostgreSQL's 2 kB TOAST threshold (a snippet, skills and the 1.5 kB vector do)
 * the vector moves to the TOAST table and every distance the cache lookup computes costs extra page
 * reads: on 10k jobs the filtered exact scan went from 45 ms to 15 ms with the vector inline
 * (bench/cache.ts). PLAIN makes the toaster move the other, larger columns (the description) first.
 * Affects rows written from now on; existing rows move on their next update or a VACUUM FULL.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped schema by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE jobs ALTER COLUMN listing_embedding SET STORAGE PLAIN`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped schema by design
export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE jobs ALTER COLUMN listing_embedding SET STORAGE EXTERNAL`.execute(db);
}
