import crypto from 'node:crypto';
import type { Redis } from 'ioredis';
import { Registry } from 'prom-client';
import { createCandidateRanker } from '../../activities/ranking';
import { resultsCacheKey, withResultsCache, type ResultsCacheDeps } from '../../activities/results-cache';
import type { CandidateRanker } from '../../activities/search';
import type { RankRequest } from '../../activities/search-types';
import { loadConfig } from '../../common/config';
import { createLogger } from '../../common/logger';
import { createSearchMetrics } from '../../common/metrics/search-metrics';
import { connectRedis, createRedis } from '../../common/redis';
import { listingText } from '../../matching/documents';
import { createEmbedder } from '../../matching/embeddings/create-embedder';
import type { Embedder } from '../../matching/embeddings/embedder';
import { onetRelatedOccupations } from '../../matching/occupations';
import { insertJobs, type NewJob } from '../../store/jobs';
import { registerResumeUpload, saveResumeAnalysis, saveResumeReading } from '../../store/resumes';
import { createUser } from '../../store/users';
import { findFreePort } from '../../scripts/stack/ports';
import { createTestDatabase, testCacheRedisUrl, uniquePrefix, type TestDatabase } from '../harness/services';
import { parsePrometheusText, total } from '../../bench/prometheus-text';

const config = loadConfig({
  DATABASE_URL: 'postgres://u@127.0.0.1:5432/db',
  REDIS_URL: 'redis://127.0.0.1:6379',
  TEMPORAL_ADDRESS: '127.0.0.1:7233',
  EMBEDDINGS_PROVIDER: 'hash',
});

const TITLES = ['Registered Nurse', 'ICU Nurse', 'Electrician', 'Journeyman Electrician', 'Staff Accountant'];

/**
 * The results cache in front of the real ranker (pgvector lookup, composite score) on a small
 * cache of jobs: what counts as the same search, what is kept, for how long, and what happens
 * when the caches' Redis is gone.
 */
