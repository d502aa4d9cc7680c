import { sql, type Kysely } from 'kysely';

/**
 * Frozen in time. Uploaded resume files wait here between the API, which receives them, and the
 * `ml` worker, which reads them: Temporal payloads are the wrong place for megabytes of personal
 * data (they stay in workflow history). A row lives only until the file has been read.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped schema by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('resume_uploads')
    .addColumn('resume_id', 'uuid', (c) => c.primaryKey().references('resumes.id').onDelete('cascade'))
    .addColumn('bytes', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('resume_uploads').ifExists().execute();
}
