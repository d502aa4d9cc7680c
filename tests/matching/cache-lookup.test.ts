import { sql } from 'kysely';
import { ApplicationFailure } from '@temporalio/common';
import { loadConfig } from '../../common/config';
import { createMatchingActivities } from '../../activities/matching';
import { createCachedEmbedder } from '../../matching/embeddings/cached-embedder';
import { cosine, type Embedder } from '../../matching/embeddings/embedder';
import { createHashingBackend } from '../../matching/embeddings/hashing';
import { listingText, reembedStaleJobs } from '../../matching/documents';
import { onetRelatedOccupations } from '../../matching/occupations';
import { countJobEmbeddingsByModel } from '../../store/embeddings';
import { REMOTE_TYPES } from '../../common/vocabulary/jobs';
import type { SearchFilters } from '../../common/vocabulary/search';
import {
  findCacheCandidates,
  findCandidatesByIds,
  insertJobs,
  type CandidateQuery,
  type NewJob,
} from '../../store/jobs';
import { findMatchingProfile } from '../../store/profiles';
import { createUser } from '../../store/users';
import { parseVector, toVectorLiteral } from '../../store/vector';
import { loadOnet } from '../../understanding/onet/load';
import { createTestDatabase, type TestDatabase } from '../harness/services';

const JOBS = 10_000;
/** Generated discovery times are relative to the test's start, as the activity's freshness window is. */
const NOW = new Date();
const DAY = 86_400_000;
const config = loadConfig({
  DATABASE_URL: 'postgres://u@127.0.0.1:5432/db',
  REDIS_URL: 'redis://127.0.0.1:6379',
  TEMPORAL_ADDRESS: '127.0.0.1:7233',
});

