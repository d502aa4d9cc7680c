import type { Insertable, Selectable } from 'kysely';
import type { JsonColumn } from './column-types';

export interface SearchResultsTable {
  search_id: string;
  rank: number;
  job_id: string;
  score: number;
  ats_score: number;
  semantic_score: number;
  freshness_boost: number;
  reasons: JsonColumn<Record<string, unknown>>;
  /** Snapshot of the job as shown, so a finished search stays readable after the job is purged. */
  job: JsonColumn<Record<string, unknown>>;
}

export type SearchResultRow = Selectable<SearchResultsTable>;
export type NewSearchResultRow = Insertable<SearchResultsTable>;
