import { Client, Connection } from '@temporalio/client';
import type { Redis } from 'ioredis';
import type { Registry } from 'prom-client';
import type { Config } from '../common/config';
import type { Logger } from '../common/logger';
import { createMaintenanceMetrics, type MaintenanceMetrics } from '../common/metrics/maintenance-metrics';
import { createProcessRegistry } from '../common/metrics/registry';
import { createSearchMetrics, type SearchMetrics } from '../common/metrics/search-metrics';
import { connectRedis, createRedis } from '../common/redis';
import { createGatewayClient, type GatewayClient } from '../gateway/client';
import { createEmbedder } from '../matching/embeddings/create-embedder';
import { modelOfTag, type Embedder } from '../matching/embeddings/embedder';
import { createEmbedderForTag } from '../matching/embeddings/embedder-for-tag';
import { createServingEmbedder } from '../matching/embeddings/serving-embedder';
import { createDatabase, type DB } from '../store/database';
import { countDeadLetters } from '../store/dead-letters';
import { countEnrichmentBacklog } from '../store/job-enrichment';
import { ensureServingModel, findServingModel } from '../store/reembedding';
import { createObjectStore } from '../store/objects/create-object-store';
import type { ObjectStore } from '../store/objects/object-store';

/** The worker process's series, in one registry (served by workers/main.ts). */
export interface WorkerMetrics {
  readonly registry: Registry;
  readonly search: SearchMetrics;
  /** For the maintenance activities: schedule runs and dead letters (common/metrics/maintenance-metrics.ts). */
  readonly maintenance: MaintenanceMetrics;
}

/** Everything activities need, built once per worker process and closed on shutdown. */
export interface WorkerDependencies {
  readonly config: Config;
  readonly logger: Logger;
  readonly db: DB;
  /** The ledger's Redis: governance, the discovery repeat guard. Never evicts. */
  readonly redis: Redis;
  /** The caches' Redis (CACHE_REDIS_URL, else REDIS_URL): the results cache. */
  readonly cacheRedis: Redis;
  readonly metrics: WorkerMetrics;
  /** What searches and discovery embed with: the serving model (the old one during a model change). */
  readonly embedder: Embedder;
  /** The configured model: what a model change re-embeds the jobs with (`embedder` once it is done). */
  readonly targetEmbedder: Embedder;
  /** Set while the stored vectors are of another model than the configured one. */
  readonly embeddingChange: { readonly fromTag: string; readonly toTag: string } | undefined;
  readonly objects: ObjectStore;
  /** For activities that start or join workflows (the enrichment bridge). */
  readonly temporal: Client;
  /** Undefined when GATEWAY_URL / GATEWAY_INTERNAL_TOKEN are not set: no provider call is possible. */
  readonly gateway: GatewayClient | undefined;
}

export async function createWorkerDependencies(
  config: Config,
  logger: Logger,
): Promise<{
  deps: WorkerDependencies;
  close: () => Promise<void>;
}> {
  const db = createDatabase({ ...config.database, applicationName: 'hirehound-worker' });
  const redis = createRedis(config.redis.url, 'hirehound-worker');
  redis.on('error', (err: Error) => logger.debug({ err: err.message }, 'redis connection error'));
  await connectRedis(redis);
  const cacheRedis = createRedis(config.caches.redisUrl ?? config.redis.url, 'hirehound-worker-cache');
  cacheRedis.on('error', (err: Error) => logger.debug({ err: err.message }, 'cache redis connection error'));
  // The caches are optional: a worker whose cache Redis is down still serves (every lookup misses).
  await connectRedis(cacheRedis).catch((err: Error) => logger.warn({ err: err.message }, 'cache redis unavailable'));
  const registry = createProcessRegistry();
  const metrics: WorkerMetrics = {
    registry,
    search: createSearchMetrics(registry, { enrichmentBacklog: () => countEnrichmentBacklog(db) }),
    maintenance: createMaintenanceMetrics(registry),
  };
  metrics.maintenance.trackPendingDeadLetters(async () => (await countDeadLetters(db)).pending);
  const { embedder: configured, plan } = await createEmbedder(config.embeddings);
  // Loud on purpose: matching quality depends on it, and a silent fallback would go unnoticed.
  if (plan.degraded) logger.warn({ embeddings: plan }, `EMBEDDINGS: ${plan.summary}`);
  else logger.info({ embeddings: plan }, `embeddings: ${plan.summary}`);
  const { embedder, embeddingChange } = await servingEmbedder(db, config, logger, configured, plan.provider);
  const objects = await createObjectStore(config.objectStore);
  logger.info({ objectStore: objects.store.location }, 'object store');
  const connection = await Connection.connect({ address: config.temporal.address });
  const temporal = new Client({ connection, namespace: config.temporal.namespace });
  const gateway =
    config.gateway.url && config.gateway.internalToken
      ? createGatewayClient({ baseUrl: config.gateway.url, internalToken: config.gateway.internalToken })
      : undefined;
  if (!gateway) logger.warn('GATEWAY_URL or GATEWAY_INTERNAL_TOKEN not set: paid searches stay on the cache');
  return {
    deps: {
      config,
      logger,
      db,
      redis,
      cacheRedis,
      metrics,
      embedder,
      targetEmbedder: configured,
      embeddingChange,
      objects: objects.store,
      temporal,
      gateway,
    },
    close: async () => {
      await embedder.close();
      objects.close();
      await connection.close();
      redis.disconnect();
      cacheRedis.disconnect();
      await db.destroy();
    },
  };
}

/**
 * Which model searches embed with. Normally the configured one. When the stored vectors are of
 * another model (the configuration changed), searches keep that model, and so keep finding jobs,
 * until re-embedding (workflows/maintenance/reembed.ts) switches the vectors in; then this worker
 * follows without a restart. A fallback to hashing that nobody asked for (the local model is
 * missing) is not a model change: the vectors stay, and the warning above says why matching is poor.
 */
async function servingEmbedder(
  db: DB,
  config: Config,
  logger: Logger,
  configured: Embedder,
  provider: Embedder['provider'],
): Promise<{ embedder: Embedder; embeddingChange: WorkerDependencies['embeddingChange'] }> {
  const servingTag = await ensureServingModel(db, configured.tag);
  const fallback = provider === 'hash' && config.embeddings.provider !== 'hash';
  if (modelOfTag(servingTag) === configured.model || fallback)
    return { embedder: configured, embeddingChange: undefined };
  const previous = await createEmbedderForTag(servingTag, config.embeddings);
  logger.warn(
    { serving: servingTag, configured: configured.tag },
    'EMBEDDINGS: the stored vectors are of another model; searches use it until re-embedding switches them',
  );
  return {
    embedder: createServingEmbedder({
      previous,
      next: configured,
      servingTag: () => findServingModel(db),
      checkEveryMs: config.maintenance.reembed.servingCheckMs,
      onSwitch: () => logger.info({ serving: configured.tag }, 'embeddings: switched to the re-embedded vectors'),
    }),
    embeddingChange: { fromTag: servingTag, toTag: configured.tag },
  };
}
