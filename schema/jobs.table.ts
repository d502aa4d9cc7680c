import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';
import type { RemoteType, SalaryPeriod } from '../common/vocabulary/jobs';
import type { DefaultTimestamp, Generated, NullableTimestamp, TextArray, VectorColumn } from './column-types';

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
}

export type JobRow = Selectable<JobsTable>;
export type NewJobRow = Insertable<JobsTable>;
export type JobUpdate = Updateable<JobsTable>;
