import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { rankCandidates } from '../matching/cache-lookup';
import { createEmbedder } from '../matching/embeddings/create-embedder';
import type { Embedder } from '../matching/embeddings/embedder';
import { onetRelatedOccupations } from '../matching/occupations';
import { analyseResume } from '../understanding/analysis/analyse-resume';
import { profileText } from '../matching/documents';
import { migrateToLatest } from '../schema/migrator';
import { startPostgres, type RunningPostgres } from '../scripts/stack/postgres';
import { findFreePort } from '../scripts/stack/ports';
import { createDatabase, type DB } from '../store/database';
import type { SearchFilters } from '../common/vocabulary/search';
import { findCacheCandidates, type CandidateQuery } from '../store/jobs';
import type { ProfileFeatures } from '../understanding/features';
import { benchConfig } from './config';
import { loadCacheCorpus, type CacheCorpus } from './data/cache-corpus';
import { BENCH_DATA } from './data/paths';
import { cacheAttributes, seedCache } from './data/seed-cache';
import { percentile, round } from './stats';

/**
 * `npm run bench:cache`: the cache lookup (docs/architecture.md#cache-lookup) at 10k, 50k and 100k
 * jobs on the embedded PostgreSQL + pgvector, with real embeddings (all-MiniLM-L6-v2) of real
 * postings (remotewlb) topped up with generated O*NET postings, and real resumes as queries.
 *
 * Per size: bulk insert rate, HNSW build time, lookup latency (candidate search + composite
 * scoring of the candidates), the same plus embedding the resume, recall@100 against an exact
 * search with the same filters, and the database's memory. At the largest size, a sweep of
 * freshness windows and hard filters shows how latency and recall move with selectivity, with and
 * without a partial index, and a sweep of candidate counts shows what a smaller pool saves in the
 * database and what it changes in the ranking people see. Progress on stderr; the last stdout line
 * is one JSON object.
 *
 * Environment: BENCH_SIZES (default 10000,50000,100000), BENCH_QUERIES (default 100),
 * BENCH_POOLS (candidate counts of the pool sweep, default 100,200,300,500; the reference is 1000).
 */

const SIZES = (process.env.BENCH_SIZES ?? '10000,50000,100000').split(',').map(Number);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 100);
const SWEEP_QUERIES = Math.min(QUERIES, 40);
const POOLS = (process.env.BENCH_POOLS ?? '100,200,300,500').split(',').map(Number);
/** pgvector's largest hnsw.ef_search: the widest pool one HNSW scan can give. */
const REFERENCE_POOL = 1000;
const WARM_UP = 5;

const note = (message: string): void => {
  process.stderr.write(`[bench:cache] ${message}\n`);
};

/** PostgreSQL's real memory: proportional set size summed over the postmaster and its children. */
function postgresPssMb(dataDir: string): number {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return Number.NaN;
  const postmaster = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  let kb = 0;
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (Number(pid) !== postmaster && ppid !== postmaster) continue;
      const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
      kb += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
    } catch {
      /* exited meanwhile */
    }
  }
  return kb / 1024;
}

interface Scenario {
  readonly name: string;
  readonly filters: SearchFilters;
  readonly freshnessDays: number;
  /** Overrides MATCHING_MAX_SCAN_TUPLES. */
  readonly maxScanTuples?: number;
}

interface Measured {
  readonly lookupMs: number[];
  readonly annMs: number[];
  readonly withEmbedMs: number[];
  readonly recall: number[];
  readonly exactFallbacks: number;
  readonly candidates: number[];
}

const RESUME_PROFILE: ProfileFeatures = {
  title: null,
  onetCode: null,
  occupations: [],
  skills: [],
  yearsExperience: null,
  seniority: null,
  educationLevel: null,
  location: null,
};

