import type { HardFilters } from '../../matching/filters';

/**
 * The search's domain vocabulary, shared by the API (responses), the workflow (state) and the
 * activities. Types and pure functions only: the workflow bundle evaluates its modules again for
 * every workflow it starts, so a schema library here would be paid for on every search. The zod
 * schemas for requests are in api/search-schemas.ts.
 */

/** Hard filters: a job that fails one is never shown (schema: matching/filters.ts). */
export type SearchFilters = HardFilters;

export interface SearchQuery {
  readonly keyword: string;
  readonly location?: string | undefined;
}

export type Tier = 'free' | 'paid';

export type SearchPhase = 'cache' | 'decide' | 'discover' | 'enrich' | 'rerank' | 'done';
export type SearchStatus = 'running' | 'completed' | 'cancelled' | 'failed';

export type LiveSearchUnavailableReason =
  'budget_exhausted' | 'user_cap_reached' | 'circuit_open' | 'rate_limited' | 'provider_unavailable';

/** Operator settings fixed at start, so a run is reproducible from its history. */
export interface SearchSettings {
  /** Results shown on a page by default, and persisted at the end. */
  readonly shownResults: number;
  /** Candidates kept and re-ranked (500 nearest → 100 ranked: docs/architecture.md#candidate-sizes). */
  readonly candidatePool: number;
  /** Enrich at most this many of the best candidates (0 for free users). */
  readonly enrichLimit: number;
  /** Enrichments in flight at once for this search (the gateway caps all searches at 15). */
  readonly enrichConcurrency: number;
  /** Re-enrich a job only when its full text is older than this. */
  readonly enrichRefreshDays: number;
  readonly discovery: {
    readonly bestScoreBelow: number;
    readonly freshMatchesBelow: number;
    /** 'all': every condition must hold (the default, docs/architecture.md#phases); 'any': one is enough. */
    readonly rule: 'all' | 'any';
    readonly maxPages: number;
    /** The same normalized query is not discovered twice within this window. */
    readonly repeatGuardMs: number;
  };
  /** Durable back-off when the gateway says rate limited / circuit open. */
  readonly backoff: { readonly initialMs: number; readonly maxMs: number; readonly maxWaitMs: number };
}

/** Task queues by role; fixed in production (temporal/task-queues.ts), unique per test file in tests. */
export interface TaskQueueNames {
  readonly search: string;
  readonly hasdata: string;
  readonly ml: string;
}

export interface SearchWorkflowInput {
  readonly searchId: string;
  readonly taskQueues: TaskQueueNames;
  readonly userId: string;
  readonly tier: Tier;
  readonly resumeId: string | null;
  readonly query: SearchQuery | null;
  /** Lower-cased, whitespace-collapsed keyword|location: the repeat-guard key. */
  readonly normalizedQuery: string;
  readonly filters: SearchFilters;
  readonly settings: SearchSettings;
}

/** One job as shown in a result list: enough to render a card without another request. */
export interface ResultJob {
  readonly id: string;
  readonly title: string;
  readonly company: string | null;
  readonly location: string | null;
  readonly remoteType: string;
  readonly url: string;
  readonly salary: {
    readonly min: number | null;
    readonly max: number | null;
    readonly currency: string | null;
    readonly period: string | null;
  } | null;
  readonly postedAt: string | null;
  readonly enriched: boolean;
}

export interface ScoreBreakdown {
  /** 0–100, what the list is sorted by. */
  readonly score: number;
  readonly ats: number;
  readonly semantic: number;
  readonly freshness: number;
}

export interface SearchResultItem extends ScoreBreakdown {
  readonly rank: number;
  readonly job: ResultJob;
  /** Why this score: matched/missing skills, experience, title and location fit, with weights. */
  readonly reasons: Readonly<Record<string, unknown>>;
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
}

export interface SearchCounts {
  readonly cacheCandidates: number;
  readonly freshMatches: number;
  readonly discoveredPages: number;
  readonly discoveredNew: number;
  readonly enrichPlanned: number;
  readonly enrichDone: number;
  readonly enrichJoined: number;
  readonly enrichExpired: number;
  readonly enrichFailed: number;
}

/** A search's counts before anything happened. */
export function emptyCounts(): SearchCounts {
  return {
    cacheCandidates: 0,
    freshMatches: 0,
    discoveredPages: 0,
    discoveredNew: 0,
    enrichPlanned: 0,
    enrichDone: 0,
    enrichJoined: 0,
    enrichExpired: 0,
    enrichFailed: 0,
  };
}

export interface SearchProgress {
  readonly searchId: string;
  readonly status: SearchStatus;
  readonly phase: SearchPhase;
  /** Increases whenever a new ranking is published. */
  readonly version: number;
  readonly counts: SearchCounts;
  /** Credits charged for provider calls this search made (joined enrichments cost it nothing). */
  readonly creditsUsed: number;
  readonly discoveryTriggered: boolean;
  /** Why discovery did not run, when it did not (free tier, good cache, repeat guard, budget…). */
  readonly discoveryDecision: string | null;
  readonly liveSearchUnavailable: { readonly reason: LiveSearchUnavailableReason; readonly message: string } | null;
  readonly bestScore: number | null;
  readonly timings: Readonly<Record<string, number>>;
  readonly startedAt: string;
  readonly updatedAt: string;
}

export interface ResultsPage {
  readonly version: number;
  readonly total: number;
  readonly offset: number;
  readonly items: readonly SearchResultItem[];
}

export function normalizeQueryKey(query: SearchQuery | null, fallback: string): string {
  const collapse = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!query) return collapse(fallback);
  return `${collapse(query.keyword)}|${collapse(query.location ?? '')}`;
}
