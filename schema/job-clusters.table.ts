import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';
import type { DefaultTimestamp, Generated } from './column-types';

/** Postings that are one job (reposts, the same job on several boards); docs/ingestion.md#clusters. */
export interface JobClustersTable {
  id: Generated<string>;
  /** The member a search shows; null while no member is published. No foreign key: members move. */
  representative_job_id: string | null;
  member_count: ColumnType<number, number | undefined, number>;
  published_count: ColumnType<number, number | undefined, number>;
  /** Distinct boards among the published members. */
  source_count: ColumnType<number, number | undefined, number>;
  created_at: DefaultTimestamp;
  updated_at: DefaultTimestamp;
}

export type JobClusterRow = Selectable<JobClustersTable>;
export type NewJobClusterRow = Insertable<JobClustersTable>;
export type JobClusterUpdate = Updateable<JobClustersTable>;
