import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { ResultsPage, SearchFilters, SearchProgress } from '../../common/vocabulary/search';

/**
 * The search workflow's messages, defined once and shared by the workflow and the API.
 * Queries read state without touching history; the API polls `progress` to stream changes.
 */

/** Phase, counts, credits, flags, results version, timings. */
export const progressQuery = defineQuery<SearchProgress>('progress');

/** A page of the current ranking (within the shown results). */
export const resultsQuery = defineQuery<ResultsPage, [{ offset: number; limit: number }]>('results');

/**
 * Resolves once the cache phase has published its first ranking. Sent with update-with-start, it
 * gives the API the first page in the same round trip that starts the search.
 */
export const firstResultsUpdate = defineUpdate<{ progress: SearchProgress; results: ResultsPage }, [{ limit: number }]>(
  'firstResults',
);

/** Re-rank the pool under new hard filters. No provider call, no credits. */
export const changeFiltersUpdate = defineUpdate<{ progress: SearchProgress; results: ResultsPage }, [SearchFilters]>(
  'changeFilters',
);

/** Stop spending: no new provider call is started; the search finishes with what it has. */
export const cancelSignal = defineSignal<[{ reason: string }]>('cancel');
