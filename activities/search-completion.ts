import type { SearchProgress } from '../common/vocabulary/search';
import type { RankedPage } from './search-types';

/**
 * A free search's end, written by its first ranking: the workflow's snapshot of the search as it
 * ends (`completion`: completed, phase done, its decision made, nothing ranked yet) with what only
 * the ranking knows: the page's version and figures, how long the ranking took and when it was
 * done. The workflow adopts the result as its own state (SearchState.adoptCompleted), so what the
 * database holds and what the workflow answers are one snapshot.
 */
export function completeWithRanking(
  completion: SearchProgress,
  page: Pick<RankedPage, 'pool' | 'freshMatches' | 'bestScore'>,
  ranking: { readonly startedAt: number; readonly endedAt: number },
): SearchProgress {
  return {
    ...completion,
    version: completion.version + 1,
    counts: { ...completion.counts, cacheCandidates: page.pool.length, freshMatches: page.freshMatches },
    bestScore: page.bestScore,
    timings: {
      ...completion.timings,
      cacheMs: ranking.endedAt - ranking.startedAt,
      totalMs: ranking.endedAt - Date.parse(completion.startedAt),
    },
    updatedAt: new Date(ranking.endedAt).toISOString(),
  };
}
