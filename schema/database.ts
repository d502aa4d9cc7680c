import type { AnalyticsHourlyTable } from './analytics-hourly.table';
import type { ArchivedJobsTable } from './archived-jobs.table';
import type { CompaniesTable } from './companies.table';
import type { CompanyAliasesTable } from './company-aliases.table';
import type { CreditLedgerTable } from './credit-ledger.table';
import type { DeadLettersTable } from './dead-letters.table';
import type { EmbeddingChangesTable } from './embedding-changes.table';
import type { EmbeddingServingTable } from './embedding-serving.table';
import type { EnrichmentRetriesTable } from './enrichment-retries.table';
import type { IndexMeasurementsTable } from './index-measurements.table';
import type { JobEmbeddingsStagedTable } from './job-embeddings-staged.table';
import type { JobOpensTable } from './job-opens.table';
import type { JobClustersTable } from './job-clusters.table';
import type { JobsTable } from './jobs.table';
import type { MaintenanceRunsTable } from './maintenance-runs.table';
import type { ResumeUploadsTable } from './resume-uploads.table';
import type { ResumesTable } from './resumes.table';
import type { SearchResultsTable } from './search-results.table';
import type { SearchesTable } from './searches.table';
import type { UsersTable } from './users.table';

/** The typed root every Kysely query in store/ is written against. */
export interface Database {
  companies: CompaniesTable;
  company_aliases: CompanyAliasesTable;
  job_clusters: JobClustersTable;
  jobs: JobsTable;
  archived_jobs: ArchivedJobsTable;
  users: UsersTable;
  resumes: ResumesTable;
  resume_uploads: ResumeUploadsTable;
  searches: SearchesTable;
  search_results: SearchResultsTable;
  credit_ledger: CreditLedgerTable;
  // Scheduled maintenance (docs/operations.md#scheduled-maintenance)
  dead_letters: DeadLettersTable;
  maintenance_runs: MaintenanceRunsTable;
  enrichment_retries: EnrichmentRetriesTable;
  index_measurements: IndexMeasurementsTable;
  analytics_hourly: AnalyticsHourlyTable;
  job_opens: JobOpensTable;
  embedding_serving: EmbeddingServingTable;
  job_embeddings_staged: JobEmbeddingsStagedTable;
  embedding_changes: EmbeddingChangesTable;
}
