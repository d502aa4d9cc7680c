import type { Migration } from 'kysely';
import * as initialSchema from './2026_11_23_00_00_initial_schema';
import * as jobsListingEmbeddingInline from './2026_11_23_17_30_jobs_listing_embedding_inline';
import * as jobsListingRemoteHnsw from './2026_11_23_18_00_jobs_listing_remote_hnsw';
import * as resumeUploads from './2026_11_24_00_00_resume_uploads';
import * as jobsListingIdentity from './2026_11_24_10_00_jobs_listing_identity';
import * as jobsEnrichmentRun from './2026_11_24_11_00_jobs_enrichment_run';
import * as opsMaintenance from './2026_12_06_12_00_ops_maintenance';
import * as opsReembedding from './2026_12_06_12_10_ops_reembedding';
import * as hardenDropRefusedResumes from './2026_12_06_12_20_harden_drop_refused_resumes';
import * as ingestPipeline from './2026_12_06_13_00_ingest_pipeline';
import * as searchesDiscoveryRest from './2026_12_07_00_00_searches_discovery_rest';
import * as jobsIngestionLookups from './2026_12_07_00_10_jobs_ingestion_lookups';
import * as jobsOccupationRecency from './2026_12_07_00_20_jobs_occupation_recency';

/**
 * Every migration, by name, in order. A static list (rather than reading the folder) works the same
 * under tsx, jest, the compiled dist/ and the Temporal bundler.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '2026_11_23_00_00_initial_schema': initialSchema,
  '2026_11_23_17_30_jobs_listing_embedding_inline': jobsListingEmbeddingInline,
  '2026_11_23_18_00_jobs_listing_remote_hnsw': jobsListingRemoteHnsw,
  '2026_11_24_00_00_resume_uploads': resumeUploads,
  '2026_11_24_10_00_jobs_listing_identity': jobsListingIdentity,
  '2026_11_24_11_00_jobs_enrichment_run': jobsEnrichmentRun,
  '2026_12_06_12_00_ops_maintenance': opsMaintenance,
  '2026_12_06_12_10_ops_reembedding': opsReembedding,
  '2026_12_06_12_20_harden_drop_refused_resumes': hardenDropRefusedResumes,
  '2026_12_06_13_00_ingest_pipeline': ingestPipeline,
  '2026_12_07_00_00_searches_discovery_rest': searchesDiscoveryRest,
  '2026_12_07_00_10_jobs_ingestion_lookups': jobsIngestionLookups,
  '2026_12_07_00_20_jobs_occupation_recency': jobsOccupationRecency,
};
