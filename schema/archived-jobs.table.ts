import type { Insertable, Selectable } from 'kysely';
import type { DefaultTimestamp, JsonColumn, NullableTimestamp, Timestamp } from './column-types';

export interface ArchivedJobsTable {
  id: string;
  source: string;
  external_id: string;
  url: string;
  title: string;
  company_name: string | null;
  onet_code: string | null;
  description_blob_key: string | null;
  first_discovered_at: Timestamp;
  last_discovered_at: Timestamp;
  enriched_at: NullableTimestamp;
  reason: string;
  record: JsonColumn<Record<string, unknown>>;
  archived_at: DefaultTimestamp;
  /** When the raw payloads went (after the grace period); null while they are kept. */
  payload_deleted_at: NullableTimestamp;
}

export type ArchivedJobRow = Selectable<ArchivedJobsTable>;
export type NewArchivedJobRow = Insertable<ArchivedJobsTable>;