describe('results cache', () => {
  let t: TestDatabase;
  let redis: Redis;
  let embedder: Embedder;
  let ranker: CandidateRanker;
  let rankings: number;
  let registry: Registry;
  let deps: ResultsCacheDeps;
  let userId: string;

  beforeAll(async () => {
    t = await createTestDatabase();
    redis = createRedis(testCacheRedisUrl(), 'results-cache-test');
    await connectRedis(redis);
    ({ embedder } = await createEmbedder({ ...config.embeddings, provider: 'hash' }));
    const jobs: NewJob[] = Array.from({ length: 60 }, (_, i) => {
      const title = TITLES[i % TITLES.length]!;
      const job = {
        source: 'test',
        externalId: `rc-${i}`,
        url: `https://example.com/rc/${i}`,
        title,
        companyName: `Employer ${i % 7}`,
        location: i % 2 ? 'Austin, TX' : 'Dallas, TX',
        remoteType: i % 3 ? ('onsite' as const) : ('remote' as const),
        snippet: `${title} wanted.`,
        descriptionText: null,
        salary: null,
        visaSponsorship: null,
        skillsRequired: [],
        skillsPreferred: [],
        yearsRequired: null,
        educationRequired: null,
        seniority: null,
        onetCode: null,
        postedAt: null,
      };
      return job;
    });
    const vectors = await embedder.embed(jobs.map((j) => listingText(j)));
    await insertJobs(
      t.db,
      jobs.map((j, i) => ({ ...j, listingEmbedding: { vector: vectors[i]!, tag: embedder.tag } })),
    );
    const real = createCandidateRanker({
      db: t.db,
      embedder,
      settings: config.matching,
      related: onetRelatedOccupations,
      matchMinScore: 40,
      maxPerCompany: config.ingestion.maxPerCompany,
    });
    ranker = {
      rank: (request) => {
        rankings += 1;
        return real.rank(request);
      },
    };
    userId = (await createUser(t.db, { email: `${uniquePrefix('rc')}@example.com`, tier: 'paid' })).user.id;
  });
  afterAll(async () => {
    redis.disconnect();
    await embedder.close();
    await t.drop();
  });
  beforeEach(() => {
    rankings = 0;
    registry = new Registry();
    deps = {
      redis,
      db: t.db,
      ttlMs: 60_000,
      prefix: uniquePrefix('hh:results'),
      embedder,
      metrics: createSearchMetrics(registry),
      logger: createLogger({ name: 'test', level: 'silent' }),
    };
  });

  const request = (overrides: Partial<RankRequest> = {}): RankRequest => ({
    searchId: crypto.randomUUID(),
    userId,
    resumeId: null,
    query: { keyword: 'registered nurse', location: 'Texas' },
    filters: {},
    poolSize: 20,
    shown: 5,
    resultsCache: 'use',
    ...overrides,
  });
  const lookups = async (outcome: string): Promise<number> =>
    total(parsePrometheusText(await registry.metrics()), 'hirehound_results_cache_lookups_total', { outcome });

  it('answers an identical search from the last ranking, whatever the order of its filters, with a TTL on the key', async () => {
    const cached = withResultsCache(ranker, deps);
    const filters = { remoteTypes: ['remote', 'onsite'] as const, location: { text: 'TX', includeRemote: true } };
    const first = await cached.rank(request({ filters }));
    expect(first.pool.length).toBeGreaterThan(0);
    const reordered = { location: { includeRemote: true, text: 'TX' }, remoteTypes: ['remote', 'onsite'] as const };
    const again = await cached.rank(
      request({ filters: reordered, query: { keyword: ' Registered  NURSE', location: 'texas ' } }),
    );
    expect(again).toEqual(first);
    expect(rankings).toBe(1);
    expect([await lookups('miss'), await lookups('hit')]).toEqual([1, 1]);
    const keys = await redis.keys(`${deps.prefix}:*`);
    expect(keys).toHaveLength(1);
    const ttl = await redis.pttl(keys[0]!);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
  });

  it('ranks afresh for other filters, another query or other page sizes', async () => {
    const cached = withResultsCache(ranker, deps);
    await cached.rank(request());
    await cached.rank(request({ filters: { remoteTypes: ['remote'] } }));
    await cached.rank(request({ query: { keyword: 'electrician', location: 'Texas' } }));
    await cached.rank(request({ poolSize: 10 }));
    expect(rankings).toBe(4);
    expect(await lookups('hit')).toBe(0);
  });

  it('ranks afresh once the embedder behind it serves another model (a re-embedding switched)', async () => {
    let tag = embedder.tag;
    const cached = withResultsCache(ranker, {
      ...deps,
      embedder: {
        get tag() {
          return tag;
        },
      },
    });
    await cached.rank(request());
    await cached.rank(request());
    tag = 'hf:next-model';
    await cached.rank(request());
    expect(rankings).toBe(2);
  });

  it('keeps a re-rank of the same search as its last ranking, and leaves the cache alone when not asked', async () => {
    const cached = withResultsCache(ranker, deps);
    const first = await cached.rank(request());
    const fewer = first.pool.slice(0, 3).map((p) => p.jobId);
    const reranked = await cached.rank(request({ jobIds: fewer, resultsCache: 'store' }));
    expect(reranked.pool.map((p) => p.jobId).sort()).toEqual([...fewer].sort());
    // A ranking under filters changed mid-search comes with no cache mode: neither read nor kept.
    await cached.rank(request({ jobIds: fewer.slice(0, 1), resultsCache: undefined }));
    expect(await cached.rank(request())).toEqual(reranked);
    expect(rankings).toBe(3);
  });

  it('answers with each job’s enrichment as it is now, not as it was when the ranking was kept', async () => {
    const cached = withResultsCache(ranker, deps);
    const first = await cached.rank(request({ query: { keyword: 'staff accountant', location: 'Texas' } }));
    expect(first.pool.every((p) => p.enrichedAt === null)).toBe(true);
    // Another search enriches two of these jobs while the ranking is kept.
    const [shown, pooled] = [first.top[0]!.job.id, first.pool.at(-1)!.jobId];
    const enrichedAt = new Date(Date.now() - 60_000);
    await t.db
      .updateTable('jobs')
      .set({ enrichment_status: 'enriched', enriched_at: enrichedAt })
      .where('id', 'in', [shown, pooled])
      .execute();
    const again = await cached.rank(request({ query: { keyword: 'staff accountant', location: 'Texas' } }));
    expect(rankings).toBe(1);
    expect(again.pool.map((p) => p.jobId)).toEqual(first.pool.map((p) => p.jobId));
    const when = new Map(again.pool.map((p) => [p.jobId, p.enrichedAt]));
    expect(when.get(shown)).toBe(enrichedAt.toISOString());
    expect(when.get(pooled)).toBe(enrichedAt.toISOString());
    expect(again.pool.filter((p) => p.enrichedAt !== null)).toHaveLength(2);
    expect(again.top.find((item) => item.job.id === shown)?.job.enriched).toBe(true);
  });

  it('keeps the lookup’s count of fresh matches through a re-rank of the pool, so a later hit decides on it', async () => {
    const cached = withResultsCache(ranker, deps);
    const first = await cached.rank(request({ poolSize: 5 }));
    expect(first.freshMatches).toBeGreaterThan(0);
    const ids = first.pool.map((p) => p.jobId);
    const reranked = await cached.rank(
      request({ poolSize: 5, jobIds: ids, knownFreshMatches: 40, resultsCache: 'store' }),
    );
    expect(reranked.freshMatches).toBe(40);
    expect((await cached.rank(request({ poolSize: 5 }))).freshMatches).toBe(40);
    // Without the lookup's count, a re-rank counts only the pool it was given.
    const bare = await cached.rank(request({ poolSize: 5, jobIds: ids, resultsCache: undefined }));
    expect(bare.freshMatches).toBeLessThanOrEqual(ids.length);
  });

  it('shares a resume’s ranking across uploads of the same file, and drops it when its understanding changes', async () => {
    const text = 'Registered Nurse with ICU experience in Texas hospitals.';
    const sha = crypto.createHash('sha256').update(text).digest('hex');
    const other = (await createUser(t.db, { email: `${uniquePrefix('rc2')}@example.com`, tier: 'free' })).user.id;
    const resumeOf = async (owner: string): Promise<string> => {
      const { resume } = await registerResumeUpload(t.db, {
        userId: owner,
        fileName: 'cv.txt',
        mediaType: 'text/plain',
        contentSha256: sha,
        bytes: Buffer.from(text),
      });
      await saveResumeReading(t.db, resume.id, text, {
        format: 'text',
        method: 'text',
        pages: 1,
        ocrPages: 0,
        quality: {},
        warnings: [],
        elapsedMs: 1,
      });
      await saveResumeAnalysis(
        t.db,
        resume.id,
        {
          title: 'Registered Nurse',
          onetCode: '29-1141.00',
          seniority: 'mid',
          yearsExperience: 4,
          educationLevel: 'bachelor',
          location: 'Texas',
          skills: ['Patient care'],
        },
        {},
      );
      return resume.id;
    };
    const mine = await resumeOf(userId);
    const theirs = await resumeOf(other);
    const key = (resumeId: string, owner: string) =>
      resultsCacheKey(deps, request({ resumeId, userId: owner, query: null }));
    expect(await key(mine, userId)).toBe(await key(theirs, other));
    // Someone else's resume is not this user's: no key, the ranker refuses it.
    expect(await key(mine, other)).toBeUndefined();
    const before = await key(mine, userId);
    await t.db
      .updateTable('resumes')
      .set({ skills: ['Patient care', 'Triage'] })
      .where('id', '=', mine)
      .execute();
    expect(await key(mine, userId)).not.toBe(before);

    const cached = withResultsCache(ranker, deps);
    await expect(cached.rank(request({ resumeId: mine, userId: other, query: null }))).rejects.toMatchObject({
      code: 'MATCHING_PROFILE_NOT_FOUND',
    });
    expect(await redis.keys(`${deps.prefix}:*`)).toEqual([]);
  });

  it('ranks afresh, and says so, when the caches’ Redis is unreachable', async () => {
    const gone = createRedis(`redis://127.0.0.1:${await findFreePort()}`, 'results-cache-gone', {
      retryStrategy: () => null,
    });
    gone.on('error', () => undefined);
    const cached = withResultsCache(ranker, { ...deps, redis: gone });
    const page = await cached.rank(request());
    expect(page.pool.length).toBeGreaterThan(0);
    expect(await lookups('error')).toBe(1);
    gone.disconnect();
  });

  it('is the ranker itself with a TTL of 0', () => {
    expect(withResultsCache(ranker, { ...deps, ttlMs: 0 })).toBe(ranker);
  });
});
