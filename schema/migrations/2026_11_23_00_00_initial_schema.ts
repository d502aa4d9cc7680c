import { sql, type Kysely } from 'kysely';

/**
 * Frozen in time: this migration never imports application code. Raw `sql` only where the builder
 * has nothing: the pgvector extension, `vector(384)` columns and HNSW indexes.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped schema by design
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS vector`.execute(db);

  await db.schema
    .createTable('companies')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('normalized_name', 'text', (c) => c.notNull().unique())
    .addColumn('website', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('jobs')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('company_id', 'uuid', (c) => c.references('companies.id').onDelete('set null'))
    .addColumn('company_name', 'text')
    .addColumn('location', 'text')
    .addColumn('remote_type', 'text', (c) =>
      c
        .notNull()
        .defaultTo('unknown')
        .check(sql`remote_type IN ('remote', 'hybrid', 'onsite', 'unknown')`),
    )
    .addColumn('salary_min', 'double precision')
    .addColumn('salary_max', 'double precision')
    .addColumn('salary_currency', 'text')
    .addColumn('salary_period', 'text', (c) => c.check(sql`salary_period IN ('year', 'month', 'week', 'day', 'hour')`))
    // Annualised in salary_currency, so the minimum-salary filter compares like with like.
    .addColumn('salary_annual_min', 'double precision')
    .addColumn('salary_annual_max', 'double precision')
    .addColumn('employment_type', 'text', (c) =>
      c.check(sql`employment_type IN ('full_time', 'part_time', 'contract', 'temporary', 'internship', 'other')`),
    )
    .addColumn('seniority', 'text')
    .addColumn('visa_sponsorship', 'boolean')
    .addColumn('snippet', 'text')
    .addColumn('description_text', 'text')
    .addColumn('description_blob_key', 'text')
    .addColumn('content_hash', 'text')
    .addColumn('skills', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('skills_required', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('skills_preferred', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('years_required', 'real')
    .addColumn('education_required', 'text')
    .addColumn('onet_code', 'text')
    .addColumn('posted_at', 'timestamptz')
    .addColumn('first_discovered_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_discovered_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('enriched_at', 'timestamptz')
    .addColumn('discovery_status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('discovered')
        .check(sql`discovery_status IN ('discovered', 'filtered', 'expired')`),
    )
    .addColumn('enrichment_status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('none')
        .check(sql`enrichment_status IN ('none', 'queued', 'in_progress', 'enriched', 'failed', 'expired')`),
    )
    .addColumn('enrichment_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('listing_embedding', sql`vector(384)`)
    .addColumn('listing_embedding_model', 'text')
    .addColumn('fulltext_embedding', sql`vector(384)`)
    .addColumn('fulltext_embedding_model', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('jobs_source_external_id_key', ['source', 'external_id'])
    .execute();

  // Dedup keys beside (source, external_id): the same posting can reach us under one URL or with
  // identical content from another listing.
  await db.schema.createIndex('jobs_url_idx').on('jobs').column('url').execute();
  await db.schema
    .createIndex('jobs_content_hash_idx')
    .on('jobs')
    .column('content_hash')
    .where(sql.ref('content_hash'), 'is not', null)
    .execute();
  // The freshness window (last_discovered_at within 45 days) is part of every cache lookup.
  await db.schema.createIndex('jobs_last_discovered_at_idx').on('jobs').column('last_discovered_at').execute();
  await db.schema.createIndex('jobs_onet_code_idx').on('jobs').column('onet_code').execute();
  await db.schema
    .createIndex('jobs_enrichment_status_idx')
    .on('jobs')
    .columns(['enrichment_status', 'enriched_at'])
    .execute();
  // Cosine HNSW (m=16, ef_construction=64) over both embeddings; see docs/architecture.md#pgvector-settings.
  await sql`CREATE INDEX jobs_listing_embedding_hnsw ON jobs USING hnsw (listing_embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64)`.execute(
    db,
  );
  await sql`CREATE INDEX jobs_fulltext_embedding_hnsw ON jobs USING hnsw (fulltext_embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64)`.execute(
    db,
  );

  await db.schema
    .createTable('archived_jobs')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('company_name', 'text')
    .addColumn('onet_code', 'text')
    .addColumn('description_blob_key', 'text')
    .addColumn('first_discovered_at', 'timestamptz', (c) => c.notNull())
    .addColumn('last_discovered_at', 'timestamptz', (c) => c.notNull())
    .addColumn('enriched_at', 'timestamptz')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('record', 'jsonb', (c) => c.notNull())
    .addColumn('archived_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('archived_jobs_archived_at_idx').on('archived_jobs').column('archived_at').execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('tier', 'text', (c) =>
      c
        .notNull()
        .defaultTo('free')
        .check(sql`tier IN ('free', 'paid')`),
    )
    .addColumn('is_admin', 'boolean', (c) => c.notNull().defaultTo(false))
    // sha256 of a 256-bit random key: a fast hash is enough when the secret has full entropy.
    .addColumn('api_key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('api_key_prefix', 'text', (c) => c.notNull())
    .addColumn('daily_credit_cap', 'integer', (c) => c.check(sql`daily_credit_cap IS NULL OR daily_credit_cap >= 0`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('resumes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('content_sha256', 'text', (c) => c.notNull())
    .addColumn('blob_key', 'text')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('received')
        .check(sql`status IN ('received', 'parsed', 'analysed', 'ready', 'failed')`),
    )
    .addColumn('error', 'jsonb')
    .addColumn('text', 'text')
    .addColumn('parse', 'jsonb')
    .addColumn('analysis', 'jsonb')
    .addColumn('title', 'text')
    .addColumn('onet_code', 'text')
    .addColumn('seniority', 'text')
    .addColumn('years_experience', 'real')
    .addColumn('education_level', 'text')
    .addColumn('location', 'text')
    .addColumn('skills', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('embedding', sql`vector(384)`)
    .addColumn('embedding_model', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // The same file uploaded twice by one user is the same profile.
    .addUniqueConstraint('resumes_user_content_key', ['user_id', 'content_sha256'])
    .execute();

  await db.schema
    .createTable('searches')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('resume_id', 'uuid', (c) => c.references('resumes.id').onDelete('set null'))
    .addColumn('workflow_id', 'text', (c) => c.notNull().unique())
    .addColumn('tier', 'text', (c) => c.notNull().check(sql`tier IN ('free', 'paid')`))
    .addColumn('request', 'jsonb', (c) => c.notNull())
    .addColumn('normalized_query', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('running')
        .check(sql`status IN ('running', 'completed', 'cancelled', 'failed')`),
    )
    .addColumn('phase', 'text', (c) => c.notNull().defaultTo('cache'))
    .addColumn('discovery_triggered', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('live_search_unavailable', 'text')
    .addColumn('credits_used', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('results_version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('progress', 'jsonb')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('completed_at', 'timestamptz')
    .execute();
  await db.schema.createIndex('searches_user_created_idx').on('searches').columns(['user_id', 'created_at']).execute();

  await db.schema
    .createTable('search_results')
    .addColumn('search_id', 'uuid', (c) => c.notNull().references('searches.id').onDelete('cascade'))
    .addColumn('rank', 'integer', (c) => c.notNull().check(sql`rank >= 1`))
    // No foreign key: jobs are purged after 45 days, a finished search keeps its snapshot.
    .addColumn('job_id', 'uuid', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('ats_score', 'real', (c) => c.notNull())
    .addColumn('semantic_score', 'real', (c) => c.notNull())
    .addColumn('freshness_boost', 'real', (c) => c.notNull())
    .addColumn('reasons', 'jsonb', (c) => c.notNull())
    .addColumn('job', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_results_pkey', ['search_id', 'rank'])
    .execute();

  await db.schema
    .createTable('credit_ledger')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    // The gateway's reservation id: writing the same settlement twice is a no-op.
    .addColumn('request_id', 'text', (c) => c.notNull().unique())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('endpoint', 'text', (c) => c.notNull())
    .addColumn('credits', 'integer', (c) => c.notNull().check(sql`credits >= 0`))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('provider_status', 'integer')
    .addColumn('latency_ms', 'integer')
    .addColumn('search_id', 'uuid')
    .addColumn('user_id', 'uuid')
    .addColumn('job_id', 'uuid')
    .execute();
  await db.schema.createIndex('credit_ledger_month_idx').on('credit_ledger').column('month').execute();
  await db.schema.createIndex('credit_ledger_search_idx').on('credit_ledger').column('search_id').execute();
  await db.schema
    .createIndex('credit_ledger_user_idx')
    .on('credit_ledger')
    .columns(['user_id', 'occurred_at'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'credit_ledger',
    'search_results',
    'searches',
    'resumes',
    'users',
    'archived_jobs',
    'jobs',
    'companies',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
