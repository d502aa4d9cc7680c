import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { SearchProgress } from '../common/vocabulary/search';
import { createEmbedder } from '../matching/embeddings/create-embedder';
import { listingText } from '../matching/documents';
import { migrateToLatest } from '../schema/migrator';
import { sleep } from '../scripts/stack/managed-process';
import { createSimulatorAdmin } from '../simulator/admin-client';
import { createDatabase, type DB } from '../store/database';
import { createUser } from '../store/users';
import { benchConfig } from './config';
import type { CacheCorpus } from './data/cache-corpus';
import { BENCH_DATA } from './data/paths';
import { generatedPostings } from './data/postings';
import { queryUniverse, replayWorkload, type ReplaySearch } from './data/replay-workload';
import { cacheAttributes, seedCache } from './data/seed-cache';
import { embedCached } from './data/vector-cache';
import { runPool } from './load';
import { startBenchProcesses, startBenchServices, type BenchProcesses, type BenchServices } from './stack';
import { cpuDelta, cpuMsByTree } from './process-cpu';
import { percentile, round } from './stats';
import { parsePrometheusText, total } from './prometheus-text';

/**
 * `npm run bench:replay`: what the cache saves. Replays N keyword searches (Zipf-distributed over
 * real titles of many professions and US cities, 70% by free users, 30% by paid ones) against the
 * whole system as `npm start` runs it — the HasData simulator, the gateway, a worker process, the
 * API — over a cache that already holds part of the simulator's postings, and computes on the same
 * workload what the naive synchronous design (every search calls the listing API once and enriches
 * its top 100) would have spent.
 *
 * A search is a cache hit when it was answered without any provider call: the ledger holds no call
 * made on its behalf (discovery pages, enrichments it started) and it waited on no enrichment
 * another search had started. Credits are the ledger's, which the simulator's bill confirms.
 *
 * BENCH_REPLAY_WARMUP searches (2,000 by default) run first, drawn from the same workload: the
 * traffic a running system has already seen, which left the cache its enrichments and discoveries.
 * The N after them are the measured figures (for both designs); the warm-up's own hit rate and
 * misses, a cold start's, are reported beside them (`warmup_*`).
 *
 * Progress on stderr; the last stdout line is one JSON object. Environment: docs/benchmarks.md.
 */
const SEARCHES = Number(process.env.BENCH_REPLAY_SEARCHES ?? 2000);
const PAID_SHARE = Number(process.env.BENCH_REPLAY_PAID_SHARE ?? 0.3);
const ZIPF = Number(process.env.BENCH_REPLAY_ZIPF ?? 1);
const QUERIES = Number(process.env.BENCH_REPLAY_QUERIES ?? 10_000);
const JOBS = Number(process.env.BENCH_REPLAY_JOBS ?? 20_000);
const CLIENTS = Number(process.env.BENCH_REPLAY_CLIENTS ?? 8);
const WARMUP = Number(process.env.BENCH_REPLAY_WARMUP ?? 2000);
const REPEAT_SHARE = Number(process.env.BENCH_REPLAY_REPEAT_SHARE ?? 0.33);
const LATENCY_MS = Number(process.env.BENCH_REPLAY_LATENCY_MS ?? 300);
const SEED = Number(process.env.BENCH_REPLAY_SEED ?? 14);
/** V8 CPU profiles of the application processes go here when set (read with bench/cpu-profile-summary.ts). */
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;
/** Searches per user, on average. */
const SEARCHES_PER_USER = 10;
/** What the naive design enriches per search, and the results a person sees (a useful result). */
const NAIVE_ENRICHED = 100;
const USEFUL_RANK = 20;

const note = (message: string): void => void process.stderr.write(`[bench:replay] ${message}\n`);

interface Outcome {
  readonly search: ReplaySearch;
  readonly searchId: string | null;
  readonly firstResultsMs: number | null;
  readonly progress: SearchProgress | null;
  readonly results: number;
}

