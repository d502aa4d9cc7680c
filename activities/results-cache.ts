import crypto from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from '../common/logger';
import type { SearchMetrics } from '../common/metrics/search-metrics';
import type { Embedder } from '../matching/embeddings/embedder';
import type { DB } from '../store/database';
import { findEnrichedAt } from '../store/job-enrichment';
import { findProfileIdentity } from '../store/profiles';
import type { CandidateRanker } from './search';
import type { RankRequest, RankedPage } from './search-types';

/**
 * The last ranking per identical search, for a short while: a search with the same resume content
 * (and understanding) or the same query, the same filters and page sizes gets the ranking the
 * previous one ended with — its first page without an ANN lookup, and, because that ranking
 * already names the jobs it enriched, nothing left to pay for. Entries live in the caches' Redis,
 * every key with a TTL; losing one (eviction, an unreachable Redis) only costs a lookup.
 */

/** Bumped whenever RankedPage or the key's material changes shape, so old entries are never read. */
const VERSION = 'v1';

export interface ResultsCacheDeps {
  /** The caches' Redis (CACHE_REDIS_URL), never the ledger's. */
  readonly redis: Redis;
  readonly db: DB;
  readonly ttlMs: number;
  readonly prefix: string;
  /**
   * The embedder behind the ranker: its rankings are not another model's. Its tag is read at every
   * lookup, because a model change switches a running worker's embedder (after re-embedding).
   */
  readonly embedder: Pick<Embedder, 'tag'>;
  readonly metrics: SearchMetrics;
  readonly logger: Logger;
}

/** JSON with object keys sorted, so equal filters give equal text whatever their key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const collapse = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * The key of a request's ranking, or undefined when the request is not the owner's ready resume
 * (the ranker then answers with the proper error).
 */
export async function resultsCacheKey(
  deps: Pick<ResultsCacheDeps, 'db' | 'prefix' | 'embedder'>,
  request: RankRequest,
): Promise<string | undefined> {
  let profile: unknown = null;
  if (request.resumeId) {
    const identity = await findProfileIdentity(deps.db, request.resumeId);
    if (!identity || identity.userId !== request.userId) return undefined;
    if (identity.status === 'received' || identity.status === 'failed') return undefined;
    profile = { content: identity.contentSha256, understanding: identity.understanding };
  }
  const material = canonical({
    profile,
    query: request.query
      ? { keyword: collapse(request.query.keyword), location: collapse(request.query.location ?? '') }
      : null,
    filters: request.filters,
    poolSize: request.poolSize,
    shown: request.shown,
    embedding: deps.embedder.tag,
  });
  return `${deps.prefix}:${VERSION}:${crypto.createHash('sha256').update(material).digest('hex')}`;
}

/**
 * A kept ranking with each job's enrichment as it is now: searches enrich jobs while the entry
 * lives, and a paid search picks what to enrich from its pool, so a stale date would have it start
 * (or wait on) enrichments that are already done.
 */
async function withCurrentEnrichment(db: DB, page: RankedPage): Promise<RankedPage> {
  const enrichedAt = await findEnrichedAt(
    db,
    page.pool.map((p) => p.jobId),
  );
  const current = (jobId: string, kept: string | null): string | null => {
    if (!enrichedAt.has(jobId)) return kept;
    return enrichedAt.get(jobId)?.toISOString() ?? null;
  };
  return {
    ...page,
    pool: page.pool.map((p) => ({ ...p, enrichedAt: current(p.jobId, p.enrichedAt) })),
    top: page.top.map((item) => ({
      ...item,
      job: { ...item.job, enriched: current(item.job.id, item.job.enriched ? '' : null) !== null },
    })),
  };
}

/** The ranker behind a results cache; with a TTL of 0 it is the ranker itself. */
export function withResultsCache(ranker: CandidateRanker, deps: ResultsCacheDeps): CandidateRanker {
  if (deps.ttlMs <= 0) return ranker;
  const read = async (key: string): Promise<RankedPage | undefined> => {
    try {
      const text = await deps.redis.get(key);
      deps.metrics.resultsCacheLookup(text ? 'hit' : 'miss');
      return text ? (JSON.parse(text) as RankedPage) : undefined;
    } catch (err) {
      deps.metrics.resultsCacheLookup('error');
      deps.logger.debug({ err: (err as Error).message }, 'results cache unavailable; ranking afresh');
      return undefined;
    }
  };
  const write = async (key: string, page: RankedPage): Promise<void> => {
    try {
      await deps.redis.set(key, JSON.stringify(page), 'PX', deps.ttlMs);
      deps.metrics.resultsCacheWrite('stored');
    } catch (err) {
      deps.metrics.resultsCacheWrite('error');
      deps.logger.debug({ err: (err as Error).message }, 'results cache unavailable; ranking not kept');
    }
  };
  return {
    async rank(request) {
      const mode = request.resultsCache;
      if (!mode) return ranker.rank(request);
      const key = await resultsCacheKey(deps, request);
      if (!key) return ranker.rank(request);
      if (mode === 'use' && !request.jobIds) {
        const cached = await read(key);
        if (cached) return withCurrentEnrichment(deps.db, cached);
      }
      const page = await ranker.rank(request);
      await write(key, page);
      return page;
    },
  };
}
