import {
  ActivityFailure,
  ApplicationFailure,
  CancellationScope,
  allHandlersFinished,
  condition,
  isCancellation,
  log,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  sleep,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { EnrichmentActivities } from '../../activities/enrichment';
import type { ProviderActivities } from '../../activities/provider';
import type { SearchActivities } from '../../activities/search';
import type { DiscoveryOutcome, EnrichResult, RankRequest } from '../../activities/search-types';
import { isTransientRefusal } from '../../common/vocabulary/refusals';
import { isLiveSearchUnavailableReason, type SearchPhase, type SearchProgress } from '../../common/vocabulary/search';
import { parseSearchFilters } from '../../common/vocabulary/search-filters-guard';
import type { TaskQueueNames } from '../../common/vocabulary/task-queues';
import {
  CreditsUsedAttribute,
  DiscoveryTriggeredAttribute,
  SearchPhaseAttribute,
  searchAttributesAtStart,
} from '../../temporal/search-attributes';
import { retryPolicy } from '../retry-policy';
import { decideDiscovery, LEGACY_ENRICHMENT, selectEnrichmentTargets } from './decide';
import { cancelSignal, changeFiltersUpdate, firstResultsUpdate, progressQuery, resultsQuery } from './messages';
import type { SearchWorkflowInput } from './model';
import { SearchState } from './state';

/** A ranking's bounds, local or not. */
const RANKING_OPTIONS = {
  startToCloseTimeout: '20 seconds',
  retry: retryPolicy({ maximumAttempts: 3, initialInterval: '200 ms' }),
} as const;

function activitiesFor(queues: TaskQueueNames) {
  return {
    // Ranking runs as a local activity: no extra server round trip before the first page.
    ranking: proxyLocalActivities<Pick<SearchActivities, 'rankCandidates'>>(RANKING_OPTIONS),
    // Re-ranking a pool while other work runs (enrichments finishing, a filter change): an ordinary
    // activity, whose result has its own place in the history (see rerank in searchWorkflow).
    rerankPool: proxyActivities<Pick<SearchActivities, 'rankCandidates'>>({
      ...RANKING_OPTIONS,
      taskQueue: queues.search,
    }),
    // Short database and Redis writes, local too: no activity task round trip, and their inputs
    // (the persisted results) stay out of the history.
    bookkeeping: proxyLocalActivities<Omit<SearchActivities, 'rankCandidates'>>({
      startToCloseTimeout: '30 seconds',
      retry: retryPolicy({ maximumAttempts: 5, initialInterval: '500 ms' }),
    }),
    // Provider calls heartbeat their progress (pages, credits) so a retried attempt resumes instead
    // of paying again; refusals come back as values, not errors, so the workflow backs off durably.
    provider: proxyActivities<Pick<ProviderActivities, 'discoverListings'>>({
      taskQueue: queues.hasdata,
      startToCloseTimeout: '10 minutes',
      heartbeatTimeout: '30 seconds',
      retry: retryPolicy({ maximumAttempts: 5, initialInterval: '1 second', maximumInterval: '30 seconds' }),
    }),
    // Waiting on a shared `enrich-<jobId>` run: long, heartbeating, cancellable.
    enrichment: proxyActivities<Pick<EnrichmentActivities, 'awaitEnrichment'>>({
      taskQueue: queues.search,
      startToCloseTimeout: '30 minutes',
      heartbeatTimeout: '20 seconds',
      retry: retryPolicy({ maximumAttempts: 3, initialInterval: '1 second' }),
    }),
  };
}

type SearchActivityProxies = ReturnType<typeof activitiesFor>;

/** Which side of each change to the search workflow's commands this run takes. */
interface SearchVersions {
  /** Discovery backs off from and reports a refusal of its first page. */
  discoveryFirstPageRefusals(): boolean;
  /** Pool re-ranks run as ordinary activities, not local ones. */
  poolReranksAsActivities(): boolean;
  /** Enrichment starts from the first page's matches (not LEGACY_ENRICHMENT). */
  enrichmentTriggeredByFirstPage(): boolean;
}

/**
 * Runs started from now on decide every version in their first activation, with one patch. A
 * patch checked later, right after a local activity, can fall in another workflow task on replay
 * than when the run recorded it: a task may end between the activity's marker and the code after
 * it (seen in bench:search: the marker of the snapshot after discovery closed a task, the upsert
 * and the enrichment patch came in the next one), while on replay the marker resolves at once and
 * that code runs in the earlier task, where the patch is not yet known; the replay then took the
 * old branch ("Non-deprecated patch marker encountered for change enrichment-triggered-by-first-page,
 * but there is no corresponding change command"). The first activation has no local activity
 * before it. Runs started before this patch still ask each patch where they always did, and so do
 * free searches: they reach none of these patches but the pool re-rank of a filter change, which
 * an update starts in a task of its own, and a marker at their start would cost every one of them
 * two history events.
 */
function searchVersions(tier: SearchWorkflowInput['tier']): SearchVersions {
  if (tier === 'paid' && patched('search-versions-at-start')) {
    return {
      discoveryFirstPageRefusals: () => true,
      poolReranksAsActivities: () => true,
      enrichmentTriggeredByFirstPage: () => true,
    };
  }
  return {
    discoveryFirstPageRefusals: () => patched('discovery-first-page-refusals'),
    poolReranksAsActivities: () => patched('pool-reranks-as-activities'),
    enrichmentTriggeredByFirstPage: () => patched('enrichment-triggered-by-first-page'),
  };
}

/**
 * One search: cache → decide → discover → enrich → rerank (docs/architecture.md#phases). The first ranking
 * comes from the cache alone and is query-able at once; paid searches may then spend credits on
 * discovery and enrichment, each completed enrichment re-ranking the pool. Free searches never
 * reach a provider activity.
 */
export async function searchWorkflow(input: SearchWorkflowInput): Promise<SearchProgress> {
  const versions = searchVersions(input.tier);
  const state = new SearchState(input);
  const settings = input.settings;
  const { ranking, rerankPool, bookkeeping, provider, enrichment } = activitiesFor(input.taskQueues);
  const spending = new CancellationScope();
  // Cancelling rejects this promise; the scope's own operations observe it, nobody else needs to.
  spending.cancelRequested.catch(() => undefined);

  setHandler(progressQuery, () => state.progress());
  setHandler(resultsQuery, ({ offset, limit }) => state.page(offset, limit));
  setHandler(firstResultsUpdate, async ({ limit }) => {
    await condition(() => state.version >= 1 || state.status !== 'running');
    return { progress: state.progress(), results: state.page(0, limit) };
  });
  setHandler(
    changeFiltersUpdate,
    async (filters) => {
      state.filters = filters;
      state.filtersGeneration += 1;
      await rerank(state.pool.map((p) => p.jobId));
      return { progress: state.progress(), results: state.page(0, settings.shownResults) };
    },
    {
      // Rejected before it reaches history: unknown fields, absurd numbers, unstorable text, a
      // finished search. The failure's type is the error code the API answers with.
      validator: (filters) => {
        try {
          parseSearchFilters(filters);
        } catch (err) {
          throw ApplicationFailure.nonRetryable(
            err instanceof Error ? err.message : String(err),
            'API_VALIDATION_FAILED',
          );
        }
        if (state.status !== 'running')
          throw ApplicationFailure.nonRetryable(
            `search is ${state.status}; filters can no longer change`,
            'SEARCH_NOT_RUNNING',
          );
      },
    },
  );
  setHandler(cancelSignal, ({ reason }) => {
    if (state.cancelled || state.status !== 'running') return;
    state.cancelReason = reason;
    state.touch();
    spending.cancel();
  });

  // The API starts searches with their attributes (api/search-starter.ts). Such a run writes none
  // at its start, and a free one, over in a moment, writes its phase once, when it is done: each
  // upsert is a history event and a visibility write on the server (docs/performance.md). A run
  // started without them (by an older API, or a test) upserts at every phase, as runs always did,
  // so their histories replay unchanged.
  const attributesFromStart = workflowInfo().typedSearchAttributes.get(SearchPhaseAttribute) !== undefined;
  if (!attributesFromStart) upsertSearchAttributes(searchAttributesAtStart(input));
  const upsertsEveryPhase = !attributesFromStart || input.tier !== 'free';

  // Runs started before re-ranked pools as local activities too. A local activity's result has no
  // place of its own in the history, only its marker among the task's commands: on replay it can
  // reach the workflow in the same activation as enrichments that finished in that task, before
  // them, where the run had it after them. The re-ranker then issued its upsert and next re-rank
  // ahead of the fan-out's next schedules, and the replay failed (bench:search: "Upsert...Machine
  // does not handle ActivityTaskScheduled", "Activity id of scheduled event '64' does not match
  // activity id of activity command '65'"). The first lookup stays local: nothing runs beside it.
  // Asked at the first pool re-rank, so a free search that never re-ranks records no marker.
  let poolRanking: typeof ranking | undefined;
  const rankingForPools = (): typeof ranking =>
    (poolRanking ??= versions.poolReranksAsActivities() ? rerankPool : ranking);

  /** What a ranking of the given jobs (or the ANN lookup, when none are given) is asked. */
  function rankRequest(generation: number, jobIds?: readonly string[]): RankRequest {
    return {
      searchId: input.searchId,
      userId: input.userId,
      resumeId: input.resumeId,
      query: input.query,
      filters: state.filters,
      poolSize: settings.candidatePool,
      shown: settings.shownResults,
      ...(jobIds ? { jobIds, knownFreshMatches: state.lookupFreshMatches } : {}),
      // The last ranking under the search's own filters is what an identical search gets next; a
      // ranking under filters changed mid-search is not what a new search with them would find.
      ...(generation === 0 ? { resultsCache: jobIds ? ('store' as const) : ('use' as const) } : {}),
    };
  }

  /** Ranks the given jobs (or runs the ANN lookup when none are given) and publishes the result. */
  async function rerank(jobIds?: readonly string[]): Promise<void> {
    const generation = state.filtersGeneration;
    const page = await (jobIds ? rankingForPools() : ranking).rankCandidates(rankRequest(generation, jobIds));
    if (state.publish(page, generation) && !jobIds) state.lookupFreshMatches = page.freshMatches;
  }

  /**
   * A free search's one ranking, which also persists its end (`completion`): false when the
   * filters changed or a cancel came while it ran, and the search goes on as any other would
   * after its lookup.
   */
  async function rankToTheEnd(): Promise<boolean> {
    const generation = state.filtersGeneration;
    const decision = decideDiscovery(input.tier, { bestScore: null, freshMatches: 0 }, settings.discovery);
    const completion: SearchProgress = {
      ...state.progress(),
      status: 'completed',
      phase: 'done',
      discoveryDecision: decision.why,
      timings: { decideMs: 0 },
    };
    const page = await ranking.rankCandidates({ ...rankRequest(generation), completion });
    if (!state.publish(page, generation)) return false;
    state.lookupFreshMatches = page.freshMatches;
    // Cancelled while it ran: the old path's end writes the truth over the persisted answer.
    if (!page.completed || state.cancelled) return false;
    state.adoptCompleted(page.completed);
    return true;
  }

  function enter(phase: SearchPhase): void {
    state.enterPhase(phase);
    showPhase(phase);
  }

  /** The phase as the run's search attributes (a free one started with them shows only its end). */
  function showPhase(phase: SearchPhase): void {
    if (phase !== 'done' && !upsertsEveryPhase) return;
    upsertSearchAttributes([
      { key: SearchPhaseAttribute, value: phase },
      { key: CreditsUsedAttribute, value: state.creditsUsed },
      { key: DiscoveryTriggeredAttribute, value: state.discoveryTriggered },
    ]);
  }

  // A free search started with `freeEndsWithRanking` (every one the API starts now) ends with its
  // first ranking, which persists the answer: one local activity where there were two, the page
  // sent to the worker's main thread once instead of twice (docs/performance.md).
  const endsWithRanking = input.tier === 'free' && settings.freeEndsWithRanking === true;

  try {
    // 1. cache
    let t = Date.now();
    if (endsWithRanking && (await rankToTheEnd())) {
      // Already done, as persisted: the state's time stays the snapshot's.
      showPhase('done');
      await condition(allHandlersFinished);
      return state.progress();
    }
    if (!endsWithRanking) await rerank();
    state.counts.cacheCandidates = state.pool.length;
    state.time('cacheMs', t);
    // A free search ends in a moment and is persisted then; a paid one may run for minutes, so its
    // snapshot is written now (GET falls back to it when the workflow cannot answer).
    if (input.tier === 'paid') await bookkeeping.recordSearchProgress({ progress: state.progress() });

    // 2. decide
    enter('decide');
    t = Date.now();
    const decision = decideDiscovery(
      input.tier,
      { bestScore: state.bestScore, freshMatches: state.freshMatches },
      settings.discovery,
    );
    state.discoveryDecision = decision.why;
    let liveAllowed = input.tier === 'paid' && !state.cancelled;
    if (liveAllowed) {
      const live = await bookkeeping.checkLiveSearch({ userId: input.userId });
      if (!live.available) {
        state.markUnavailable(live.reason, live.message);
        state.discoveryDecision = `${decision.why}; live search unavailable: ${live.message}`;
        liveAllowed = false;
      }
    }
    let discover = liveAllowed && decision.discover;
    if (discover && input.query) {
      const claim = await bookkeeping.claimDiscovery({
        normalizedQuery: input.normalizedQuery,
        searchId: input.searchId,
        ttlMs: settings.discovery.repeatGuardMs,
      });
      if (!claim.claimed) {
        discover = false;
        const by = claim.heldBy ? ` (search ${claim.heldBy})` : '';
        state.discoveryDecision = claim.discoveredAt
          ? `${decision.why}; skipped: the same query was discovered at ${claim.discoveredAt}${by}, and the provider's listings change by the day`
          : `${decision.why}; skipped: the same query was discovered within the last ${Math.round(settings.discovery.repeatGuardMs / 1000)} s${by}`;
      }
    } else if (discover) {
      discover = false;
      state.discoveryDecision = `${decision.why}; skipped: no keyword to search the provider with`;
    }
    state.time('decideMs', t);

    await spending
      .run(async () => {
        // 3. discover
        if (discover && input.query) {
          state.discoveryTriggered = true;
          enter('discover');
          t = Date.now();
          const outcome = await discoverWithBackoff(input, state, provider, versions);
          state.time('discoverMs', t);
          const fresh = [...outcome.newJobIds, ...outcome.refreshedJobIds];
          if (fresh.length > 0) {
            const pool = [...new Set([...state.pool.map((p) => p.jobId), ...fresh])];
            await rerank(pool);
          }
          await bookkeeping.recordSearchProgress({ progress: state.progress() });
        }

        // 4. enrich (paid, while budget and circuit allow)
        if (liveAllowed && !state.liveSearchUnavailable && settings.enrichLimit > 0) {
          enter('enrich');
          t = Date.now();
          await enrichBestCandidates(input, state, enrichment, rerank, versions);
          state.time('enrichMs', t);
        }
      })
      .catch((err: unknown) => {
        if (!isCancellation(err)) throw err;
      });

    // 5. final ranking with whatever full text arrived, then the answer is persisted.
    if (input.tier === 'paid' && state.counts.enrichDone > 0) {
      enter('rerank');
      await rerank(state.pool.map((p) => p.jobId));
    }
    state.status = state.cancelled ? 'cancelled' : 'completed';
    enter('done');
  } catch (err) {
    state.status = 'failed';
    state.enterPhase('done');
    log.error('search failed', { error: err instanceof Error ? err.message : String(err) });
    await bookkeeping.persistSearchResults({ progress: state.progress(), results: state.top, tier: input.tier });
    throw err;
  }

  await bookkeeping.persistSearchResults({ progress: state.progress(), results: state.top, tier: input.tier });
  await condition(allHandlersFinished);
  return state.progress();
}

/**
 * Discovery through the gateway, page by page. A refusal for rate or circuit reasons is waited out
 * with durable timers (capped); the next attempt resumes after the pages already paid for.
 */
async function discoverWithBackoff(
  input: SearchWorkflowInput,
  state: SearchState,
  provider: SearchActivityProxies['provider'],
  versions: SearchVersions,
): Promise<DiscoveryOutcome> {
  const { backoff, discovery } = input.settings;
  if (!input.query) throw ApplicationFailure.nonRetryable('discovery needs a keyword', 'SEARCH_NO_QUERY');
  let pagesDone = 0;
  let cursor: string | null = null;
  const newJobIds: string[] = [];
  const refreshedJobIds: string[] = [];
  let credits = 0;
  let waited = 0;
  let delay = backoff.initialMs;
  // Runs started before could neither back off from nor report a refusal of the first page (no
  // cursor yet): a user at their daily cap got no word of it.
  const firstPageRefusals = versions.discoveryFirstPageRefusals();
  for (;;) {
    let outcome: DiscoveryOutcome;
    try {
      outcome = await provider.discoverListings({
        searchId: input.searchId,
        userId: input.userId,
        query: input.query,
        maxPages: discovery.maxPages - pagesDone,
        resumeFrom: pagesDone > 0 ? { pagesDone, cursor } : null,
      });
    } catch (err) {
      if (isCancellation(err)) throw err;
      // Discovery failed for good (its retries are spent): the search goes on with the cache.
      const cause = err instanceof ActivityFailure && err.cause ? err.cause.message : String(err);
      state.markUnavailable('provider_unavailable', `discovery failed after ${pagesDone} page(s): ${cause}`);
      return { pages: pagesDone, creditsCharged: credits, cursor, newJobIds, refreshedJobIds, refused: null };
    }
    pagesDone += outcome.pages;
    cursor = outcome.cursor;
    credits += outcome.creditsCharged;
    newJobIds.push(...outcome.newJobIds);
    refreshedJobIds.push(...outcome.refreshedJobIds);
    state.addCredits(outcome.creditsCharged);
    state.counts.discoveredPages = pagesDone;
    state.counts.discoveredNew = newJobIds.length;
    const refused = outcome.refused;
    const done = { pages: pagesDone, creditsCharged: credits, cursor, newJobIds, refreshedJobIds, refused };
    const more = pagesDone < discovery.maxPages && (cursor !== null || (firstPageRefusals && pagesDone === 0));
    // Runs started before the patch returned a refusal with nothing more to fetch unreported.
    if (!refused || (!more && !firstPageRefusals)) return done;
    const transient = isTransientRefusal(refused.reason);
    const wait = Math.min(Math.max(refused.retryAfterMs ?? delay, backoff.initialMs), backoff.maxMs);
    if (!more || !transient || waited + wait > backoff.maxWaitMs) {
      state.markUnavailable(
        refused.reason,
        `discovery stopped after ${pagesDone} page(s): ${refused.reason.replace(/_/g, ' ')}`,
      );
      return done;
    }
    await sleep(wait);
    waited += wait;
    delay = Math.min(delay * 2, backoff.maxMs);
  }
}

/**
 * Fan-out over the best candidates not enriched recently, at most `enrichConcurrency` at a time.
 * Each job is enriched by the shared `enrich-<jobId>` workflow, which another search may already be
 * running: then this search waits for it and pays nothing. Every completion marks the ranking
 * dirty; a single re-ranker folds completions that arrive while it runs into its next pass.
 */
async function enrichBestCandidates(
  input: SearchWorkflowInput,
  state: SearchState,
  enrichment: SearchActivityProxies['enrichment'],
  rerank: (jobIds: readonly string[]) => Promise<void>,
  versions: SearchVersions,
): Promise<void> {
  const { settings } = input;
  // Runs started before the trigger and the match score keep the selection they were recorded with.
  const policy = versions.enrichmentTriggeredByFirstPage()
    ? { trigger: settings.shownResults, minScore: settings.enrichMinScore ?? 0 }
    : LEGACY_ENRICHMENT;
  const targets = selectEnrichmentTargets(
    state.pool,
    { limit: settings.enrichLimit, refreshDays: settings.enrichRefreshDays, ...policy },
    Date.now(),
  );
  state.counts.enrichPlanned = targets.length;
  let running = 0;
  let stop = false;
  let dirty = false;
  let finished = false;
  const pending: Promise<void>[] = [];

  // Cancellation ends the re-ranker's wait at once, possibly before anyone awaits it; catching here
  // keeps that from surfacing as an unhandled rejection (the final ranking happens after the scope).
  let rerankError: Error | undefined;
  const reranker = (async () => {
    for (;;) {
      await condition(() => dirty || finished);
      if (dirty) {
        dirty = false;
        await rerank(state.pool.map((p) => p.jobId));
        upsertSearchAttributes([{ key: CreditsUsedAttribute, value: state.creditsUsed }]);
        continue;
      }
      return;
    }
  })().catch((err: unknown) => {
    if (!isCancellation(err)) rerankError = err instanceof Error ? err : new Error(JSON.stringify(err));
  });

  const onResult = (result: EnrichResult): void => {
    if (result.chargedSearchId === input.searchId) state.addCredits(result.creditsCharged);
    else state.counts.enrichJoined += 1;
    switch (result.status) {
      case 'enriched':
        state.counts.enrichDone += 1;
        dirty = true;
        break;
      case 'expired':
        state.counts.enrichExpired += 1;
        dirty = true; // the expired job drops out of the ranking
        break;
      case 'failed':
        state.counts.enrichFailed += 1;
        break;
      case 'refused':
        state.counts.enrichFailed += 1;
        if (isLiveSearchUnavailableReason(result.reason)) {
          stop = true;
          state.markUnavailable(result.reason, `enrichment stopped: ${result.reason.replace(/_/g, ' ')}`);
        }
        break;
    }
  };

  for (const jobId of targets) {
    await condition(() => running < settings.enrichConcurrency || stop || state.cancelled);
    if (stop || state.cancelled) break;
    running += 1;
    pending.push(
      enrichment
        .awaitEnrichment({ jobId, searchId: input.searchId, userId: input.userId })
        .then(onResult)
        .catch((err: unknown) => {
          if (isCancellation(err)) throw err;
          state.counts.enrichFailed += 1;
          log.warn('enrichment failed', {
            jobId,
            error: err instanceof ActivityFailure && err.cause ? err.cause.message : String(err),
          });
        })
        .finally(() => {
          running -= 1;
        }),
    );
  }
  try {
    await Promise.all(pending);
  } finally {
    finished = true;
    await reranker;
  }
  if (rerankError) throw rerankError;
}
