import type { Redis } from 'ioredis';
import { Registry } from 'prom-client';
import { createSearchActivities, type SearchActivities } from '../../activities/search';
import type { RankedPage, RankRequest } from '../../activities/search-types';
import { createSearchMetrics } from '../../common/metrics/search-metrics';
import { connectRedis, createRedis } from '../../common/redis';
import { createUser } from '../../store/users';
import { parsePrometheusText, total } from '../../bench/prometheus-text';
import { createTestDatabase, testCacheRedisUrl, uniquePrefix, type TestDatabase } from '../harness/services';
import { insertKeywordSearch, snapshotOf } from '../store/search-fixtures';

/**
 * A search is counted once in hirehound_searches_total, by the write that ended it. A free search
 * cancelled while its ranking persisted the completed answer has its cancellation written over
 * that answer by the workflow; a retried activity writes the same answer twice. Neither counts again.
 */
describe('the search-finished count', () => {
  let t: TestDatabase;
  let redis: Redis;
  let registry: Registry;
  let activities: SearchActivities;
  let userId: string;

  const page: RankedPage = { top: [], pool: [], freshMatches: 0, bestScore: null };

  beforeAll(async () => {
    t = await createTestDatabase();
    redis = createRedis(testCacheRedisUrl(), 'search-finished-test');
    await connectRedis(redis);
    registry = new Registry();
    activities = createSearchActivities({
      db: t.db,
      redis,
      ranker: { rank: async () => page },
      liveSearch: { check: async () => ({ available: true }) },
      guardPrefix: uniquePrefix('guard'),
      discoveryRestMs: 0,
      metrics: createSearchMetrics(registry),
    });
    userId = (await createUser(t.db, { email: `${uniquePrefix('finished')}@example.com`, tier: 'free' })).user.id;
  });
  afterAll(async () => {
    redis?.disconnect();
    await t?.drop();
  });

  const ended = async (labels: Record<string, string>): Promise<number> =>
    total(parsePrometheusText(await registry.metrics()), 'hirehound_searches_total', labels);

  const request = (searchId: string): RankRequest => ({
    searchId,
    userId,
    resumeId: null,
    query: { keyword: 'line cook' },
    filters: {},
    poolSize: 10,
    shown: 10,
  });

  it('counts a free search cancelled during its ranking once', async () => {
    const searchId = await insertKeywordSearch(t.db, userId, 'line cook');
    const before = await ended({ tier: 'free' });

    const ranked = await activities.rankCandidates({
      ...request(searchId),
      completion: snapshotOf(searchId, { status: 'completed' }),
    });
    expect(ranked.completed?.status).toBe('completed');
    // The workflow saw the cancellation when the ranking returned and writes it over the answer.
    await activities.persistSearchResults({
      progress: snapshotOf(searchId, { status: 'cancelled', version: 2 }),
      results: [],
      tier: 'free',
    });

    expect((await ended({ tier: 'free' })) - before).toBe(1);
    const row = await t.db.selectFrom('searches').select('status').where('id', '=', searchId).executeTakeFirstOrThrow();
    expect(row.status).toBe('cancelled');
  });

  it('counts a retried final write once, and a paid search that ends after running snapshots', async () => {
    const searchId = await insertKeywordSearch(t.db, userId, 'sous chef');
    const before = await ended({ tier: 'paid', outcome: 'completed' });

    await activities.recordSearchProgress({ progress: snapshotOf(searchId, { status: 'running' }) });
    const final = {
      progress: snapshotOf(searchId, { status: 'completed', version: 2 }),
      results: [],
      tier: 'paid' as const,
    };
    await activities.persistSearchResults(final);
    await activities.persistSearchResults(final);

    expect((await ended({ tier: 'paid', outcome: 'completed' })) - before).toBe(1);
  });
});