async function measure(
  db: DB,
  corpus: CacheCorpus,
  scenario: Scenario,
  queries: number,
  embedders: { readonly cached: Embedder; readonly uncached: Embedder | null },
): Promise<Measured> {
  const config = benchConfig();
  const settings = config.matching;
  const now = new Date();
  const base = (embedding: Float32Array): CandidateQuery => ({
    embedding,
    modelTags: [embedders.cached.tag],
    filters: scenario.filters,
    freshnessDays: scenario.freshnessDays,
    now,
    limit: settings.candidates,
    efSearch: settings.efSearch,
    maxScanTuples: scenario.maxScanTuples ?? settings.maxScanTuples,
  });
  const out = {
    lookupMs: [] as number[],
    annMs: [] as number[],
    withEmbedMs: [] as number[],
    recall: [] as number[],
    exactFallbacks: 0,
    candidates: [] as number[],
  };
  const lookup = async (embedding: Float32Array) => {
    const t0 = performance.now();
    const found = await findCacheCandidates(db, base(embedding));
    const t1 = performance.now();
    rankCandidates(RESUME_PROFILE, found.candidates, {
      calibration: embedders.cached.calibration,
      settings,
      related: onetRelatedOccupations,
      now,
    });
    return { found, annMs: t1 - t0, totalMs: performance.now() - t0 };
  };
  for (let i = 0; i < WARM_UP; i++) await lookup(corpus.queryVectors[i % corpus.queryVectors.length] as Float32Array);
  for (let i = 0; i < queries; i++) {
    const vector = corpus.queryVectors[i % corpus.queryVectors.length] as Float32Array;
    const { found, annMs, totalMs } = await lookup(vector);
    out.lookupMs.push(totalMs);
    out.annMs.push(annMs);
    out.candidates.push(found.candidates.length);
    if (found.strategy === 'exact') out.exactFallbacks++;
    const exact = await findCacheCandidates(db, { ...base(vector), limit: 100, exact: true });
    const truth = new Set(exact.candidates.map((c) => c.id));
    const top = found.candidates.slice(0, 100);
    out.recall.push(truth.size === 0 ? 1 : top.filter((c) => truth.has(c.id)).length / truth.size);
    if (embedders.uncached) {
      const query = corpus.queries[i % corpus.queries.length]!;
      const t0 = performance.now();
      const [embedded] = await embedders.uncached.embed([profileText({ title: null, skills: [] }, query.text)]);
      await lookup(embedded as Float32Array);
      out.withEmbedMs.push(performance.now() - t0);
    }
  }
  return out;
}

const summary = (values: number[]): { p50: number; p95: number } => ({
  p50: round(percentile(values, 50)),
  p95: round(percentile(values, 95)),
});

async function countPassing(db: DB, scenario: Scenario, tag: string): Promise<number> {
  const result = await findCacheCandidates(db, {
    embedding: new Float32Array(384).fill(1 / Math.sqrt(384)),
    modelTags: [tag],
    filters: scenario.filters,
    freshnessDays: scenario.freshnessDays,
    now: new Date(),
    limit: 1_000_000,
    efSearch: 1000,
    maxScanTuples: 1000,
    exact: true,
  });
  return result.candidates.length;
}

