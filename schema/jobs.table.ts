import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';
import type { DedupStage, PublicationStatus, ScoreReason } from '../common/vocabulary/ingestion';
import type { RemoteType, SalaryPeriod } from '../common/vocabulary/jobs';
import type {
  DefaultTimestamp,
  Generated,
  NullableJsonColumn,
  NullableTimestamp,
  TextArray,
  VectorColumn,
} from './column-types';

export type EmploymentType = 'full_time' | 'part_time' | 'contract' | 'temporary' | 'internship' | 'other';
export type DiscoveryStatus = 'discovered' | 'filtered' | 'expired';
export type EnrichmentStatus = 'none' | 'queued' | 'in_progress' | 'enriched' | 'failed' | 'expired';

export interface JobsTable {
  id: Generated<string>;
  source: string;
  external_id: string;
  url: string;
  title: string;
  company_id: string | null;
  company_name: string | null;
  location: string | null;
  remote_type: ColumnType<RemoteType, RemoteType | undefined, RemoteType>;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  salary_period: SalaryPeriod | null;
  salary_annual_min: number | null;
  salary_annual_max: number | null;
  employment_type: EmploymentType | null;
  seniority: string | null;
  visa_sponsorship: boolean | null;
  snippet: string | null;
  description_text: string | null;
  description_blob_key: string | null;
  content_hash: string | null;
  skills: TextArray;
  skills_required: TextArray;
  skills_preferred: TextArray;
  years_required: number | null;
  education_required: string | null;
  onet_code: string | null;
  posted_at: NullableTimestamp;
  first_discovered_at: DefaultTimestamp;
  last_discovered_at: DefaultTimestamp;
  enriched_at: NullableTimestamp;
  discovery_status: ColumnType<DiscoveryStatus, DiscoveryStatus | undefined, DiscoveryStatus>;
  enrichment_status: ColumnType<EnrichmentStatus, EnrichmentStatus | undefined, EnrichmentStatus>;
  enrichment_attempts: ColumnType<number, number | undefined, number>;
  /** The enrich-<jobId> run that fetched the full text, and the credits it paid for it. */
  enrichment_run_id: string | null;
  enrichment_credits: number | null;
  listing_embedding: VectorColumn;
  listing_embedding_model: string | null;
  fulltext_embedding: VectorColumn;
  fulltext_embedding_model: string | null;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;

  // Ingestion (docs/ingestion.md): identity, dedup fingerprint, cluster, scores, publication.
  /** The posting URL without tracking parameters (ingestion/canonical-url.ts). */
  canonical_url: string | null;
  /** The raw payload in the object store, and the posting's index in it (a listing page holds many). */
  raw_key: string | null;
  raw_item: number | null;
  /** The prepared input's fingerprint: the same fingerprint again means there is nothing to redo. */
  ingest_fingerprint: string | null;
  company_key: string | null;
  title_key: string | null;
  location_key: string | null;
  /** MinHash signature (int4, signed) and its LSH band keys. */
  minhash: IntArray;
  lsh_keys: IntArray;
  cluster_id: string | null;
  /** How the posting joined its cluster; null for the posting that started it. */
  dedup_stage: DedupStage | null;
  dedup_similarity: number | null;
  /** The fingerprint the cluster was decided for. */
  clustered_fingerprint: string | null;
  /** Other employers posting the same text (a spam signal). */
  same_text_companies: ColumnType<number, number | undefined, number>;
  quality_score: number | null;
  spam_score: number | null;
  quality_reasons: NullableJsonColumn<ScoreReason[]>;
  spam_reasons: NullableJsonColumn<ScoreReason[]>;
  publication_status: ColumnType<PublicationStatus, PublicationStatus | undefined, PublicationStatus>;
  publication_reasons: NullableJsonColumn<ScoreReason[]>;
  /** The fingerprint the scores and publication were decided for. */
  published_fingerprint: string | null;
  /** The member of its cluster that searches show. */
  is_representative: ColumnType<boolean, boolean | undefined, boolean>;
  ingested_at: NullableTimestamp;
}

type IntArray = ColumnType<number[] | null, number[] | null | undefined, number[] | null>;

export type JobRow = Selectable<JobsTable>;
export type NewJobRow = Insertable<JobsTable>;
export type JobUpdate = Updateable<JobsTable>;