async function api<T>(
  base: string,
  key: string,
  method: string,
  route: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${base}${route}`, {
    method,
    headers: { authorization: `Bearer ${key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}

interface SearchAnswer {
  readonly searchId: string;
  readonly progress: SearchProgress | null;
  readonly results: { readonly total: number; readonly items: readonly unknown[] } | null;
}

/** One search as a person runs it: start, see the first page, wait for the final answer. */
async function runSearch(base: string, key: string, search: ReplaySearch): Promise<Outcome> {
  const t0 = performance.now();
  const started = await api<SearchAnswer>(base, key, 'POST', '/v1/searches', {
    query: { keyword: search.keyword, location: search.location },
  });
  if (started.status !== 202) return { search, searchId: null, firstResultsMs: null, progress: null, results: 0 };
  const { searchId } = started.body;
  let firstResultsMs = started.body.results ? performance.now() - t0 : null;
  for (let wait = 100; ; wait = Math.min(wait * 1.5, 2000)) {
    const view = await api<SearchAnswer>(base, key, 'GET', `/v1/searches/${searchId}?limit=${USEFUL_RANK}`);
    const progress = view.status === 200 ? view.body.progress : null;
    if (firstResultsMs === null && progress && progress.version >= 1) firstResultsMs = performance.now() - t0;
    if (progress && progress.status !== 'running') {
      return { search, searchId, firstResultsMs, progress, results: view.body.results?.total ?? 0 };
    }
    if (performance.now() - t0 > 900_000) throw new Error(`search ${searchId} did not finish in 15 minutes`);
    await sleep(wait);
  }
}

/** The gateway mirrors its ledger into Postgres asynchronously: wait until it has all the simulator billed. */
async function ledgerSettled(db: DB, billed: number): Promise<number> {
  for (let i = 0; i < 120; i++) {
    const row = await db
      .selectFrom('credit_ledger')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('credits'), sql<number>`0`).as('credits'))
      .executeTakeFirstOrThrow();
    if (Number(row.credits) >= billed) return Number(row.credits);
    await sleep(500);
  }
  throw new Error(`the ledger never reached the ${billed} credits the simulator billed`);
}

async function seed(db: DB, tagNote: (tag: string) => void): Promise<void> {
  const config = benchConfig();
  const { embedder, plan } = await createEmbedder({ ...config.embeddings, batchSize: 64 });
  note(`embeddings: ${plan.summary}`);
  tagNote(embedder.tag);
  const postings = (count: number) => generatedPostings(count);
  const vectors = await embedCached(
    embedder,
    `replay-listings-${JOBS}`,
    postings(JOBS).map((p) => listingText(p.job)),
  );
  await embedder.close();
  const corpus: CacheCorpus = { size: JOBS, realCount: 0, postings, vectors, queries: [], queryVectors: [] };
  // The cache as earlier discovery left it: listings of the simulator's own postings (so that
  // enrichment can fetch them), discovered over the last 60 days, none enriched yet.
  const seeded = await seedCache(db, corpus, JOBS, cacheAttributes(JOBS, new Date()), embedder.tag, {
    identity: (p) => ({ source: 'indeed', externalId: p.job.externalId }),
  });
  note(
    `cache: ${JOBS} listings inserted in ${seeded.insertS.toFixed(1)} s, HNSW built in ${seeded.indexS.toFixed(1)} s`,
  );
}

/** CPU seconds per process tree, busiest first: where a replay's wall time goes on a small machine. */
function cpuSummary(ms: Record<string, number>): string {
  return Object.entries(ms)
    .filter(([, v]) => v >= 500)
    .sort(([, a], [, b]) => b - a)
    .map(([name, v]) => `${name} ${(v / 1000).toFixed(0)}`)
    .join(', ');
}

const PHASES = ['cacheMs', 'discoverMs', 'enrichMs', 'totalMs'] as const;

/** Median time per phase by tier, over the searches that went through the phase. */
function phaseTimings(outcomes: readonly Outcome[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const tier of ['free', 'paid'] as const) {
    const timings = outcomes.filter((o) => o.search.tier === tier && o.progress).map((o) => o.progress!.timings);
    out[tier] = Object.fromEntries(
      PHASES.flatMap((phase) => {
        const values = timings.flatMap((t) => (t[phase] === undefined ? [] : [t[phase]]));
        return values.length > 0 ? [[phase, round(percentile(values, 50))]] : [];
      }),
    );
  }
  return out;
}

