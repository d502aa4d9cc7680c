import crypto from 'node:crypto';
import type { Client } from '@temporalio/client';
import { Worker, type NativeConnection, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import type { EmbeddingActivities } from '../../activities/embedding';
import { createEnrichmentActivities } from '../../activities/enrichment';
import type { ProviderActivities } from '../../activities/provider';
import type { SearchActivities } from '../../activities/search';
import { completeWithRanking } from '../../activities/search-completion';
import type {
  DiscoveryOutcome,
  DiscoveryRequest,
  EnrichRequest,
  FetchDetailsOutcome,
  LiveSearchCheck,
  PoolEntry,
  RankedPage,
  RankRequest,
} from '../../activities/search-types';
import type { DB } from '../../store/database';
import type {
  LiveSearchUnavailableReason,
  SearchProgress,
  SearchResultItem,
  Tier,
} from '../../common/vocabulary/search';
import type { TaskQueueNames } from '../../common/vocabulary/task-queues';
import type { SearchSettings, SearchWorkflowInput } from '../../workflows/search/model';
import { SearchFilters } from '../../api/search-schemas';
import { uniquePrefix } from '../harness/services';

/**
 * An in-memory stand-in for everything outside the workflows (ranker, provider, bookkeeping), so
 * workflow tests exercise the orchestration on the real Temporal dev server and can count exactly
 * which provider calls were made. The enrichment bridge itself is the real activity.
 */
export interface FakeJob {
  id: string;
  title: string;
  /** Score before enrichment; enrichment adds `enrichBonus`. */
  score: number;
  remote: 'remote' | 'onsite';
  salary: number | null;
  enrichedAt: string | null;
  expired?: boolean;
}

export interface WorldOptions {
  jobs: FakeJob[];
  /** Jobs the provider "discovers" on each page. */
  discoverPages?: FakeJob[][];
  /** Gateway answer before discovery. */
  live?: LiveSearchCheck;
  /** Refuse the n-th (1-based) and later detail fetches with this reason. */
  refuseFetchesFrom?: { n: number; reason: LiveSearchUnavailableReason; retryAfterMs?: number; times?: number };
  fetchDelayMs?: number;
  /** Detail fetches wait for this before they answer (a test holds the search in its enrich phase). */
  fetchGate?: Promise<void>;
  enrichBonus?: number;
}

export class SearchWorld {
  readonly jobs = new Map<string, FakeJob>();
  readonly fetchCalls: EnrichRequest[] = [];
  readonly discoveryCalls: DiscoveryRequest[] = [];
  readonly rankCalls: RankRequest[] = [];
  readonly persisted: { progress: SearchProgress; results: readonly SearchResultItem[] }[] = [];
  readonly progressSnapshots: SearchProgress[] = [];
  readonly claims = new Map<string, { searchId: string; until: number }>();
  private refusals = 0;

  constructor(private readonly options: WorldOptions) {
    for (const job of options.jobs) this.jobs.set(job.id, { ...job });
  }

  private scoreOf(job: FakeJob): number {
    return Math.min(100, job.score + (job.enrichedAt ? (this.options.enrichBonus ?? 5) : 0));
  }

  private rank(request: RankRequest): RankedPage {
    const candidates = [...(request.jobIds ?? [...this.jobs.keys()])]
      .map((id) => this.jobs.get(id))
      .filter((j): j is FakeJob => j !== undefined && !j.expired)
      .filter((j) => !request.filters.remoteTypes || request.filters.remoteTypes.includes(j.remote))
      .filter((j) => !request.filters.minAnnualSalary || (j.salary ?? 0) >= request.filters.minAnnualSalary.amount)
      .sort((a, b) => this.scoreOf(b) - this.scoreOf(a) || a.id.localeCompare(b.id))
      .slice(0, request.poolSize);
    const pool: PoolEntry[] = candidates.map((j) => ({
      jobId: j.id,
      score: this.scoreOf(j),
      ats: this.scoreOf(j),
      semantic: this.scoreOf(j),
      freshness: 0,
      enrichedAt: j.enrichedAt,
    }));
    const top: SearchResultItem[] = candidates.slice(0, request.shown).map((j, i) => ({
      rank: i + 1,
      score: this.scoreOf(j),
      ats: this.scoreOf(j),
      semantic: this.scoreOf(j),
      freshness: 0,
      reasons: { test: true },
      job: {
        id: j.id,
        title: j.title,
        company: null,
        location: null,
        remoteType: j.remote,
        url: `https://example.com/${j.id}`,
        salary: null,
        postedAt: null,
        enriched: j.enrichedAt !== null,
      },
    }));
    return { top, pool, freshMatches: candidates.length, bestScore: pool[0]?.score ?? null };
  }

  searchActivities(): SearchActivities {
    return {
      rankCandidates: async (request) => {
        this.rankCalls.push(request);
        const startedAt = Date.now();
        const page = this.rank(request);
        if (!request.completion) return page;
        // As the real activity: the completed snapshot is persisted with the page (activities/search.ts).
        const completed = completeWithRanking(request.completion, page, { startedAt, endedAt: Date.now() });
        this.persisted.push({ progress: completed, results: page.top });
        return { ...page, completed };
      },
      claimDiscovery: async ({ normalizedQuery, searchId, ttlMs }) => {
        const held = this.claims.get(normalizedQuery);
        if (held && held.until > Date.now()) return { claimed: false, heldBy: held.searchId };
        this.claims.set(normalizedQuery, { searchId, until: Date.now() + ttlMs });
        return { claimed: true, heldBy: null };
      },
      checkLiveSearch: async () => this.options.live ?? { available: true },
      recordSearchProgress: async ({ progress }) => {
        this.progressSnapshots.push(progress);
      },
      persistSearchResults: async (request) => {
        this.persisted.push(request);
      },
    };
  }

  providerActivities(): ProviderActivities {
    return {
      discoverListings: async (request): Promise<DiscoveryOutcome> => {
        this.discoveryCalls.push(request);
        const pages = this.options.discoverPages ?? [];
        const start = request.resumeFrom?.pagesDone ?? 0;
        const newJobIds: string[] = [];
        let fetched = 0;
        for (let p = start; p < pages.length && fetched < request.maxPages; p++, fetched++) {
          for (const job of pages[p] ?? []) {
            if (!this.jobs.has(job.id)) newJobIds.push(job.id);
            this.jobs.set(job.id, { ...job });
          }
        }
        const next = start + fetched;
        return {
          pages: fetched,
          creditsCharged: fetched * 10,
          cursor: next < pages.length ? String(next) : null,
          newJobIds,
          refreshedJobIds: [],
          refused: null,
        };
      },
      fetchJobDetails: async (request): Promise<FetchDetailsOutcome> => {
        this.fetchCalls.push(request);
        if (this.options.fetchGate) await this.options.fetchGate;
        if (this.options.fetchDelayMs) await new Promise((r) => setTimeout(r, this.options.fetchDelayMs));
        const refuse = this.options.refuseFetchesFrom;
        if (
          refuse &&
          this.fetchCalls.length >= refuse.n &&
          (refuse.times === undefined || this.refusals < refuse.times)
        ) {
          this.refusals += 1;
          return {
            outcome: 'refused',
            reason: refuse.reason,
            retryAfterMs: refuse.retryAfterMs ?? null,
            creditsCharged: 0,
          };
        }
        const job = this.jobs.get(request.jobId);
        if (!job || job.expired) {
          if (job) job.expired = true;
          return { outcome: 'expired', creditsCharged: 0 };
        }
        job.enrichedAt = new Date().toISOString();
        return { outcome: 'enriched', creditsCharged: 10, source: 'job_api' };
      },
    };
  }

  embeddingActivities(): EmbeddingActivities {
    return { embedJobFullText: async () => ({ model: 'test' }) };
  }

  fetchCountsByJob(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const call of this.fetchCalls) counts.set(call.jobId, (counts.get(call.jobId) ?? 0) + 1);
    return counts;
  }
}

