import { sql, type Kysely } from 'kysely';

/**
 * Frozen in time. Uploads the reader refused used to stay as `failed` rows (name, type, hash and the
 * verdict); nothing from a refused input is kept any more, so the rows left by earlier versions go
 * too. A verdict is any RESUME_* code but RESUME_INGESTION_FAILED, which is a failure of ours.
 * Deleted rows cannot come back: `down` has nothing to undo.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped schema by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    DELETE FROM resumes
    WHERE status = 'failed'
      AND error->>'code' LIKE 'RESUME\\_%'
      AND error->>'code' <> 'RESUME_INGESTION_FAILED'`.execute(db);
}

export async function down(): Promise<void> {}