async function main(): Promise<void> {
  const config = benchConfig();
  const { embedder, plan } = await createEmbedder({ ...config.embeddings, batchSize: 64 });
  const { embedder: uncached } = await createEmbedder({ ...config.embeddings, cacheSize: 0 });
  note(`embeddings: ${plan.summary}`);
  const maxSize = Math.max(...SIZES);
  const corpus = await loadCacheCorpus(embedder, maxSize, Math.max(QUERIES, 24), note);
  note(`corpus: ${corpus.size} postings (${corpus.realCount} real), ${corpus.queries.length} real resumes as queries`);

  const port = await findFreePort();
  const pgDir = path.join(BENCH_DATA, 'pg');
  let server: RunningPostgres | undefined;
  const sizes: Record<string, unknown>[] = [];
  let sweep: Record<string, unknown>[] = [];
  let pools: Record<string, unknown>[] = [];
  try {
    server = await startPostgres({
      dataDir: pgDir,
      port,
      database: 'postgres',
      logFile: path.join(BENCH_DATA, 'logs', 'postgres.log'),
      durable: false,
      // As docs/architecture.md#pgvector-settings explains: room for the 100k HNSW graph in shared memory, and a
      // parallel index build.
      settings: {
        shared_buffers: '512MB',
        maintenance_work_mem: '1GB',
        max_parallel_maintenance_workers: '2',
        work_mem: '64MB',
      },
    });
    const adminUrl = server.url;
    const now = new Date();
    const attributes = cacheAttributes(maxSize, now);

    for (const size of SIZES) {
      const name = `bench_${size}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const db = createDatabase({
        url: adminUrl.replace(/\/[^/]*$/, `/${name}`),
        poolSize: 2,
        statementTimeoutMs: 600_000,
        applicationName: 'bench-cache',
      });
      try {
        await migrateToLatest(db);
        // Bulk load: insert first, build the index once (the way a cache would be rebuilt).
        const { insertS, indexS, partialIndexS } = await seedCache(db, corpus, size, attributes, embedder.tag);
        // The postings are garbage now; collect them before measuring, not during (node --expose-gc).
        (globalThis as { gc?: () => void }).gc?.();
        note(`${size}: inserted in ${insertS.toFixed(1)} s, HNSW built in ${indexS.toFixed(1)} s`);

        const baseline: Scenario = { name: 'fresh-45d', filters: {}, freshnessDays: 45 };
        const m = await measure(db, corpus, baseline, QUERIES, { cached: embedder, uncached });
        const row = {
          jobs: size,
          lookup_ms: summary(m.lookupMs),
          ann_ms: summary(m.annMs),
          lookup_with_embed_ms: summary(m.withEmbedMs),
          recall_at_100: round(m.recall.reduce((s, r) => s + r, 0) / m.recall.length, 3),
          recall_at_100_min: round(Math.min(...m.recall), 3),
          insert_per_s: Math.round(size / insertS),
          index_build_s: round(indexS),
          remote_partial_index_build_s: round(partialIndexS),
          rss_mb: Math.round(postgresPssMb(server.dataDir)),
          bench_process_rss_mb: Math.round(process.memoryUsage().rss / 1048576),
          candidates_p50: percentile(m.candidates, 50),
          exact_fallbacks: m.exactFallbacks,
          fresh_share: round((await countPassing(db, baseline, embedder.tag)) / size, 3),
        };
        note(JSON.stringify(row));
        sizes.push(row);

        if (size === maxSize) {
          pools = await poolSweep(db, corpus, embedder);
          sweep = await selectivitySweep(db, corpus, embedder, size);
        }
      } finally {
        await db.destroy();
      }
    }
  } finally {
    await server?.stop();
    await embedder.close();
    await uncached.close();
  }

  process.stdout.write(
    `${JSON.stringify({
      bench: 'cache',
      embedding: embedder.tag,
      corpus: 'remotewlb real postings + simulator O*NET postings; LiveCareer resumes as queries',
      queries: QUERIES,
      sizes,
      candidate_pools: pools,
      selectivity: sweep,
    })}\n`,
  );
}

/**
 * What the candidate count costs and buys: for each pool size, the database's time and how much of
 * the composite top 20 and top 100 (the results a search keeps) agree with the widest pool's, with
 * each query resume's own analysis (title, occupations, skills, years) as the profile, so the ATS
 * part of the score can pull in jobs that are not among the nearest by vector.
 */
async function poolSweep(db: DB, corpus: CacheCorpus, embedder: Embedder): Promise<Record<string, unknown>[]> {
  const config = benchConfig();
  const settings = config.matching;
  const now = new Date();
  const queries = corpus.queries.slice(0, QUERIES).map((q, i) => ({
    profile: analyseResume(q.text, { asOf: now }),
    vector: corpus.queryVectors[i % corpus.queryVectors.length] as Float32Array,
  }));
  const ranked = async (profile: ProfileFeatures, vector: Float32Array, pool: number) => {
    const t0 = performance.now();
    const found = await findCacheCandidates(db, {
      embedding: vector,
      modelTags: [embedder.tag],
      filters: {},
      freshnessDays: settings.freshnessDays,
      now,
      limit: pool,
      efSearch: pool,
      maxScanTuples: settings.maxScanTuples,
    });
    const annMs = performance.now() - t0;
    const results = rankCandidates(profile, found.candidates, {
      calibration: embedder.calibration,
      settings: { ...settings, results: Math.min(settings.results, pool) },
      related: onetRelatedOccupations,
      now,
    });
    return { annMs, ids: results.map((r) => r.jobId) };
  };
  const agreement = (mine: readonly string[], reference: readonly string[], k: number): number => {
    const truth = new Set(reference.slice(0, k));
    return truth.size === 0 ? 1 : mine.slice(0, k).filter((id) => truth.has(id)).length / truth.size;
  };
  const references: string[][] = [];
  for (const [i, q] of queries.entries()) {
    references.push((await ranked(q.profile, q.vector, REFERENCE_POOL)).ids);
    if (i % 20 === 19) note(`pool sweep: reference rankings ${i + 1}/${queries.length}`);
  }
  const rows: Record<string, unknown>[] = [];
  for (const pool of POOLS) {
    const annMs: number[] = [];
    const top20: number[] = [];
    const top100: number[] = [];
    for (const [i, q] of queries.entries()) {
      const { annMs: ms, ids } = await ranked(q.profile, q.vector, pool);
      annMs.push(ms);
      top20.push(agreement(ids, references[i]!, 20));
      top100.push(agreement(ids, references[i]!, 100));
    }
    const mean = (xs: number[]) => round(xs.reduce((s, x) => s + x, 0) / xs.length, 3);
    const row = {
      candidates: pool,
      ann_ms: summary(annMs),
      top20_agreement: mean(top20),
      top20_agreement_min: round(Math.min(...top20), 3),
      top100_agreement: mean(top100),
      reference_candidates: REFERENCE_POOL,
    };
    note(JSON.stringify(row));
    rows.push(row);
  }
  return rows;
}

const hasFilters = (f: SearchFilters): boolean => Object.keys(f).length > 0;

/** How latency and recall move as the freshness window and the hard filters get more selective. */
async function selectivitySweep(
  db: DB,
  corpus: CacheCorpus,
  embedder: Embedder,
  size: number,
): Promise<Record<string, unknown>[]> {
  const scenarios: Scenario[] = [
    { name: 'fresh-45d', filters: {}, freshnessDays: 45 },
    { name: 'fresh-15d', filters: {}, freshnessDays: 15 },
    { name: 'fresh-3d', filters: {}, freshnessDays: 3 },
    { name: 'visa', filters: { visaSponsorship: { includeUnknown: false } }, freshnessDays: 45 },
    {
      name: 'salary>=120k',
      filters: { minAnnualSalary: { amount: 120_000, currency: 'USD', includeUnknown: false } },
      freshnessDays: 45,
    },
    { name: 'remote', filters: { remoteTypes: ['remote'] }, freshnessDays: 45 },
    {
      name: 'onsite-TX',
      filters: { remoteTypes: ['onsite', 'hybrid'], location: { text: ', TX', includeRemote: false } },
      freshnessDays: 45,
    },
    {
      name: 'remote+visa+salary>=150k',
      filters: {
        remoteTypes: ['remote'],
        visaSponsorship: { includeUnknown: false },
        minAnnualSalary: { amount: 150_000, includeUnknown: false },
      },
      freshnessDays: 45,
    },
  ];
  const rows: Record<string, unknown>[] = [];
  const run = async (scenario: Scenario, label: string): Promise<void> => {
    const passing = await countPassing(db, scenario, embedder.tag);
    const m = await measure(db, corpus, scenario, SWEEP_QUERIES, { cached: embedder, uncached: null });
    const row = {
      scenario: label,
      selectivity: round(passing / size, 4),
      passing,
      lookup_ms: summary(m.lookupMs),
      ann_ms: summary(m.annMs),
      recall_at_100: round(m.recall.reduce((s, r) => s + r, 0) / m.recall.length, 3),
      recall_at_100_min: round(Math.min(...m.recall), 3),
      exact_fallback_share: round(m.exactFallbacks / SWEEP_QUERIES, 2),
    };
    note(JSON.stringify(row));
    rows.push(row);
  };
  for (const s of scenarios) {
    await run(s, s.name);
    // The other strategy for the same filters: exact search of the passing jobs.
    if (hasFilters(s.filters)) await run({ ...s, maxScanTuples: 1 }, `${s.name} (exact)`);
  }

  // Without the partial index of remote jobs (a migration), "remote only" is an iterative scan
  // over the full index.
  const remote = scenarios.find((s) => s.name === 'remote')!;
  await sql`DROP INDEX jobs_listing_embedding_remote_hnsw`.execute(db);
  await sql`ANALYZE jobs`.execute(db);
  await run(remote, 'remote (no partial index: iterative scan)');
  return rows;
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:cache failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
