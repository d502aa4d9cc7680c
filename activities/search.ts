import type { Redis } from 'ioredis';
import type { SearchMetrics } from '../common/metrics/search-metrics';
import type { DB } from '../store/database';
import { findRecentDiscovery, persistSearchResults, recordSearchProgress } from '../store/searches';
import type { SearchProgress } from '../common/vocabulary/search';
import { completeWithRanking } from './search-completion';
import type {
  ClaimRequest,
  ClaimResult,
  LiveSearchCheck,
  PersistRequest,
  RankRequest,
  RankedPage,
} from './search-types';

/** Ranks candidates for a search: the ANN cache lookup, or a re-rank of given jobs (matching/). */
export interface CandidateRanker {
  rank(request: RankRequest): Promise<RankedPage>;
}

/** Whether live (paid) search may spend right now: budget, user cap and circuit, from the gateway. */
export interface LiveSearchGate {
  check(userId: string): Promise<LiveSearchCheck>;
}

export interface SearchActivityDeps {
  readonly db: DB;
  readonly redis: Redis;
  readonly ranker: CandidateRanker;
  readonly liveSearch: LiveSearchGate;
  /** Redis key prefix for the discovery repeat guard. */
  readonly guardPrefix: string;
  /** A query discovered within this window is not discovered again (0: no rest). */
  readonly discoveryRestMs: number;
  readonly metrics: SearchMetrics;
}

export function createSearchActivities(deps: SearchActivityDeps) {
  return {
    /**
     * Ranks; with a `completion` (a free search ending here), also persists the answer and the
     * completed snapshot, counted as persistSearchResults counts it.
     */
    async rankCandidates(request: RankRequest): Promise<RankedPage> {
      const startedAt = Date.now();
      const page = await deps.ranker.rank(request);
      if (!request.completion) return page;
      const completed = completeWithRanking(request.completion, page, { startedAt, endedAt: Date.now() });
      const { ended } = await persistSearchResults(deps.db, completed, page.top);
      if (ended) deps.metrics.searchFinished('free', completed);
      return { ...page, completed };
    },

    /**
     * The repeat guards. A query that some search discovered within the rest window is not
     * discovered again: the provider's listings for it were just read and change by the day (in
     * replays, every repeat found nothing new). Otherwise the first search to claim the query may
     * discover it, and any other search within the short window relies on what that one finds; SET
     * NX PX is atomic, so two concurrent searches cannot both win.
     */
    async claimDiscovery({ normalizedQuery, searchId, ttlMs }: ClaimRequest): Promise<ClaimResult> {
      if (deps.discoveryRestMs > 0) {
        const since = new Date(Date.now() - deps.discoveryRestMs);
        const recent = await findRecentDiscovery(deps.db, normalizedQuery, since, searchId);
        if (recent) {
          deps.metrics.discoveryClaim('rested');
          return { claimed: false, heldBy: recent.searchId, discoveredAt: recent.completedAt.toISOString() };
        }
      }
      const key = `${deps.guardPrefix}:${normalizedQuery}`;
      const won = await deps.redis.set(key, searchId, 'PX', ttlMs, 'NX');
      const holder = won === 'OK' ? searchId : await deps.redis.get(key);
      // A retried activity of the same search must not lose to its own earlier attempt.
      const claimed = holder === searchId;
      deps.metrics.discoveryClaim(claimed ? 'claimed' : 'guarded');
      return claimed ? { claimed: true, heldBy: null } : { claimed: false, heldBy: holder };
    },

    checkLiveSearch: ({ userId }: { userId: string }): Promise<LiveSearchCheck> => deps.liveSearch.check(userId),

    async recordSearchProgress({ progress }: { progress: SearchProgress }): Promise<void> {
      await recordSearchProgress(deps.db, progress);
    },

    /**
     * The search's last word: its answer is stored, then counted by the write that ended it (a
     * retried write, or a cancellation that arrived while a free search's ranking persisted its
     * answer, is not counted again).
     */
    async persistSearchResults({ progress, results, tier }: PersistRequest): Promise<void> {
      const { ended } = await persistSearchResults(deps.db, progress, results);
      if (tier && ended) deps.metrics.searchFinished(tier, progress);
    },
  };
}

/** Activities on the `search` queue (light database and Redis work; ranking runs locally). */
export type SearchActivities = ReturnType<typeof createSearchActivities>;
