import { sql, type Kysely } from 'kysely';

/**
 * Changing the embedding model without a gap in search: the new model's vectors are built beside
 * the served ones (`job_embeddings_staged`), and one transaction copies them into `jobs` and moves
 * `embedding_serving` to the new model, so searches see either every old vector or every new one.
 * `embedding_changes` records each change and how the switch went. Frozen in time.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped schema by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('embedding_serving')
    // One row: the model whose vectors searches compare against.
    .addColumn('id', 'boolean', (c) =>
      c
        .primaryKey()
        .defaultTo(true)
        .check(sql`id`),
    )
    .addColumn('model_tag', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('job_embeddings_staged')
    .addColumn('job_id', 'uuid', (c) => c.primaryKey().references('jobs.id').onDelete('cascade'))
    .addColumn('model_tag', 'text', (c) => c.notNull())
    .addColumn('listing_embedding', sql`vector(384)`)
    .addColumn('fulltext_embedding', sql`vector(384)`)
    // The job's updated_at when its texts were read: a job updated since (enriched) is staged again.
    .addColumn('source_updated_at', 'timestamptz', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('embedding_changes')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('from_tag', 'text', (c) => c.notNull())
    .addColumn('to_tag', 'text', (c) => c.notNull())
    .addColumn('workflow_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('building', 'switched')`))
    .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('switched_at', 'timestamptz')
    .addColumn('jobs_switched', 'integer')
    .addColumn('switch_ms', 'integer')
    .execute();
  await sql`CREATE UNIQUE INDEX embedding_changes_building_idx ON embedding_changes (to_tag) WHERE status = 'building'`.execute(
    db,
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['embedding_changes', 'job_embeddings_staged', 'embedding_serving']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
