import crypto from 'node:crypto';
import { emptyCounts, type SearchProgress } from '../../common/vocabulary/search';
import type { DB } from '../../store/database';
import { insertSearch } from '../../store/searches';

/** A paid keyword search's row, as the API writes it before the workflow starts; its id. */
export async function insertKeywordSearch(db: DB, userId: string, keyword: string): Promise<string> {
  const searchId = crypto.randomUUID();
  await insertSearch(
    db,
    {
      searchId,
      userId,
      tier: 'paid',
      resumeId: null,
      query: { keyword },
      filters: {},
      normalizedQuery: `${keyword}|${searchId}`,
    },
    `search-${searchId}`,
  );
  return searchId;
}

/** A progress snapshot: 'running' in a spending phase, any other status done. */
export function snapshotOf(
  searchId: string,
  {
    status,
    version = 1,
    creditsUsed = 0,
  }: { status: SearchProgress['status']; version?: number; creditsUsed?: number },
): SearchProgress {
  return {
    searchId,
    status,
    phase: status === 'running' ? 'discover' : 'done',
    version,
    counts: emptyCounts(),
    creditsUsed,
    discoveryTriggered: creditsUsed > 0,
    discoveryDecision: null,
    liveSearchUnavailable: null,
    bestScore: null,
    timings: {},
    startedAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  };
}
