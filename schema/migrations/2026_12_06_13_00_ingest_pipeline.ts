import { sql, type Kysely } from 'kysely';

/**
 * The ingestion pipeline's state (docs/ingestion.md): clusters of duplicate postings, companies with
 * their aliases and facts, and on every job its canonical URL, raw payload, dedup fingerprint
 * (MinHash and LSH keys), cluster, scores and publication. Jobs stored before this migration were
 * all searchable, so they start `published` and each the representative of its own (absent)
 * cluster; new rows start `pending` until the pipeline publishes them.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on an untyped schema by design
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('job_clusters')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('representative_job_id', 'uuid')
    .addColumn('member_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('published_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('source_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .alterTable('companies')
    .addColumn('domain', 'text')
    .addColumn('industry', 'text')
    .addColumn('industry_source', 'text', (c) =>
      c.check(sql`industry_source IN ('posting', 'occupations', 'provider')`),
    )
    .addColumn('size', 'text')
    .addColumn('headquarters', 'text')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('companies_domain_key')
    .on('companies')
    .column('domain')
    .unique()
    .where(sql.ref('domain'), 'is not', null)
    .execute();

  await db.schema
    .createTable('company_aliases')
    .addColumn('alias_key', 'text', (c) => c.primaryKey())
    .addColumn('company_id', 'uuid', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('alias', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('name', 'domain')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('company_aliases_company_idx').on('company_aliases').column('company_id').execute();

  await db.schema
    .alterTable('jobs')
    .addColumn('canonical_url', 'text')
    .addColumn('raw_key', 'text')
    .addColumn('raw_item', 'integer')
    .addColumn('ingest_fingerprint', 'text')
    .addColumn('company_key', 'text')
    .addColumn('title_key', 'text')
    .addColumn('location_key', 'text')
    .addColumn('minhash', sql`integer[]`)
    .addColumn('lsh_keys', sql`integer[]`)
    .addColumn('cluster_id', 'uuid', (c) => c.references('job_clusters.id').onDelete('set null'))
    .addColumn('dedup_stage', 'text', (c) =>
      c.check(sql`dedup_stage IN ('content_hash', 'listing_identity', 'near_duplicate')`),
    )
    .addColumn('dedup_similarity', 'real')
    .addColumn('clustered_fingerprint', 'text')
    .addColumn('same_text_companies', 'smallint', (c) => c.notNull().defaultTo(0))
    .addColumn('quality_score', 'smallint', (c) => c.check(sql`quality_score BETWEEN 0 AND 100`))
    .addColumn('spam_score', 'smallint', (c) => c.check(sql`spam_score BETWEEN 0 AND 100`))
    .addColumn('quality_reasons', 'jsonb')
    .addColumn('spam_reasons', 'jsonb')
    // A constant default is stored in the catalogue, not written into every existing row.
    .addColumn('publication_status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('published')
        .check(sql`publication_status IN ('pending', 'published', 'held')`),
    )
    .addColumn('publication_reasons', 'jsonb')
    .addColumn('published_fingerprint', 'text')
    .addColumn('is_representative', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('ingested_at', 'timestamptz')
    .execute();
  await sql`ALTER TABLE jobs ALTER COLUMN publication_status SET DEFAULT 'pending'`.execute(db);

  // Exact dedup by URL, the listing-identity stage, LSH candidates (GIN over the band keys: `&&`),
  // cluster membership, and the admins' list of held postings.
  await db.schema.createIndex('jobs_canonical_url_idx').on('jobs').column('canonical_url').execute();
  await db.schema
    .createIndex('jobs_identity_key_idx')
    .on('jobs')
    .columns(['company_key', 'title_key', 'location_key'])
    .where(sql.ref('company_key'), 'is not', null)
    .execute();
  await sql`CREATE INDEX jobs_lsh_keys_idx ON jobs USING gin (lsh_keys)`.execute(db);
  await db.schema.createIndex('jobs_cluster_idx').on('jobs').column('cluster_id').execute();
  // Superseded by jobs_identity_key_idx: discovery no longer looks postings up by raw title text.
  await sql`DROP INDEX IF EXISTS jobs_listing_identity_idx`.execute(db);
  await db.schema
    .createIndex('jobs_held_idx')
    .on('jobs')
    .column('ingested_at')
    .where(sql.ref('publication_status'), '=', 'held')
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see up()
export async function down(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS jobs_listing_identity_idx ON jobs (lower(title), lower(coalesce(company_name, '')), lower(coalesce(location, '')))`.execute(
    db,
  );
  for (const index of [
    'jobs_held_idx',
    'jobs_cluster_idx',
    'jobs_lsh_keys_idx',
    'jobs_identity_key_idx',
    'jobs_canonical_url_idx',
  ]) {
    await db.schema.dropIndex(index).ifExists().execute();
  }
  await db.schema
    .alterTable('jobs')
    .dropColumn('canonical_url')
    .dropColumn('raw_key')
    .dropColumn('raw_item')
    .dropColumn('ingest_fingerprint')
    .dropColumn('company_key')
    .dropColumn('title_key')
    .dropColumn('location_key')
    .dropColumn('minhash')
    .dropColumn('lsh_keys')
    .dropColumn('cluster_id')
    .dropColumn('dedup_stage')
    .dropColumn('dedup_similarity')
    .dropColumn('clustered_fingerprint')
    .dropColumn('same_text_companies')
    .dropColumn('quality_score')
    .dropColumn('spam_score')
    .dropColumn('quality_reasons')
    .dropColumn('spam_reasons')
    .dropColumn('publication_status')
    .dropColumn('publication_reasons')
    .dropColumn('published_fingerprint')
    .dropColumn('is_representative')
    .dropColumn('ingested_at')
    .execute();
  await db.schema.dropTable('company_aliases').ifExists().execute();
  await db.schema.dropIndex('companies_domain_key').ifExists().execute();
  await db.schema
    .alterTable('companies')
    .dropColumn('domain')
    .dropColumn('industry')
    .dropColumn('industry_source')
    .dropColumn('size')
    .dropColumn('headquarters')
    .dropColumn('updated_at')
    .execute();
  await db.schema.dropTable('job_clusters').ifExists().execute();
}
