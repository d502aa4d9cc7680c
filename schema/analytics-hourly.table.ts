import type { Selectable } from 'kysely';
import type { Tier } from '../common/vocabulary/search';
import type { DefaultTimestamp, Timestamp } from './column-types';

/** The hourly roll-up of searches by tier (searches attributed to the hour they started in). */
export interface AnalyticsHourlyTable {
  hour: Timestamp;
  tier: Tier;
  searches: number;
  /** Searches answered without discovery (no listing call to the provider). */
  cache_hits: number;
  discovery_triggered: number;
  credits: number;
  results: number;
  /** Results the person opened, or that ranked within the shown page. */
  useful_results: number;
  opened_results: number;
  enrich_done: number;
  enrich_failed: number;
  enrich_expired: number;
  first_results_p50_ms: number | null;
  first_results_p95_ms: number | null;
  computed_at: DefaultTimestamp;
}

export type AnalyticsHourlyRow = Selectable<AnalyticsHourlyTable>;
