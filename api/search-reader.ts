import type { Client } from '@temporalio/client';
import { HirehoundError } from '../common/errors';
import { emptyCounts, type ResultsPage, type SearchProgress } from '../common/vocabulary/search';
import type { DB } from '../store/database';
import { findSearchForUser, findSearchResults, type StoredSearch } from '../store/searches';
import { progressQuery, resultsQuery } from '../workflows/search/messages';

export interface SearchView {
  readonly progress: SearchProgress;
  readonly results: ResultsPage;
  /** 'workflow' while it runs; 'database' once it has finished (or when the workflow cannot answer). */
  readonly source: 'workflow' | 'database';
}

const QUERY_DEADLINE_MS = 3_000;

/** The owner's search or a 404 that does not reveal whether someone else's search exists. */
export async function requireOwnSearch(db: DB, userId: string, searchId: string): Promise<StoredSearch> {
  const stored = await findSearchForUser(db, userId, searchId);
  if (!stored) throw new HirehoundError('SEARCH_NOT_FOUND');
  return stored;
}

/** What the database holds for a search: the final answer once finished, a phase snapshot before. */
export async function searchFromDatabase(
  db: DB,
  stored: StoredSearch,
  offset: number,
  limit: number,
): Promise<SearchView> {
  const items = await findSearchResults(db, stored.id, offset, limit);
  const snapshot: SearchProgress = stored.progress ?? {
    searchId: stored.id,
    status: stored.status,
    phase: 'cache',
    version: stored.resultsVersion,
    counts: emptyCounts(),
    creditsUsed: stored.creditsUsed,
    discoveryTriggered: stored.discoveryTriggered,
    discoveryDecision: null,
    liveSearchUnavailable: null,
    bestScore: null,
    timings: {},
    startedAt: stored.createdAt.toISOString(),
    updatedAt: (stored.completedAt ?? stored.createdAt).toISOString(),
  };
  // The column, not the snapshot: it follows the ledger after the workflow has stopped counting.
  const progress = { ...snapshot, creditsUsed: stored.creditsUsed };
  const total = await db
    .selectFrom('search_results')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('search_id', '=', stored.id)
    .executeTakeFirstOrThrow();
  return {
    progress,
    results: { version: progress.version, total: Number(total.n), offset, items },
    source: 'database',
  };
}

/**
 * A running search answers from its workflow (queries cost no history); a finished one from the
 * database, so it stays readable after the workflow is gone and needs no worker to replay it.
 */
export async function readSearch(
  db: DB,
  temporal: Client,
  stored: StoredSearch,
  offset: number,
  limit: number,
): Promise<SearchView> {
  if (stored.status !== 'running') return searchFromDatabase(db, stored, offset, limit);
  const handle = temporal.workflow.getHandle(stored.workflowId);
  try {
    const [progress, results] = await temporal.withDeadline(Date.now() + QUERY_DEADLINE_MS, () =>
      Promise.all([handle.query(progressQuery), handle.query(resultsQuery, { offset, limit })]),
    );
    // The ledger may already hold a call whose activity has not reported back yet.
    return {
      progress: { ...progress, creditsUsed: Math.max(progress.creditsUsed, stored.creditsUsed) },
      results,
      source: 'workflow',
    };
  } catch {
    // The workflow is gone, or no worker can answer right now: the last snapshot beats an error.
    return searchFromDatabase(db, stored, offset, limit);
  }
}
