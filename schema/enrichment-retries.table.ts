import type { ColumnType, Selectable } from 'kysely';
import type { NullableTimestamp } from './column-types';

/** The nightly retries of a failed enrichment a paid search asked for, bounded per job. */
export interface EnrichmentRetriesTable {
  job_id: string;
  search_id: string;
  user_id: string;
  attempts: ColumnType<number, number | undefined, number>;
  credits: ColumnType<number, number | undefined, number>;
  last_attempt_at: NullableTimestamp;
  last_outcome: string | null;
  last_error: string | null;
  gave_up_at: NullableTimestamp;
}

export type EnrichmentRetryRow = Selectable<EnrichmentRetriesTable>;