export function makeJobs(count: number, prefix: string, score: (i: number) => number): FakeJob[] {
  return Array.from({ length: count }, (_, i) => ({
    id: jobUuid(prefix, i),
    title: `${prefix} job ${i}`,
    score: score(i),
    remote: i % 2 === 0 ? 'remote' : 'onsite',
    salary: 50_000 + i * 1000,
    enrichedAt: null,
  }));
}

/** Deterministic uuid-shaped ids (enrich-<jobId> workflow ids need uuids). */
export function jobUuid(prefix: string, i: number): string {
  let h = 2166136261;
  for (const ch of prefix) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0;
  const hex = h.toString(16).padStart(8, '0');
  return `${hex}-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
}

export const TEST_SETTINGS: SearchSettings = {
  shownResults: 20,
  candidatePool: 100,
  enrichLimit: 5,
  enrichConcurrency: 3,
  enrichRefreshDays: 7,
  discovery: { bestScoreBelow: 60, freshMatchesBelow: 100, rule: 'all', maxPages: 2, repeatGuardMs: 300_000 },
  backoff: { initialMs: 200, maxMs: 1000, maxWaitMs: 5000 },
};

/** A search's input on the given queues with the test settings; `overrides` replace any field. */
export function searchInput(
  queues: TaskQueueNames,
  tier: Tier,
  overrides: Partial<SearchWorkflowInput> = {},
): SearchWorkflowInput {
  return {
    searchId: crypto.randomUUID(),
    taskQueues: queues,
    userId: crypto.randomUUID(),
    tier,
    resumeId: null,
    query: { keyword: 'data engineer', location: 'Remote' },
    normalizedQuery: uniquePrefix('data engineer|remote'),
    filters: SearchFilters.parse({}),
    settings: TEST_SETTINGS,
    ...overrides,
  };
}

export interface WorldWorkerDeps {
  readonly native: NativeConnection;
  readonly client: Client;
  readonly db: DB;
  readonly bundle: WorkflowBundleWithSourceMap;
}

/**
 * Runs `fn` with workers on fresh task queues: the `search` queue runs the real workflows with the
 * given search activities and the real enrichment bridge; `hasdata` and `ml` run the world's
 * stand-ins. Workers are shut down when `fn` ends.
 */
export async function withWorldWorkers<T>(
  deps: WorldWorkerDeps,
  world: SearchWorld,
  searchActivities: (queues: TaskQueueNames) => SearchActivities,
  fn: (queues: TaskQueueNames) => Promise<T>,
): Promise<T> {
  const queues: TaskQueueNames = {
    search: uniquePrefix('search'),
    hasdata: uniquePrefix('hasdata'),
    ml: uniquePrefix('ml'),
  };
  const workers = await Promise.all([
    Worker.create({
      connection: deps.native,
      taskQueue: queues.search,
      workflowBundle: deps.bundle,
      activities: {
        ...searchActivities(queues),
        ...createEnrichmentActivities({
          client: deps.client,
          db: deps.db,
          taskQueues: queues,
          backoff: TEST_SETTINGS.backoff,
          heartbeatEveryMs: 500,
        }),
      },
    }),
    Worker.create({ connection: deps.native, taskQueue: queues.hasdata, activities: world.providerActivities() }),
    Worker.create({ connection: deps.native, taskQueue: queues.ml, activities: world.embeddingActivities() }),
  ]);
  const runs = workers.map((w) => w.run());
  try {
    return await fn(queues);
  } finally {
    for (const w of workers) w.shutdown();
    await Promise.all(runs);
  }
}
