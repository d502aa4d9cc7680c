import { type ApplicationFailure, WithStartWorkflowOperation, WorkflowUpdateFailedError } from '@temporalio/client';
import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import {
  CreditsUsedAttribute,
  DiscoveryTriggeredAttribute,
  SearchPhaseAttribute,
  UserTierAttribute,
  searchAttributesAtStart,
} from '../../temporal/search-attributes';
import { searchWorkflowId } from '../../temporal/workflow-ids';
import { cancelSignal, changeFiltersUpdate, firstResultsUpdate, progressQuery } from '../../workflows/search/messages';
import type { SearchFilters as Filters, SearchProgress } from '../../common/vocabulary/search';
import type { TaskQueueNames } from '../../common/vocabulary/task-queues';
import type { SearchWorkflowInput } from '../../workflows/search/model';
import { SearchFilters } from '../../api/search-schemas';
import { searchWorkflow } from '../../workflows/search/workflow';
import { recordHistory } from '../harness/histories';
import { openTestConnections, type TestConnections } from '../harness/connections';
import { uniquePrefix } from '../harness/services';
import { makeJobs, SearchWorld, searchInput, TEST_SETTINGS, withWorldWorkers, type WorldOptions } from './search-world';
import { bundleWorkflows } from '../harness/workflow-bundle';

/**
 * The search workflow's orchestration on the real Temporal dev server: free vs paid, discovery
 * decision and repeat guard, pay-once enrichment across concurrent searches, refusals, cancel and
 * filter changes. Provider, ranker and bookkeeping are in-memory stand-ins (search-world.ts); the
 * enrichment bridge and the enrich workflow are the real ones.
 */
let bundle: WorkflowBundleWithSourceMap;
let services: TestConnections;

beforeAll(async () => {
  bundle = await bundleWorkflows();
  services = await openTestConnections();
}, 60_000);

afterAll(() => services?.close());

function withWorkers(world: SearchWorld, fn: (queues: TaskQueueNames) => Promise<void>): Promise<void> {
  return withWorldWorkers(
    { native: services.native, client: services.client, db: services.db, bundle },
    world,
    () => world.searchActivities(),
    fn,
  );
}

async function start(queues: TaskQueueNames, input: SearchWorkflowInput) {
  return services.client.workflow.start(searchWorkflow, {
    workflowId: searchWorkflowId(input.searchId),
    taskQueue: queues.search,
    args: [input],
  });
}

/** Saves a finished run's history for the replay test (only when RECORD_HISTORIES=1). */
const maybeRecord = (name: string, workflowId: string): Promise<void> =>
  recordHistory(services.client, name, workflowId);

const weakCache = (): WorldOptions => ({
  jobs: makeJobs(8, uniquePrefix('cached'), (i) => 40 - i),
  discoverPages: [makeJobs(4, uniquePrefix('page1'), (i) => 50 - i), makeJobs(4, uniquePrefix('page2'), (i) => 45 - i)],
});

