import type {
  LiveSearchUnavailableReason,
  ScoreBreakdown,
  SearchFilters,
  SearchProgress,
  SearchQuery,
  SearchResultItem,
  Tier,
} from '../common/vocabulary/search';
import type { IngestionBatch } from '../ingestion/batch';

/**
 * Inputs and outputs of the activities the search and enrichment workflows call. The activity
 * groups themselves are typed by their factories (`ReturnType<typeof createXActivities>`);
 * workflows import both as types only.
 */

export interface RankRequest {
  readonly searchId: string;
  readonly userId: string;
  readonly resumeId: string | null;
  readonly query: SearchQuery | null;
  readonly filters: SearchFilters;
  /** Candidates kept, compact. */
  readonly poolSize: number;
  /** Candidates returned with full detail and reasons. */
  readonly shown: number;
  /** Re-rank exactly these jobs (after discovery or enrichment) instead of an ANN lookup. */
  readonly jobIds?: readonly string[];
  /**
   * With `jobIds`: the fresh matches this search's ANN lookup found. A re-rank sees only the pool,
   * never more than `poolSize` jobs, so its own count would understate how well the cache covers
   * the query; it reports no fewer than this, and a later identical search that is answered from
   * the results cache decides on discovery with the lookup's breadth, not the pool's.
   */
  readonly knownFreshMatches?: number;
  /**
   * The results cache (activities/results-cache.ts): `use` answers from the last ranking of an
   * identical search when there is one, and stores this one otherwise; `store` stores this re-rank
   * as that last ranking (same search, filters unchanged). Absent: the cache is left alone.
   */
  readonly resultsCache?: 'use' | 'store';
  /**
   * A free search's snapshot as it ends (completed, its decision made), less what only this
   * ranking knows. Given it, the ranking completes the snapshot with the page's figures and its
   * own time (`completeWithRanking`), persists the answer and returns the snapshot as `completed`:
   * the search needs no other activity to end.
   */
  readonly completion?: SearchProgress;
}

export type LiveSearchCheck =
  | { readonly available: true }
  | { readonly available: false; readonly reason: LiveSearchUnavailableReason; readonly message: string };

export interface DiscoveryRequest {
  readonly searchId: string;
  readonly userId: string;
  readonly query: SearchQuery;
  readonly maxPages: number;
  /** Continue after a refusal: pages already paid for are not fetched again. */
  readonly resumeFrom: { readonly pagesDone: number; readonly cursor: string | null } | null;
}

export interface DiscoveryOutcome {
  /** Pages fetched in this call (not counting resumeFrom.pagesDone). */
  readonly pages: number;
  readonly creditsCharged: number;
  /** Where a later call would continue; null when the listing has no further page. */
  readonly cursor: string | null;
  /** Jobs inserted by this discovery. */
  readonly newJobIds: readonly string[];
  /** Jobs the provider returned that we already had (their last_discovered_at was refreshed). */
  readonly refreshedJobIds: readonly string[];
  /** Set when the gateway refused a page; pages fetched before it are kept. */
  readonly refused: { readonly reason: LiveSearchUnavailableReason; readonly retryAfterMs: number | null } | null;
}

export interface EnrichRequest {
  readonly jobId: string;
  /** The search that asked first; the ledger charges it. */
  readonly searchId: string;
  readonly userId: string;
  /**
   * `caller`: the fetched posting's batch comes back for the enrichment workflow to ingest in one
   * activity. Absent (runs started before that change): the fetch runs the ingestion workflow.
   */
  readonly ingestion?: 'caller';
}

export type FetchDetailsOutcome =
  | {
      readonly outcome: 'enriched';
      readonly creditsCharged: number;
      /** Where the full text came from; `cache` when another run had just enriched the job. */
      readonly source: 'job_api' | 'web_scraping' | 'cache';
      /** The fetched posting, stored and waiting for ingestion (when the caller ingests). */
      readonly batch?: IngestionBatch;
    }
  | { readonly outcome: 'expired'; readonly creditsCharged: number }
  | {
      readonly outcome: 'refused';
      readonly reason: LiveSearchUnavailableReason;
      readonly retryAfterMs: number | null;
      readonly creditsCharged: number;
    };

export interface EnrichResult {
  readonly jobId: string;
  readonly status: 'enriched' | 'expired' | 'failed' | 'refused';
  /** A LiveSearchUnavailableReason when refused; a free-text cause when failed or expired. */
  readonly reason: string | null;
  readonly creditsCharged: number;
  /** Which search paid; a search that joined another's enrichment paid nothing. */
  readonly chargedSearchId: string;
}

export interface PersistRequest {
  readonly progress: SearchProgress;
  readonly results: readonly SearchResultItem[];
  /** The searcher's tier, for the search metrics (optional: runs started before it was passed). */
  readonly tier?: Tier;
}

/** The compact ranking kept for the whole pool (history stays small; details only for the page). */
export interface PoolEntry extends ScoreBreakdown {
  readonly jobId: string;
  readonly enrichedAt: string | null;
}

export interface RankedPage {
  /** Best first; full detail for the first `shownResults`. */
  readonly top: readonly SearchResultItem[];
  /** The whole candidate pool, compact, best first. */
  readonly pool: readonly PoolEntry[];
  readonly freshMatches: number;
  readonly bestScore: number | null;
  /** With a `completion` request: the snapshot persisted with `top`, the search's end. */
  readonly completed?: SearchProgress;
}

export interface ClaimRequest {
  readonly normalizedQuery: string;
  readonly searchId: string;
  readonly ttlMs: number;
}

/** Whether this search may discover; if not, which search did (and, for a rested query, when it ended). */
export interface ClaimResult {
  readonly claimed: boolean;
  readonly heldBy: string | null;
  /** Set when the query rests: an earlier search discovered it within DISCOVERY_REST_HOURS. */
  readonly discoveredAt?: string;
}
