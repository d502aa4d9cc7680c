import type { Client } from '@temporalio/client';
import type { Express } from 'express';
import type { Redis } from 'ioredis';
import { Registry } from 'prom-client';
import type { Config } from '../common/config';
import type { Logger } from '../common/logger';
import { createMaintenanceMetrics } from '../common/metrics/maintenance-metrics';
import { createGatewayClient } from '../gateway/client';
import type { DB } from '../store/database';
import { countDeadLetters } from '../store/dead-letters';
import { taskQueueNames } from '../temporal/task-queues';
import { loadOnet } from '../understanding/onet/load';
import { adminRoutes } from './admin';
import { createApp } from './app';
import { creditRoutes } from './credits';
import { heldPostingRoutes } from './held-postings';
import { migrationsCheck, postgresCheck, redisCheck, temporalCheck, workerPollersCheck } from './dependency-checks';
import { jobRoutes } from './jobs';
import { openApiRoutes } from './openapi';
import { resumeCorrectionRoutes } from './resume-corrections';
import { resumeRoutes } from './resumes';
import { searchListRoutes } from './search-lists';
import { searchRoutes } from './searches';
import { tailoringRoutes } from './tailoring';
import { createApiMetrics } from './telemetry';
import { serveWebApp } from './web-app';

export interface ApiDependencies {
  readonly config: Config;
  readonly logger: Logger;
  readonly db: DB;
  readonly redis: Redis;
  readonly temporal: Client;
  /** How often the SSE hub polls a running search (ms). */
  readonly eventsPollMs?: number;
  /** The process's metrics registry (api/server.ts serves it); a private one if absent. */
  readonly registry?: Registry;
}

/** The whole public API from its dependencies: what the api process serves, and what tests serve. */
export function composeApi(deps: ApiDependencies): { app: Express; registry: Registry; close: () => void } {
  const { config, db, redis, temporal, logger } = deps;
  const registry = deps.registry ?? new Registry();
  const metrics = createApiMetrics(registry);
  // Requeues happen here; the waiting letters are table truth, the same from every process.
  const maintenanceMetrics = createMaintenanceMetrics(registry);
  maintenanceMetrics.trackPendingDeadLetters(async () => (await countDeadLetters(db)).pending);
  const queues = taskQueueNames(config.temporal.taskQueuePrefix);
  const gateway =
    config.gateway.url && config.gateway.internalToken
      ? createGatewayClient({
          baseUrl: config.gateway.url,
          internalToken: config.gateway.internalToken,
          timeoutMs: 5_000,
        })
      : undefined;
  const searches = searchRoutes({
    db,
    temporal,
    config,
    taskQueues: queues,
    logger,
    eventsPollMs: deps.eventsPollMs ?? 500,
    metrics,
  });
  const app = createApp({
    logger,
    db,
    redis,
    metrics,
    healthChecks: [postgresCheck(db), redisCheck(redis), temporalCheck(temporal)],
    readinessChecks: [migrationsCheck(db), workerPollersCheck(temporal, queues.search)],
    rateLimit: { limit: config.api.rateLimitPerMinute, windowMs: 60_000 },
    routes: [
      ...openApiRoutes(),
      ...searches.routes,
      ...jobRoutes(db),
      ...creditRoutes(db, gateway),
      ...adminRoutes({
        db,
        temporal,
        maintenanceQueue: queues.maintenance,
        workflowIdPrefix: config.temporal.taskQueuePrefix,
        metrics: maintenanceMetrics,
      }),
      ...heldPostingRoutes(db),
      ...tailoringRoutes({
        db,
        logger,
        // A chat call may wait for a slot on the model line, then for the model itself.
        gateway:
          config.gateway.url && config.gateway.internalToken
            ? createGatewayClient({
                baseUrl: config.gateway.url,
                internalToken: config.gateway.internalToken,
                timeoutMs: config.gateway.slotWaitMs + config.hfChat.timeoutMs + 10_000,
              })
            : undefined,
        onet: loadOnet(),
      }),
      ...resumeRoutes({
        db,
        temporal,
        redis,
        logger,
        taskQueues: { workflow: queues.search, activities: queues.ml, documents: queues.documents },
        maxBytes: config.understanding.limits.maxBytes,
        maxTextChars: config.understanding.limits.maxTextChars,
        ingestWaitMs: config.understanding.ingestWaitMs,
      }),
      ...resumeCorrectionRoutes(db),
      ...searchListRoutes(db, config),
    ],
    webApp: serveWebApp(config.web.distDir),
  });
  return { app, registry, close: () => searches.close() };
}
