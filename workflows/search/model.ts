import type { SearchFilters, SearchQuery, Tier } from '../../common/vocabulary/search';
import type { TaskQueueNames } from '../../common/vocabulary/task-queues';

/**
 * What a search run is given: its input and the operator settings fixed at its start. The words
 * it shares with the API, the activities and the store (filters, progress, results, phases…) are
 * the search vocabulary in common/vocabulary/search.ts. Types and pure functions only, like
 * everything the workflow bundle evaluates for each workflow it starts.
 */

/** Operator settings fixed at start, so a run is reproducible from its history. */
export interface SearchSettings {
  /** Results shown on a page by default, and persisted at the end. */
  readonly shownResults: number;
  /** Candidates kept and re-ranked (500 nearest → 100 ranked: docs/architecture.md#candidate-sizes). */
  readonly candidatePool: number;
  /** Enrich at most this many of the best candidates (0 for free users). */
  readonly enrichLimit: number;
  /**
   * Candidates scoring below this are not matches and are never enriched. Absent from runs started
   * before it existed (they enriched whatever ranked in the limit).
   */
  readonly enrichMinScore?: number;
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
  /**
   * A free search ends with its first ranking, which persists the answer itself (one local
   * activity, not two: docs/performance.md). Absent from runs started before it existed: they
   * persist in an activity of its own after the ranking.
   */
  readonly freeEndsWithRanking?: boolean;
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

export function normalizeQueryKey(query: SearchQuery | null, fallback: string): string {
  const collapse = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!query) return collapse(fallback);
  return `${collapse(query.keyword)}|${collapse(query.location ?? '')}`;
}
