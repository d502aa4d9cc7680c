import { sql, type Kysely } from 'kysely';

/**
 * What the scheduled maintenance keeps (docs/operations.md#scheduled-maintenance): dead letters
 * for work that failed for good, a record of every maintenance run, the nightly enrichment retries,
 * vector index measurements, the hourly analytics and the job pages people opened. Frozen in time:
 * never imports application code.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped schema by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('dead_letters')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('task', 'text', (c) => c.notNull())
    .addColumn('workflow_id', 'text', (c) => c.notNull())
    .addColumn('run_id', 'text', (c) => c.notNull())
    .addColumn('activity', 'text')
    .addColumn('input_summary', 'jsonb', (c) => c.notNull())
    .addColumn('error_code', 'text')
    .addColumn('error_message', 'text', (c) => c.notNull())
    .addColumn('failed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('state', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`state IN ('pending', 'requeued', 'resolved')`),
    )
    // The workflow (task and input) that re-does it; requeueing starts it.
    .addColumn('requeue', 'jsonb', (c) => c.notNull())
    .addColumn('requeue_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('requeued_at', 'timestamptz')
    .addColumn('requeued_workflow_id', 'text')
    .addColumn('resolved_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('dead_letters_state_idx').on('dead_letters').columns(['state', 'failed_at']).execute();

  await db.schema
    .createTable('maintenance_runs')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('task', 'text', (c) => c.notNull())
    .addColumn('workflow_id', 'text', (c) => c.notNull())
    // A run is recorded once, however often its recording activity is retried.
    .addColumn('run_id', 'text', (c) => c.notNull().unique())
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('finished_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome IN ('completed', 'failed')`))
    .addColumn('summary', 'jsonb', (c) => c.notNull())
    .addColumn('error_message', 'text')
    .execute();
  await db.schema
    .createIndex('maintenance_runs_task_idx')
    .on('maintenance_runs')
    .columns(['task', 'finished_at'])
    .execute();

  await db.schema
    .createTable('enrichment_retries')
    .addColumn('job_id', 'uuid', (c) => c.primaryKey().references('jobs.id').onDelete('cascade'))
    // The paid search that asked for the job first: the retry is charged to it, through the gateway.
    .addColumn('search_id', 'uuid', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('credits', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_attempt_at', 'timestamptz')
    .addColumn('last_outcome', 'text')
    .addColumn('last_error', 'text')
    .addColumn('gave_up_at', 'timestamptz')
    .execute();
  // Which paid search asked for a failed job is read from the ledger by job.
  await sql`CREATE INDEX credit_ledger_job_idx ON credit_ledger (job_id) WHERE job_id IS NOT NULL`.execute(db);

  await db.schema
    .createTable('index_measurements')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('index_name', 'text', (c) => c.notNull())
    .addColumn('measured_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sample_queries', 'integer', (c) => c.notNull())
    .addColumn('k', 'integer', (c) => c.notNull())
    .addColumn('ef_search', 'integer', (c) => c.notNull())
    .addColumn('recall', 'real')
    .addColumn('size_bytes', 'bigint', (c) => c.notNull())
    .addColumn('indexed_rows', 'bigint', (c) => c.notNull())
    .addColumn('bytes_per_row', 'real')
    .addColumn('baseline_bytes_per_row', 'real')
    .addColumn('bloat', 'real')
    .addColumn('action', 'text', (c) => c.notNull().check(sql`action IN ('none', 'rebuilt')`))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('rebuilt_size_bytes', 'bigint')
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('index_measurements_name_idx')
    .on('index_measurements')
    .columns(['index_name', 'measured_at'])
    .execute();

  await db.schema
    .createTable('analytics_hourly')
    .addColumn('hour', 'timestamptz', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull().check(sql`tier IN ('free', 'paid')`))
    .addColumn('searches', 'integer', (c) => c.notNull())
    .addColumn('cache_hits', 'integer', (c) => c.notNull())
    .addColumn('discovery_triggered', 'integer', (c) => c.notNull())
    .addColumn('credits', 'integer', (c) => c.notNull())
    .addColumn('results', 'integer', (c) => c.notNull())
    .addColumn('useful_results', 'integer', (c) => c.notNull())
    .addColumn('opened_results', 'integer', (c) => c.notNull())
    .addColumn('enrich_done', 'integer', (c) => c.notNull())
    .addColumn('enrich_failed', 'integer', (c) => c.notNull())
    .addColumn('enrich_expired', 'integer', (c) => c.notNull())
    .addColumn('first_results_p50_ms', 'real')
    .addColumn('first_results_p95_ms', 'real')
    .addColumn('computed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('analytics_hourly_pkey', ['hour', 'tier'])
    .execute();
  // The roll-up reads an hour's searches by creation time.
  await db.schema.createIndex('searches_created_idx').on('searches').column('created_at').execute();

  await db.schema
    .createTable('job_opens')
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // No foreign key: an archived job's opens still count for the searches that showed it.
    .addColumn('job_id', 'uuid', (c) => c.notNull())
    .addColumn('first_opened_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('job_opens_pkey', ['user_id', 'job_id'])
    .execute();

  await db.schema.alterTable('archived_jobs').addColumn('payload_deleted_at', 'timestamptz').execute();
  await sql`CREATE INDEX archived_jobs_payload_pending_idx ON archived_jobs (archived_at)
            WHERE payload_deleted_at IS NULL AND description_blob_key IS NOT NULL`.execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX IF EXISTS archived_jobs_payload_pending_idx`.execute(db);
  await db.schema.alterTable('archived_jobs').dropColumn('payload_deleted_at').execute();
  await sql`DROP INDEX IF EXISTS searches_created_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS credit_ledger_job_idx`.execute(db);
  for (const table of [
    'job_opens',
    'analytics_hourly',
    'index_measurements',
    'enrichment_retries',
    'maintenance_runs',
    'dead_letters',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