/** Deterministic pseudo-random numbers (mulberry32), so every run generates the same 10k jobs. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LOCATIONS = [
  'Austin, TX',
  'New York, NY',
  'Berlin, Germany',
  'Zurich, Switzerland',
  'London, UK',
  'Toronto, Canada',
];
const OCCUPATIONS = ['15-1252.00', '15-1253.00', '15-2051.00', '15-1244.00', '29-1141.00', '13-2011.00', '11-2021.00'];

interface Generated {
  readonly job: NewJob;
  readonly vector: Float32Array;
}

/** 10k postings over a few O*NET occupations, every filter-relevant field varied independently. */
async function generateJobs(embedder: Embedder): Promise<Generated[]> {
  const onet = loadOnet();
  const random = prng(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const jobs: NewJob[] = [];
  for (let i = 0; i < JOBS; i++) {
    const code = pick(OCCUPATIONS);
    const titles = onet.titles(code).alternate;
    const skills = onet.technologySkills(code).map((s) => s.name);
    const required = Array.from({ length: 4 }, () => pick(skills));
    const annual = random() < 0.4 ? null : Math.round(60_000 + random() * 140_000);
    jobs.push({
      source: 'test',
      externalId: `job-${i}`,
      url: `https://example.com/jobs/${i}`,
      title: pick(titles),
      companyName: `Company ${i % 300}`,
      location: pick(LOCATIONS),
      remoteType: pick(REMOTE_TYPES),
      snippet: `${pick(onet.tasks(code).core)} Tools: ${required.join(', ')}.`,
      descriptionText: null,
      salary:
        annual === null
          ? null
          : {
              min: annual,
              max: annual + 20_000,
              currency: random() < 0.9 ? 'USD' : 'EUR',
              period: 'year',
              annualMin: annual,
              annualMax: annual + 20_000,
            },
      visaSponsorship: random() < 0.3 ? true : random() < 0.5 ? false : null,
      skillsRequired: [...new Set(required)],
      skillsPreferred: [pick(skills)],
      yearsRequired: Math.floor(random() * 8),
      educationRequired: pick(['bachelor', 'master', null] as const),
      seniority: pick(['junior', 'mid', 'senior', 'lead', null] as const),
      onetCode: code,
      postedAt: null,
      // Spread over 90 days: about half are older than the 45-day freshness window.
      lastDiscoveredAt: new Date(NOW.getTime() - random() * 90 * DAY),
    });
  }
  const vectors = await embedder.embed(jobs.map((j) => listingText({ ...j, snippet: j.snippet })));
  return jobs.map((job, i) => ({
    job: { ...job, listingEmbedding: { vector: vectors[i] as Float32Array, tag: embedder.tag } },
    vector: vectors[i] as Float32Array,
  }));
}

/** The hard filters, evaluated in JS over the generated data: the reference the database must match. */
function passes(job: NewJob, filters: SearchFilters): boolean {
  if (!job.lastDiscoveredAt || job.lastDiscoveredAt.getTime() < NOW.getTime() - 45 * DAY) return false;
  if (filters.remoteTypes && !filters.remoteTypes.includes(job.remoteType)) return false;
  if (filters.minAnnualSalary) {
    const { amount, currency, includeUnknown } = filters.minAnnualSalary;
    const top = job.salary?.annualMax ?? job.salary?.annualMin ?? null;
    const known = top !== null && (!currency || job.salary?.currency === currency);
    if (known ? top < amount : !includeUnknown) return false;
  }
  if (filters.visaSponsorship) {
    const ok = job.visaSponsorship === true || (filters.visaSponsorship.includeUnknown && job.visaSponsorship === null);
    if (!ok) return false;
  }
  if (filters.location) {
    const here = (job.location ?? '').toLowerCase().includes(filters.location.text.toLowerCase());
    if (!here && !(filters.location.includeRemote && job.remoteType === 'remote')) return false;
  }
  return true;
}

describe('cache lookup over 10k jobs in PostgreSQL + pgvector', () => {
  let t: TestDatabase;
  let embedder: Embedder;
  let generated: Generated[];
  let ids: string[];
  let resumeId: string;
  let profileVector: Float32Array;

  beforeAll(async () => {
    t = await createTestDatabase();
    embedder = createCachedEmbedder(createHashingBackend(), { batchSize: 256, cacheSize: 0 });
    generated = await generateJobs(embedder);
    // A bulk load builds the HNSW index once at the end, as a bulk load in production would;
    // maintaining it row by row would make this test slow for no extra coverage.
    await sql`DROP INDEX jobs_listing_embedding_hnsw`.execute(t.db);
    await sql`DROP INDEX jobs_listing_embedding_remote_hnsw`.execute(t.db);
    ids = await insertJobs(
      t.db,
      generated.map((g) => g.job),
    );
    await sql`CREATE INDEX jobs_listing_embedding_hnsw ON jobs USING hnsw (listing_embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64)`.execute(
      t.db,
    );
    await sql`CREATE INDEX jobs_listing_embedding_remote_hnsw ON jobs USING hnsw (listing_embedding vector_cosine_ops) WITH (m = 16, ef_construction = 64) WHERE remote_type = 'remote'`.execute(
      t.db,
    );
    await sql`ANALYZE jobs`.execute(t.db);

    const { user } = await createUser(t.db, { email: 'matching@example.com', tier: 'free' });
    const resume = await t.db
      .insertInto('resumes')
      .values({
        user_id: user.id,
        file_name: 'cv.txt',
        media_type: 'text/plain',
        size_bytes: 100,
        content_sha256: 'abc',
        status: 'analysed',
        text: 'Backend software engineer. Built services in Python and Java on PostgreSQL; code reviews.',
        title: 'Software Developers',
        onet_code: '15-1252.00',
        seniority: 'senior',
        years_experience: 6,
        education_level: 'bachelor',
        location: 'Austin, TX',
        skills: ['Python', 'Java', 'PostgreSQL', 'Git', 'Linux'],
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    resumeId = resume.id;
  }, 120_000);
  afterAll(() => t.drop());

  /** The lookup's database query for the stored profile vector, as the activity would run it. */
  const candidateQuery = (filters: SearchFilters): CandidateQuery => ({
    embedding: profileVector,
    modelTags: [embedder.tag],
    filters,
    freshnessDays: 45,
    now: NOW,
    limit: 500,
    efSearch: 500,
    maxScanTuples: 20_000,
  });

  const activities = () =>
    createMatchingActivities({
      db: t.db,
      embedder,
      config: { matching: { ...config.matching } },
      related: onetRelatedOccupations,
    });

  it('returns at most 100 ranked results from the nearest fresh candidates and those of the occupation, all passing every hard filter', async () => {
    const filters: SearchFilters = {
      remoteTypes: ['remote', 'hybrid'],
      minAnnualSalary: { amount: 90_000, currency: 'USD', includeUnknown: true },
    };
    const result = await activities().lookupCachedMatches({ resumeId, filters });

    // The profile's occupation (15-1252.00) has far more passing jobs than the lookup takes.
    expect(result.candidateCount).toBe(config.matching.candidates + config.matching.occupationCandidates);
    expect(result.strategy).toBe('hnsw');
    expect(result.results).toHaveLength(100);
    expect(result.embeddingTag).toBe('hash:hashing-v1');
    const scores = result.results.map((r) => r.match.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(result.bestScore).toBe(scores[0]);

    const byId = new Map(ids.map((id, i) => [id, generated[i] as Generated]));
    for (const r of result.results) {
      const job = byId.get(r.jobId)!.job;
      expect(passes(job, filters)).toBe(true);
      const points = r.match.reasons.reduce((s, x) => s + x.points, 0);
      expect(points).toBeCloseTo(r.match.score, 1);
      expect(r.match.reasons.map((x) => x.component)).toEqual(
        expect.arrayContaining(['skills', 'occupation', 'experience', 'semantic', 'freshness']),
      );
    }

    // The profile's vector was stored with the model that made it, and is reused next time.
    const stored = await t.db.selectFrom('resumes').select(['embedding', 'embedding_model']).executeTakeFirstOrThrow();
    expect(stored.embedding_model).toBe('hash:hashing-v1');
    profileVector = parseVector(stored.embedding!);
  });

  it('stores the listing vector inside the row (PLAIN), so distances cost no TOAST reads', async () => {
    const storage = await sql<{ attstorage: string }>`
      SELECT attstorage FROM pg_attribute WHERE attrelid = 'jobs'::regclass AND attname = 'listing_embedding'`.execute(
      t.db,
    );
    expect(storage.rows[0]?.attstorage).toBe('p');
  });

  it('finds the same candidates as an exact filtered search (recall@100 >= 0.95)', async () => {
    const filters: SearchFilters = { visaSponsorship: { includeUnknown: true } };
    const found = await findCacheCandidates(t.db, candidateQuery(filters));
    expect(found.candidates).toHaveLength(500);
    const idIndex = new Map(ids.map((id, i) => [id, i]));
    for (const c of found.candidates) expect(passes(generated[idIndex.get(c.id)!]!.job, filters)).toBe(true);
    const distances = found.candidates.map((c) => c.listingDistance);
    expect([...distances].sort((a, b) => a - b)).toEqual(distances);

    const exact = generated
      .map((g, i) => ({ id: ids[i] as string, d: 1 - cosine(profileVector, g.vector), ok: passes(g.job, filters) }))
      .filter((x) => x.ok)
      .sort((a, b) => a.d - b.d)
      .slice(0, 100)
      .map((x) => x.id);
    const top100 = new Set(found.candidates.slice(0, 100).map((c) => c.id));
    const recall = exact.filter((id) => top100.has(id)).length / 100;
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it("adds the nearest of the occupation's most recently seen jobs that the vector search missed", async () => {
    const filters: SearchFilters = { remoteTypes: ['remote', 'onsite'] };
    const occupation = { codes: ['29-1141.00'], limit: 50, scan: 300 };
    const plain = await findCacheCandidates(t.db, candidateQuery(filters));
    const found = await findCacheCandidates(t.db, { ...candidateQuery(filters), occupation });
    // The vector search's candidates come first, as they were.
    expect(found.candidates.slice(0, 500).map((c) => c.id)).toEqual(plain.candidates.map((c) => c.id));
    const extra = found.candidates.slice(500);
    expect(extra).toHaveLength(50);

    // The reference, in JS: the code's passing jobs the vector search did not find, the 300 seen
    // last, and of those the 50 nearest the profile.
    const vectorIds = new Set(plain.candidates.map((c) => c.id));
    const expected = generated
      .map((g, i) => ({ id: ids[i] as string, g }))
      .filter(({ id, g }) => g.job.onetCode === '29-1141.00' && passes(g.job, filters) && !vectorIds.has(id))
      .sort((a, b) => b.g.job.lastDiscoveredAt!.getTime() - a.g.job.lastDiscoveredAt!.getTime())
      .slice(0, 300)
      .map(({ id, g }) => ({ id, d: 1 - cosine(profileVector, g.vector) }))
      .sort((a, b) => a.d - b.d)
      .slice(0, 50);
    expect(extra.map((c) => c.id)).toEqual(expected.map((x) => x.id));
    for (const c of extra) {
      expect(c.features.onetCode).toBe('29-1141.00');
      expect(['remote', 'onsite']).toContain(c.features.remoteType);
    }
    // Nothing to add without a code, or with a limit of 0.
    const none = await findCacheCandidates(t.db, {
      ...candidateQuery(filters),
      occupation: { codes: [], limit: 50, scan: 300 },
    });
    expect(none.candidates).toHaveLength(500);
    const zero = await findCacheCandidates(t.db, {
      ...candidateQuery(filters),
      occupation: { ...occupation, limit: 0 },
    });
    expect(zero.candidates).toHaveLength(500);
  });

  it('searches exactly, and completely, when the planner expects the iterative scan to give up', async () => {
    // About a quarter of the fresh jobs are remote: an iterative scan needs ~2,000 tuples for 500.
    const filters: SearchFilters = { remoteTypes: ['remote'] };
    expect(generated.filter((g) => passes(g.job, filters)).length).toBeGreaterThan(500);
    const roomy = await findCacheCandidates(t.db, candidateQuery(filters));
    expect(roomy.strategy).toBe('hnsw');
    const tight = await findCacheCandidates(t.db, { ...candidateQuery(filters), maxScanTuples: 1000 });
    expect(tight.strategy).toBe('exact');
    const exact = await findCacheCandidates(t.db, { ...candidateQuery(filters), exact: true });
    expect(tight.candidates.map((c) => c.id)).toEqual(exact.candidates.map((c) => c.id));
    // Without hard filters the estimate is not consulted: the index answers.
    expect((await findCacheCandidates(t.db, { ...candidateQuery({}), maxScanTuples: 1000 })).strategy).toBe('hnsw');
  });

  it('falls back to an exact search when the filters leave fewer jobs than asked, and returns all of them', async () => {
    const filters: SearchFilters = {
      location: { text: 'zurich', includeRemote: false },
      visaSponsorship: { includeUnknown: false },
      minAnnualSalary: { amount: 100_000, includeUnknown: false },
    };
    const expected = generated.filter((g) => passes(g.job, filters)).length;
    expect(expected).toBeGreaterThan(10);
    expect(expected).toBeLessThan(500);
    const found = await findCacheCandidates(t.db, candidateQuery(filters));
    expect(found.strategy).toBe('exact');
    expect(found.candidates).toHaveLength(expected);
    for (const c of found.candidates) {
      expect(c.location).toBe('Zurich, Switzerland');
      expect(c.features.visaSponsorship).toBe(true);
      expect(c.features.salary!.annualMax).toBeGreaterThanOrEqual(100_000);
    }
  });

  it('reads a location filter literally (no LIKE wildcards) and keeps remote jobs when asked', async () => {
    const wildcard = await findCacheCandidates(t.db, candidateQuery({ location: { text: '%', includeRemote: false } }));
    expect(wildcard.candidates).toHaveLength(0);
    const withRemote = await findCacheCandidates(
      t.db,
      candidateQuery({ location: { text: 'Berlin', includeRemote: true }, remoteTypes: ['remote', 'onsite'] }),
    );
    expect(withRemote.candidates.length).toBe(500);
    for (const c of withRemote.candidates) {
      expect(c.features.remoteType === 'remote' || c.location === 'Berlin, Germany').toBe(true);
      expect(['remote', 'onsite']).toContain(c.features.remoteType);
    }
  });

  it('ignores vectors of another model until they are re-embedded', async () => {
    const stale = ids.slice(0, 200);
    await t.db
      .updateTable('jobs')
      .set({ listing_embedding_model: 'local:some-older-model' })
      .where('id', 'in', stale)
      .execute();
    const search = () =>
      findCacheCandidates(t.db, {
        ...candidateQuery({}),
        freshnessDays: 90,
        limit: 1000,
        efSearch: 1000,
        maxScanTuples: 40_000,
      });
    const before = new Set((await search()).candidates.map((c) => c.id));
    expect(stale.some((id) => before.has(id))).toBe(false);
    expect(await countJobEmbeddingsByModel(t.db, 'listing')).toEqual({
      'hash:hashing-v1': 9800,
      'local:some-older-model': 200,
    });

    expect(await reembedStaleJobs(t.db, embedder, 'listing', 500)).toBe(200);
    expect(await reembedStaleJobs(t.db, embedder, 'listing', 500)).toBe(0);
    expect(await countJobEmbeddingsByModel(t.db, 'listing')).toEqual({ 'hash:hashing-v1': 10_000 });
  });

  it('fails with typed, non-retryable errors for an unknown profile or a malformed request', async () => {
    const unknown = activities().lookupCachedMatches({ resumeId: '00000000-0000-4000-8000-000000000000', filters: {} });
    await expect(unknown).rejects.toBeInstanceOf(ApplicationFailure);
    await expect(unknown).rejects.toMatchObject({ type: 'MATCHING_PROFILE_NOT_FOUND', nonRetryable: true });
    const malformed = activities().lookupCachedMatches({
      resumeId,
      filters: { remoteTypes: ['on the moon'] } as unknown as SearchFilters,
    });
    await expect(malformed).rejects.toMatchObject({ type: 'MATCHING_INVALID_REQUEST', nonRetryable: true });
  });

  it('decodes every candidate from the JSON array exactly as its columns read one by one', async () => {
    const nearest = (await findCacheCandidates(t.db, candidateQuery({}))).candidates;
    // Give some of them what the generated jobs lack: dates with microseconds, enrichment, and
    // skills stored without the required/preferred split.
    const touched = nearest.slice(0, 40).map((c) => c.id);
    await sql`UPDATE jobs SET posted_at = now() - interval '3 days 0.123456 seconds', enriched_at = now(),
                quality_score = 77, company_key = 'acme'
              WHERE id = ANY(${touched.slice(0, 20)}::uuid[])`.execute(t.db);
    await sql`UPDATE jobs SET skills = skills_required || skills_preferred, skills_required = '{}', skills_preferred = '{}'
              WHERE id = ANY(${touched.slice(10, 30)}::uuid[])`.execute(t.db);

    const found = await findCacheCandidates(t.db, candidateQuery({}));
    const rows = await t.db
      .selectFrom('jobs')
      .selectAll()
      .select(sql<number>`listing_embedding <=> ${toVectorLiteral(profileVector)}::vector`.as('distance'))
      .where(
        'id',
        'in',
        found.candidates.map((c) => c.id),
      )
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(found.candidates.filter((c) => c.postedAt !== null)).toHaveLength(20);
    for (const c of found.candidates) {
      const r = byId.get(c.id)!;
      const split = r.skills_required.length > 0 || r.skills_preferred.length > 0;
      expect(c).toEqual({
        id: r.id,
        title: r.title,
        companyName: r.company_name,
        location: r.location,
        url: r.url,
        features: {
          title: r.title,
          onetCode: r.onet_code,
          occupations: [],
          skillsRequired: split ? r.skills_required : r.skills,
          skillsPreferred: split ? r.skills_preferred : [],
          yearsRequired: r.years_required,
          educationRequired: r.education_required,
          seniority: r.seniority,
          remoteType: r.remote_type,
          location: r.location,
          salary:
            r.salary_min === null &&
            r.salary_max === null &&
            r.salary_annual_min === null &&
            r.salary_annual_max === null
              ? null
              : {
                  min: r.salary_min,
                  max: r.salary_max,
                  currency: r.salary_currency ?? 'USD',
                  period: r.salary_period ?? 'year',
                  annualMin: r.salary_annual_min,
                  annualMax: r.salary_annual_max,
                },
          visaSponsorship: r.visa_sponsorship,
        },
        // The binary query vector gives the very distance the text literal gives.
        listingDistance: r.distance,
        fulltextDistance: null,
        postedAt: r.posted_at,
        firstDiscoveredAt: r.first_discovered_at,
        enrichedAt: r.enriched_at,
        company: r.company_id ?? r.company_key,
        qualityScore: r.quality_score,
      });
    }
    expect(found.candidates.filter((c) => c.qualityScore === 77 && c.company === 'acme')).toHaveLength(20);
    // The pool's re-read decodes the same way.
    const reread = await findCandidatesByIds(t.db, { ...candidateQuery({}), ids: touched });
    expect(reread).toEqual(found.candidates.filter((c) => touched.includes(c.id)));

    // The profile's vector read in binary is the one its text form gives.
    const profile = await findMatchingProfile(t.db, resumeId);
    const text = await t.db
      .selectFrom('resumes')
      .select('embedding')
      .where('id', '=', resumeId)
      .executeTakeFirstOrThrow();
    expect(Array.from(profile!.embedding!)).toEqual(Array.from(parseVector(text.embedding!)));
  });
});
