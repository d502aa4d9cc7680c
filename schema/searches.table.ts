import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';
import type { SearchStatus, Tier } from '../common/vocabulary/search';
import type { DefaultTimestamp, JsonColumn, NullableJsonColumn, NullableTimestamp } from './column-types';

export interface SearchesTable {
  id: string;
  user_id: string;
  resume_id: string | null;
  workflow_id: string;
  tier: Tier;
  request: JsonColumn<Record<string, unknown>>;
  normalized_query: string;
  status: ColumnType<SearchStatus, SearchStatus | undefined, SearchStatus>;
  phase: ColumnType<string, string | undefined, string>;
  discovery_triggered: ColumnType<boolean, boolean | undefined, boolean>;
  live_search_unavailable: string | null;
  credits_used: ColumnType<number, number | undefined, number>;
  results_version: ColumnType<number, number | undefined, number>;
  progress: NullableJsonColumn<Record<string, unknown>>;
  created_at: DefaultTimestamp;
  completed_at: NullableTimestamp;
}

export type SearchRow = Selectable<SearchesTable>;
export type NewSearchRow = Insertable<SearchesTable>;
export type SearchUpdate = Updateable<SearchesTable>;
