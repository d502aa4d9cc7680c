import os from 'node:os';
import type { WorkerOptions } from '@temporalio/worker';
import { createEmbeddingActivities } from '../activities/embedding';
import { createEnrichmentActivities } from '../activities/enrichment';
import { createIngestionActivities } from '../activities/ingestion';
import { createIngestionBridge } from '../activities/ingestion-bridge';
import { createGatewayLiveSearch } from '../activities/live-search';
import { createMaintenanceActivities } from '../activities/maintenance';
import { createMatchingActivities } from '../activities/matching';
import { createProviderActivities } from '../activities/provider';
import { createCandidateRanker } from '../activities/ranking';
import { withResultsCache } from '../activities/results-cache';
import { createSearchActivities } from '../activities/search';
import { createUnderstandingActivities } from '../activities/understanding';
import { HirehoundError } from '../common/errors';
import { onetRelatedOccupations } from '../matching/occupations';
import { taskQueueNames, type TaskQueueName } from '../temporal/task-queues';
import type { WorkerDependencies } from './dependencies';
import { maintenanceEvents } from './maintenance';

export interface QueueDefinition {
  readonly taskQueue: string;
  /** Whether this queue runs workflows (from the shared bundle). */
  readonly runsWorkflows: boolean;
  readonly activities: () => Record<string, (...args: never[]) => Promise<unknown>>;
  readonly options: Pick<
    WorkerOptions,
    | 'maxConcurrentActivityTaskExecutions'
    | 'maxConcurrentWorkflowTaskExecutions'
    | 'maxCachedWorkflows'
    | 'maxConcurrentLocalActivityExecutions'
  >;
}

/**
 * What each task queue runs and how much of it at once. The numbers follow the work: provider calls
 * are I/O-bound and globally capped by the gateway (15 in flight), so the hasdata queue may hold a
 * few more slots than that to keep the gateway saturated. ml work is CPU-bound, but its slots are
 * four per core: enrichments finishing together then share one embedding model call (the embedder
 * runs one batch at a time on every core; docs/performance.md#enrichment), while resume readings
 * time-share the cores as they would otherwise wait at the server.
 * The search queue's activity slots are mostly held by enrichment waiters (cheap, heartbeating).
 * Activities are built lazily: a process that does not poll a queue never builds its dependencies.
 */
export function defineQueues(deps: WorkerDependencies): Record<TaskQueueName, QueueDefinition> {
  const { config } = deps;
  const queues = taskQueueNames(config.temporal.taskQueuePrefix);
  const requireGateway = () => {
    if (!deps.gateway) {
      throw new HirehoundError('CONFIG_INVALID', {
        message: 'The hasdata queue needs GATEWAY_URL and GATEWAY_INTERNAL_TOKEN (the gateway holds the provider key)',
      });
    }
    return deps.gateway;
  };
  // Posting ingestion: staging is CPU work (ml queue), the other steps are database work (search queue).
  const understanding = () =>
    createUnderstandingActivities({
      db: deps.db,
      logger: deps.logger.child({ component: 'understanding' }),
      limits: config.understanding.limits,
    });
  const ingestion = () =>
    createIngestionActivities({
      db: deps.db,
      embedder: deps.embedder,
      objects: deps.objects,
      settings: config.ingestion,
    });
  return {
    search: {
      taskQueue: queues.search,
      runsWorkflows: true,
      activities: () => ({
        ...createMatchingActivities({ ...deps, related: onetRelatedOccupations }),
        ...createSearchActivities({
          db: deps.db,
          redis: deps.redis,
          ranker: withResultsCache(
            createCandidateRanker({
              db: deps.db,
              embedder: deps.embedder,
              settings: config.matching,
              related: onetRelatedOccupations,
              matchMinScore: config.search.matchMinScore,
              maxPerCompany: config.ingestion.maxPerCompany,
            }),
            {
              redis: deps.cacheRedis,
              db: deps.db,
              ttlMs: config.caches.resultsTtlMs,
              prefix: `${config.redis.keyPrefix}:results`,
              embedder: deps.embedder,
              metrics: deps.metrics.search,
              logger: deps.logger,
            },
          ),
          liveSearch: deps.gateway
            ? createGatewayLiveSearch(deps.gateway, config.hasdata.costs[`${config.search.discovery.provider}.listing`])
            : {
                check: async () => ({
                  available: false,
                  reason: 'provider_unavailable',
                  message: 'No gateway is configured for this worker',
                }),
              },
          guardPrefix: `${config.redis.keyPrefix}:discovery`,
          discoveryRestMs: config.search.discovery.restHours * 3_600_000,
          metrics: deps.metrics.search,
        }),
        ...createEnrichmentActivities({
          client: deps.temporal,
          db: deps.db,
          taskQueues: queues,
          backoff: config.search.backoff,
          heartbeatEveryMs: 5_000,
        }),
      }),
      options: {
        maxConcurrentWorkflowTaskExecutions: 40,
        maxConcurrentActivityTaskExecutions: 200,
        maxConcurrentLocalActivityExecutions: 20,
      },
    },
    hasdata: {
      taskQueue: queues.hasdata,
      runsWorkflows: false,
      activities: () => ({
        ...createProviderActivities({
          db: deps.db,
          gateway: requireGateway(),
          objects: deps.objects,
          ingestion: createIngestionBridge({ client: deps.temporal, taskQueues: queues }),
          discoveryProvider: config.search.discovery.provider,
          defaultLocation: config.search.discovery.defaultLocation,
          enrichRefreshDays: config.search.enrichRefreshDays,
          heartbeatEveryMs: 5_000,
        }),
      }),
      options: { maxConcurrentActivityTaskExecutions: 40 },
    },
    ml: {
      taskQueue: queues.ml,
      runsWorkflows: false,
      activities: () => ({
        ...understanding(),
        ...createEmbeddingActivities({ db: deps.db, embedder: deps.embedder }),
        // All of ingestion runs here, never on the search queue: enrichment waiters can fill every
        // search slot while the runs they wait for need one (a deadlock under load), and nothing
        // on this queue waits for other work.
        ...ingestion(),
      }),
      options: { maxConcurrentActivityTaskExecutions: 4 * Math.max(1, os.cpus().length) },
    },
    documents: {
      taskQueue: queues.documents,
      runsWorkflows: false,
      activities: () => ({
        ...understanding(),
      }),
      // The OS tools each use one core (OMP_THREAD_LIMIT=1) under their own CPU limit; one core is
      // left to ml, so in-process reads and embeddings keep moving while scans are read.
      options: { maxConcurrentActivityTaskExecutions: Math.max(1, os.cpus().length - 1) },
    },
    // Scheduled upkeep (temporal/schedules.ts): a few slots, so it never crowds the database.
    maintenance: {
      taskQueue: queues.maintenance,
      runsWorkflows: true,
      activities: () =>
        createMaintenanceActivities({
          config,
          logger: deps.logger.child({ component: 'maintenance' }),
          db: deps.db,
          objects: deps.objects,
          gateway: deps.gateway,
          targetEmbedder: deps.targetEmbedder,
          events: maintenanceEvents(deps.metrics.maintenance, config.temporal.taskQueuePrefix),
        }),
      options: { maxConcurrentActivityTaskExecutions: 4, maxConcurrentWorkflowTaskExecutions: 10 },
    },
  };
}