describe('searchWorkflow', () => {
  it('serves free users from the cache only: no provider activity, whatever the cache holds', async () => {
    const world = new SearchWorld(weakCache());
    await withWorkers(world, async (queues) => {
      const handle = await start(queues, searchInput(queues, 'free'));
      const final = await handle.result();
      expect(final.status).toBe('completed');
      expect(final.discoveryTriggered).toBe(false);
      expect(final.discoveryDecision).toMatch(/free tier/);
      expect(final.creditsUsed).toBe(0);
      expect(world.discoveryCalls).toHaveLength(0);
      expect(world.fetchCalls).toHaveLength(0);
      expect(world.persisted.at(-1)?.results).toHaveLength(8);
      const description = await handle.describe();
      expect(description.typedSearchAttributes.get(UserTierAttribute)).toBe('free');
      expect(description.typedSearchAttributes.get(SearchPhaseAttribute)).toBe('done');
      await maybeRecord('search-free', handle.workflowId);
    });
  });

  it('takes its attributes from the start as the API sets them: a free search upserts once, a paid one at each phase', async () => {
    const world = new SearchWorld(weakCache());
    await withWorkers(world, async (queues) => {
      const upserts = async (tier: 'free' | 'paid') => {
        const input = searchInput(queues, tier);
        const handle = await services.client.workflow.start(searchWorkflow, {
          workflowId: searchWorkflowId(input.searchId),
          taskQueue: queues.search,
          args: [input],
          typedSearchAttributes: searchAttributesAtStart(input),
        });
        await handle.result();
        const described = (await handle.describe()).typedSearchAttributes;
        expect(described.get(UserTierAttribute)).toBe(tier);
        expect(described.get(SearchPhaseAttribute)).toBe('done');
        const history = await handle.fetchHistory();
        const phases = (history.events ?? []).flatMap((e) => {
          const fields = e.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields;
          const phase = fields?.[SearchPhaseAttribute.name]?.data;
          return phase ? [JSON.parse(Buffer.from(phase).toString()) as string] : [];
        });
        await maybeRecord(`search-${tier}-attributes-at-start`, handle.workflowId);
        return { phases, credits: described.get(CreditsUsedAttribute) };
      };
      expect(await upserts('free')).toEqual({ phases: ['done'], credits: 0 });
      const paid = await upserts('paid');
      expect(paid.phases).toEqual(['decide', 'discover', 'enrich', 'rerank', 'done']);
      expect(paid.credits).toBeGreaterThan(0);
    });
  });

  it('decides every version of a paid search in its first task, before any local activity', async () => {
    const world = new SearchWorld(weakCache());
    await withWorkers(world, async (queues) => {
      const handle = await start(queues, searchInput(queues, 'paid'));
      const final = await handle.result();
      expect(final.counts.enrichDone).toBeGreaterThan(0);
      const markers = ((await handle.fetchHistory()).events ?? []).flatMap((e) => {
        const name = e.markerRecordedEventAttributes?.markerName;
        if (!name) return [];
        const patch = e.markerRecordedEventAttributes?.details?.['patch-data']?.payloads?.[0]?.data;
        return [patch ? (JSON.parse(Buffer.from(patch).toString()) as { id: string }).id : name];
      });
      // One patch, first: a patch asked after a local activity's marker could land in another
      // task on replay (workflows/search/workflow.ts, searchVersions).
      expect(markers.filter((m) => m !== 'core_local_activity')).toEqual(['search-versions-at-start']);
      expect(markers[0]).toBe('search-versions-at-start');
      await maybeRecord('search-paid-versions-at-start', handle.workflowId);
    });
  });

  it('ends a free search with its ranking as the API starts it: one local activity persists the answer the workflow gives', async () => {
    const world = new SearchWorld({ jobs: makeJobs(12, uniquePrefix('ends'), (i) => 80 - i) });
    await withWorkers(world, async (queues) => {
      const input = searchInput(queues, 'free', { settings: { ...TEST_SETTINGS, freeEndsWithRanking: true } });
      const op = new WithStartWorkflowOperation(searchWorkflow, {
        workflowId: searchWorkflowId(input.searchId),
        taskQueue: queues.search,
        args: [input],
        workflowIdConflictPolicy: 'FAIL',
        typedSearchAttributes: searchAttributesAtStart(input),
      });
      const first = await services.client.workflow.executeUpdateWithStart(firstResultsUpdate, {
        args: [{ limit: 5 }],
        startWorkflowOperation: op,
      });
      const handle = await op.workflowHandle();
      const final = await handle.result();

      // The first answer is already the last: completed, and what the database holds.
      expect(first.progress).toEqual(final);
      expect(first.results.items.map((r) => r.score)).toEqual([80, 79, 78, 77, 76]);
      expect(final).toMatchObject({ status: 'completed', phase: 'done', version: 1, creditsUsed: 0 });
      expect(final.discoveryDecision).toMatch(/free tier/);
      expect(final.counts).toMatchObject({ cacheCandidates: 12, freshMatches: 12 });
      expect(Object.keys(final.timings).sort()).toEqual(['cacheMs', 'decideMs', 'totalMs']);
      expect(final.timings.totalMs).toBeGreaterThanOrEqual(final.timings.cacheMs ?? Infinity);
      expect(world.rankCalls).toHaveLength(1);
      expect(world.rankCalls[0]?.completion).toMatchObject({ status: 'completed', phase: 'done', version: 0 });
      expect(world.persisted).toHaveLength(1);
      expect(world.persisted[0]?.progress).toEqual(final);
      expect(world.persisted[0]?.results).toHaveLength(12);

      const markers = ((await handle.fetchHistory()).events ?? []).filter((e) => e.markerRecordedEventAttributes);
      expect(markers).toHaveLength(1);
      expect((await handle.describe()).typedSearchAttributes.get(SearchPhaseAttribute)).toBe('done');
      await maybeRecord('search-free-ends-with-ranking', handle.workflowId);
    });
  });

  it('returns the first page through update-with-start', async () => {
    const world = new SearchWorld({ jobs: makeJobs(30, uniquePrefix('uws'), (i) => 90 - i) });
    await withWorkers(world, async (queues) => {
      const input = searchInput(queues, 'free');
      const op = new WithStartWorkflowOperation(searchWorkflow, {
        workflowId: searchWorkflowId(input.searchId),
        taskQueue: queues.search,
        args: [input],
        workflowIdConflictPolicy: 'FAIL',
      });
      const first = await services.client.workflow.executeUpdateWithStart(firstResultsUpdate, {
        args: [{ limit: 5 }],
        startWorkflowOperation: op,
      });
      expect(first.progress.version).toBeGreaterThanOrEqual(1);
      expect(first.results.items).toHaveLength(5);
      expect(first.results.items[0]?.score).toBe(90);
      expect(first.results.total).toBe(20);
      await (await op.workflowHandle()).result();
    });
  });

  it('pays for discovery and enrichment when a paid search finds a weak cache, and reports every credit', async () => {
    const world = new SearchWorld(weakCache());
    await withWorkers(world, async (queues) => {
      const handle = await start(queues, searchInput(queues, 'paid'));
      const final = await handle.result();
      expect(final.status).toBe('completed');
      expect(final.discoveryTriggered).toBe(true);
      expect(world.discoveryCalls).toHaveLength(1);
      expect(final.counts.discoveredPages).toBe(2);
      expect(final.counts.discoveredNew).toBe(8);
      expect(world.fetchCalls).toHaveLength(TEST_SETTINGS.enrichLimit);
      expect(final.counts.enrichDone).toBe(TEST_SETTINGS.enrichLimit);
      // 2 listing pages + 5 job details, 10 credits each.
      expect(final.creditsUsed).toBe(2 * 10 + TEST_SETTINGS.enrichLimit * 10);
      expect(final.version).toBeGreaterThanOrEqual(3);
      expect(world.persisted.at(-1)?.results.filter((r) => r.job.enriched)).toHaveLength(TEST_SETTINGS.enrichLimit);
      const description = await handle.describe();
      expect(description.typedSearchAttributes.get(DiscoveryTriggeredAttribute)).toBe(true);
      await maybeRecord('search-paid-cold', handle.workflowId);
    });
  });

  it('enriches a job once when two paid searches want it at the same time', async () => {
    const world = new SearchWorld({ ...weakCache(), discoverPages: [], fetchDelayMs: 300 });
    await withWorkers(world, async (queues) => {
      const [a, b] = await Promise.all([
        start(queues, searchInput(queues, 'paid')),
        start(queues, searchInput(queues, 'paid')),
      ]);
      const [ra, rb] = await Promise.all([a.result(), b.result()]);
      for (const [, n] of world.fetchCountsByJob()) expect(n).toBe(1);
      expect(world.fetchCalls).toHaveLength(TEST_SETTINGS.enrichLimit);
      // Whoever started a job's enrichment paid for it; the other joined for free.
      expect(ra.creditsUsed + rb.creditsUsed).toBe(TEST_SETTINGS.enrichLimit * 10);
      expect(ra.counts.enrichJoined + rb.counts.enrichJoined).toBe(TEST_SETTINGS.enrichLimit);
    });
  });

  it('does not discover the same query twice within the repeat window', async () => {
    const world = new SearchWorld(weakCache());
    await withWorkers(world, async (queues) => {
      const normalizedQuery = uniquePrefix('same query');
      const first = await (await start(queues, searchInput(queues, 'paid', { normalizedQuery }))).result();
      const second = await (await start(queues, searchInput(queues, 'paid', { normalizedQuery }))).result();
      expect(first.discoveryTriggered).toBe(true);
      expect(second.discoveryTriggered).toBe(false);
      expect(second.discoveryDecision).toMatch(/discovered within the last 300 s/);
      expect(world.discoveryCalls).toHaveLength(1);
    });
  });

  it('skips discovery when the cache is good enough', async () => {
    const world = new SearchWorld({ jobs: makeJobs(120, uniquePrefix('good'), (i) => 95 - i / 10) });
    await withWorkers(world, async (queues) => {
      const final = await (await start(queues, searchInput(queues, 'paid'))).result();
      expect(final.discoveryTriggered).toBe(false);
      expect(final.discoveryDecision).toMatch(/cache sufficient/);
      expect(world.discoveryCalls).toHaveLength(0);
    });
  });

  it('enriches only the best candidates that are matches, and calls nobody once they are enriched', async () => {
    // Scores 90, 82, 74, 66, 58, …: of the best five, three reach the match score of 70.
    const jobs = makeJobs(12, uniquePrefix('best'), (i) => 90 - 8 * i);
    const world = new SearchWorld({ jobs });
    const settings = { ...TEST_SETTINGS, enrichMinScore: 70 };
    await withWorkers(world, async (queues) => {
      const first = await (await start(queues, searchInput(queues, 'paid', { settings }))).result();
      expect(first.discoveryTriggered).toBe(false);
      expect(first.counts.enrichPlanned).toBe(3);
      expect(world.fetchCalls.map((c) => c.jobId).sort()).toEqual(
        jobs
          .slice(0, 3)
          .map((j) => j.id)
          .sort(),
      );
      const second = await (await start(queues, searchInput(queues, 'paid', { settings }))).result();
      expect(second.counts.enrichPlanned).toBe(0);
      expect(second.creditsUsed).toBe(0);
      expect(world.fetchCalls).toHaveLength(3);
    });
  });

  it('stops spending and flags liveSearchUnavailable when the budget runs out mid-enrichment', async () => {
    const world = new SearchWorld({ ...weakCache(), refuseFetchesFrom: { n: 3, reason: 'budget_exhausted' } });
    await withWorkers(world, async (queues) => {
      const handle = await start(
        queues,
        searchInput(queues, 'paid', { settings: { ...TEST_SETTINGS, enrichConcurrency: 1 } }),
      );
      const final = await handle.result();
      expect(final.status).toBe('completed');
      expect(final.liveSearchUnavailable?.reason).toBe('budget_exhausted');
      expect(world.fetchCalls).toHaveLength(3);
      expect(final.counts.enrichDone).toBe(2);
      expect(world.persisted.at(-1)?.results.length).toBeGreaterThan(0);
      await maybeRecord('search-budget-exhausted', handle.workflowId);
    });
  });

  it('never starts when the gateway already says the budget is gone', async () => {
    const world = new SearchWorld({
      ...weakCache(),
      live: { available: false, reason: 'budget_exhausted', message: 'monthly budget used' },
    });
    await withWorkers(world, async (queues) => {
      const final = await (await start(queues, searchInput(queues, 'paid'))).result();
      expect(final.liveSearchUnavailable).toEqual({ reason: 'budget_exhausted', message: 'monthly budget used' });
      expect(world.discoveryCalls).toHaveLength(0);
      expect(world.fetchCalls).toHaveLength(0);
    });
  });

  it('backs off with a durable timer when rate limited, then completes the enrichment', async () => {
    const world = new SearchWorld({
      ...weakCache(),
      refuseFetchesFrom: { n: 1, reason: 'rate_limited', retryAfterMs: 300, times: 2 },
    });
    await withWorkers(world, async (queues) => {
      const handle = await start(
        queues,
        searchInput(queues, 'paid', { settings: { ...TEST_SETTINGS, enrichConcurrency: 1 } }),
      );
      const final = await handle.result();
      expect(final.liveSearchUnavailable).toBeNull();
      expect(final.counts.enrichDone).toBe(TEST_SETTINGS.enrichLimit);
      const enrichId = `enrich-${world.fetchCalls[0]!.jobId}`;
      const history = await services.client.workflow.getHandle(enrichId).fetchHistory();
      const timers = (history.events ?? []).filter((e) => e.timerStartedEventAttributes);
      expect(timers.length).toBeGreaterThanOrEqual(1);
      await maybeRecord('enrich-rate-limited', enrichId);
    });
  });

  it('stops starting provider calls once cancelled', async () => {
    const world = new SearchWorld({ ...weakCache(), discoverPages: [], fetchDelayMs: 1500 });
    await withWorkers(world, async (queues) => {
      const handle = await start(
        queues,
        searchInput(queues, 'paid', { settings: { ...TEST_SETTINGS, enrichConcurrency: 1 } }),
      );
      let progress: SearchProgress;
      do {
        progress = await handle.query(progressQuery);
        await new Promise((r) => setTimeout(r, 100));
      } while (world.fetchCalls.length === 0 && progress.status === 'running');
      await handle.signal(cancelSignal, { reason: 'user cancelled' });
      const final = await handle.result();
      expect(final.status).toBe('cancelled');
      expect(world.fetchCalls.length).toBeLessThanOrEqual(1);
      await new Promise((r) => setTimeout(r, 2000));
      expect(world.fetchCalls.length).toBeLessThanOrEqual(1);
    });
  });

  it('re-ranks under new filters without a provider call, and rejects bad filters before they reach history', async () => {
    const world = new SearchWorld({ ...weakCache(), discoverPages: [], fetchDelayMs: 800 });
    const normalizedQuery = uniquePrefix('recently discovered');
    world.claims.set(normalizedQuery, { searchId: 'earlier', until: Date.now() + 60_000 });
    await withWorkers(world, async (queues) => {
      const handle = await start(
        queues,
        searchInput(queues, 'paid', { normalizedQuery, settings: { ...TEST_SETTINGS, enrichConcurrency: 1 } }),
      );
      await handle.executeUpdate(firstResultsUpdate, { args: [{ limit: 20 }] });
      const fetchesBefore = world.fetchCalls.length;
      const changed = await handle.executeUpdate(changeFiltersUpdate, {
        args: [SearchFilters.parse({ remoteTypes: ['remote'] })],
      });
      expect(changed.results.items.every((item) => item.job.remoteType === 'remote')).toBe(true);
      expect(world.rankCalls.at(-1)?.filters.remoteTypes).toEqual(['remote']);
      await expect(
        handle.executeUpdate(changeFiltersUpdate, {
          args: [{ remoteTypes: ['remote'], colour: 'blue' } as unknown as Filters],
        }),
      ).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
      await expect(
        handle.executeUpdate(changeFiltersUpdate, {
          args: [{ minAnnualSalary: { amount: -5 } } as unknown as Filters],
        }),
      ).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
      // Text Postgres cannot store never reaches the ranking, whoever sends it (the CLI, the UI);
      // the refusal names the error code the API answers with.
      const rankCallsBefore = world.rankCalls.length;
      for (const text of ['Austin\u0000', 'Austin\udc00']) {
        const refused = await handle
          .executeUpdate(changeFiltersUpdate, { args: [{ location: { text, includeRemote: true } }] })
          .then(
            () => undefined,
            (err: unknown) => err,
          );
        expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
        expect(((refused as WorkflowUpdateFailedError).cause as ApplicationFailure).type).toBe('API_VALIDATION_FAILED');
      }
      expect(world.rankCalls.length).toBe(rankCallsBefore);
      // Filter changes themselves never call the provider: only the enrichment already under way did.
      expect(world.fetchCalls.length - fetchesBefore).toBeLessThanOrEqual(TEST_SETTINGS.enrichLimit);
      const final = await handle.result();
      expect(world.discoveryCalls).toHaveLength(0);
      expect(world.persisted.at(-1)?.results.every((r) => r.job.remoteType === 'remote')).toBe(true);
      expect(final.status).toBe('completed');
      await maybeRecord('search-filters-changed', handle.workflowId);
    });
  });
});