function phaseSummary(outcomes: readonly Outcome[]): string {
  return Object.entries(phaseTimings(outcomes))
    .map(
      ([tier, phases]) =>
        `${tier} ${Object.entries(phases)
          .map(([p, v]) => `${p.replace('Ms', '')} ${v.toFixed(0)}`)
          .join(' ')}`,
    )
    .join(' | ');
}

/** Runs `searches` with the clients, reporting progress; outcomes in order. */
async function replay(
  label: string,
  searches: readonly ReplaySearch[],
  base: string,
  keyOf: (search: ReplaySearch) => string,
  billed: () => Promise<number>,
  cpu: () => Record<string, number>,
): Promise<Outcome[]> {
  const outcomes = new Array<Outcome>(searches.length);
  let done = 0;
  let lastReport = 0;
  const t0 = performance.now();
  const cpu0 = cpu();
  const report = async (): Promise<void> => {
    const finished = outcomes.filter(Boolean);
    const quiet = finished.filter(
      (o) =>
        o.progress &&
        o.progress.creditsUsed === 0 &&
        !o.progress.discoveryTriggered &&
        o.progress.counts.enrichJoined === 0,
    ).length;
    const s = (performance.now() - t0) / 1000;
    note(
      `${label}: ${done}/${searches.length} searches in ${s.toFixed(0)} s (${(done / s).toFixed(2)}/s, ETA ${Math.round(((searches.length - done) * s) / Math.max(done, 1))} s), ` +
        `~${((100 * quiet) / Math.max(finished.length, 1)).toFixed(1)}% spent nothing, ${await billed()} credits billed so far; ` +
        `CPU s ${cpuSummary(cpuDelta(cpu0, cpu()))}; median phase ms ${phaseSummary(finished)}`,
    );
  };
  await runPool(searches.length, CLIENTS, async (i) => {
    const search = searches[i]!;
    outcomes[i] = await runSearch(base, keyOf(search), search);
    done += 1;
    if (performance.now() - lastReport > 15_000 || done === searches.length) {
      lastReport = performance.now();
      await report();
    }
  });
  return outcomes;
}

/** A phase's searches as the ledger saw them: who spent, on what, and which searches were hits. */
async function accountFor(db: DB, outcomes: readonly Outcome[], freeIds: ReadonlySet<string>) {
  const ids = outcomes.flatMap((o) => (o.searchId ? [o.searchId] : []));
  const rows =
    ids.length === 0
      ? []
      : await db
          .selectFrom('credit_ledger')
          .select(['search_id', 'user_id', 'endpoint', 'credits'])
          .where('search_id', 'in', ids)
          .execute();
  const callsBySearch = new Map<string, number>();
  const creditsByEndpoint: Record<string, number> = {};
  for (const row of rows) {
    callsBySearch.set(row.search_id!, (callsBySearch.get(row.search_id!) ?? 0) + 1);
    creditsByEndpoint[row.endpoint] = (creditsByEndpoint[row.endpoint] ?? 0) + row.credits;
  }
  const called = (o: Outcome): boolean => o.searchId !== null && callsBySearch.has(o.searchId);
  const hit = (o: Outcome): boolean =>
    o.progress?.status === 'completed' && !called(o) && o.progress.counts.enrichJoined === 0;
  const paid = outcomes.filter((o) => o.search.tier === 'paid');
  const paidMisses = paid.filter((o) => !hit(o));
  return {
    paid,
    paidMisses,
    failed: outcomes.filter((o) => o.progress?.status !== 'completed').length,
    hitRate: round(outcomes.filter(hit).length / Math.max(outcomes.length, 1), 4),
    paidHitRate: round((paid.length - paidMisses.length) / Math.max(paid.length, 1), 4),
    credits: rows.reduce((sum, r) => sum + r.credits, 0),
    freeUserCredits: rows.filter((r) => r.user_id && freeIds.has(r.user_id)).reduce((a, r) => a + r.credits, 0),
    creditsByEndpoint,
    providerCalls: rows.length,
    paidMissKinds: {
      discovered: paidMisses.filter((o) => o.progress?.discoveryTriggered).length,
      enriched_only: paidMisses.filter((o) => o.progress && !o.progress.discoveryTriggered && called(o)).length,
      joined_only: paidMisses.filter((o) => o.progress && !called(o) && o.progress.counts.enrichJoined > 0).length,
      failed: paidMisses.filter((o) => o.progress?.status !== 'completed').length,
    },
  };
}

async function main(): Promise<void> {
  const config = benchConfig();
  const universe = queryUniverse(QUERIES);
  const all = replayWorkload(
    {
      searches: WARMUP + SEARCHES,
      paidShare: PAID_SHARE,
      zipfExponent: ZIPF,
      universe: QUERIES,
      repeatShare: REPEAT_SHARE,
      searchesPerUser: SEARCHES_PER_USER,
      seed: SEED,
    },
    universe,
  );
  const warmup = all.slice(0, WARMUP);
  const workload = all.slice(WARMUP);
  const distinct = new Set(workload.map((s) => s.rank)).size;
  note(
    `${SEARCHES} searches (after ${WARMUP} of warm-up), ${workload.filter((s) => s.tier === 'paid').length} paid, ` +
      `${workload.filter((s) => s.repeat).length} repeating their user's own, ${distinct} distinct of ${universe.length} queries (Zipf s=${ZIPF}); ` +
      `most searched: ${universe[0]!.keyword} in ${universe[0]!.location}`,
  );

  let services: BenchServices | undefined;
  let processes: BenchProcesses | undefined;
  let db: DB | undefined;
  try {
    // Temporal on disk: a replay keeps the machine busy for many minutes, which the in-memory
    // store does not survive (scripts/stack/infrastructure.ts).
    services = await startBenchServices({ dataDir: path.join(BENCH_DATA, 'replay-stack'), note, temporalOnDisk: true });
    db = createDatabase({
      url: services.infra.databaseUrl,
      poolSize: 4,
      statementTimeoutMs: 900_000,
      applicationName: 'bench-replay',
    });
    await migrateToLatest(db);
    let embedding = '';
    await seed(db, (tag) => (embedding = tag));

    processes = await startBenchProcesses(services, {
      workers: 1,
      note,
      ...(PROFILE_DIR ? { nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${path.resolve(PROFILE_DIR)}`] } : {}),
      env: {
        API_RATE_LIMIT_PER_MINUTE: '1000000',
        SIMULATOR_LATENCY_MEDIAN_MS: String(LATENCY_MS),
        SIMULATOR_LATENCY_P95_MS: String(Math.round(LATENCY_MS * 2)),
        SIMULATOR_CORPUS_SIZE: String(Math.max(JOBS, 100_000)),
        // The replay measures what the design spends, not where a budget would stop it.
        SIMULATOR_CREDITS: '100000000',
        HASDATA_MONTHLY_BUDGET: '100000000',
      },
    });
    const sim = createSimulatorAdmin(processes.simulatorUrl);
    const billed = async (): Promise<number> => (await sim.stats()).creditsCharged;
    const cpu = (): Record<string, number> =>
      cpuMsByTree({
        ...Object.fromEntries(processes!.children.map((c) => [c.spec.name, c.pid])),
        ...Object.fromEntries(services!.infra.processes.map((p) => [p.spec.name, p.pid])),
      });

    const makeUsers = (tier: 'free' | 'paid') =>
      Promise.all(
        Array.from({ length: 1 + Math.max(0, ...all.filter((s) => s.tier === tier).map((s) => s.user)) }, (_, i) =>
          createUser(db!, { email: `replay-${tier}-${i}@bench.local`, tier }),
        ),
      );
    const users = { free: await makeUsers('free'), paid: await makeUsers('paid') };
    const keyOf = (search: ReplaySearch): string => users[search.tier][search.user]!.apiKey;

    // The warm-up is reported on its own (progress, its credits and time) and counted nowhere else.
    const warmupT0 = performance.now();
    const warmupOutcomes =
      warmup.length > 0 ? await replay('warm-up', warmup, processes.apiUrl, keyOf, billed, cpu) : [];
    const warmupS = (performance.now() - warmupT0) / 1000;
    const warmupCredits = await billed();
    if (warmup.length > 0)
      note(`warm-up done: ${warmup.length} searches in ${warmupS.toFixed(0)} s, ${warmupCredits} credits`);
    const t0 = performance.now();
    const cpu0 = cpu();
    const outcomes = await replay('replay', workload, processes.apiUrl, keyOf, billed, cpu);
    const durationS = (performance.now() - t0) / 1000;
    const cpuS = Object.fromEntries(
      Object.entries(cpuDelta(cpu0, cpu())).map(([name, ms]) => [name, round(ms / 1000)]),
    );

    // What each search caused at the provider, from the ledger (once it holds all the simulator
    // billed): calls, credits, and which endpoints.
    await ledgerSettled(db, await billed());
    const freeIds = new Set(users.free.map((u) => u.user.id));
    const measured = await accountFor(db, outcomes, freeIds);
    const warmed = warmupOutcomes.length > 0 ? await accountFor(db, warmupOutcomes, freeIds) : null;
    const { credits, freeUserCredits, paid } = measured;
    const costs = config.hasdata.costs;
    const provider = config.search.discovery.provider;
    const naiveCredits = SEARCHES * (costs[`${provider}.listing`] + NAIVE_ENRICHED * costs[`${provider}.job`]);
    const useful = outcomes.reduce((sum, o) => sum + Math.min(USEFUL_RANK, o.results), 0);
    const firstMs = outcomes.flatMap((o) => (o.firstResultsMs === null ? [] : [o.firstResultsMs]));
    const worker = parsePrometheusText(await (await fetch(processes.metricsUrls.workers[0]!)).text());
    const lookups = (outcome: string): number => total(worker, 'hirehound_results_cache_lookups_total', { outcome });

    process.stdout.write(
      `${JSON.stringify({
        bench: 'replay',
        searches: SEARCHES,
        warmup_searches: WARMUP,
        ...(warmed
          ? {
              warmup_credits: warmupCredits,
              warmup_duration_s: round(warmupS),
              warmup_cache_hit_rate: warmed.hitRate,
              warmup_paid_misses: warmed.paidMissKinds,
            }
          : {}),
        paid_searches: paid.length,
        failed_searches: measured.failed,
        cache_hit_rate: measured.hitRate,
        paid_cache_hit_rate: measured.paidHitRate,
        results_cache_hit_rate: round(lookups('hit') / Math.max(lookups('hit') + lookups('miss'), 1), 4),
        credits,
        naive_credits: naiveCredits,
        credits_ratio: round(credits / naiveCredits, 4),
        free_user_credits: freeUserCredits,
        credits_per_useful_result: round(credits / Math.max(useful, 1), 3),
        p95_first_results_ms: round(percentile(firstMs, 95)),
        p50_first_results_ms: round(percentile(firstMs, 50)),
        credits_by_endpoint: measured.creditsByEndpoint,
        provider_calls: measured.providerCalls,
        naive_provider_calls: SEARCHES * (1 + NAIVE_ENRICHED),
        paid_misses: measured.paidMissKinds,
        repeat_searches: workload.filter((s) => s.repeat).length,
        distinct_queries: distinct,
        query_universe: universe.length,
        zipf_exponent: ZIPF,
        cached_jobs: JOBS,
        embedding,
        provider_latency_ms: LATENCY_MS,
        clients: CLIENTS,
        duration_s: round(durationS),
        phase_ms_p50: phaseTimings(outcomes),
        cpu_s: cpuS,
        load_average: os.loadavg().map((l) => round(l, 2)),
      })}\n`,
    );
  } finally {
    await processes?.stop();
    await db?.destroy();
    await services?.infra.stop();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:replay failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
