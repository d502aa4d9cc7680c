import { Client, Connection } from '@temporalio/client';
import type { Redis } from 'ioredis';
import type { Config } from '../common/config';
import type { Logger } from '../common/logger';
import { connectRedis, createRedis } from '../common/redis';
import { createGatewayClient, type GatewayClient } from '../gateway/client';
import { createEmbedder } from '../matching/embeddings/create-embedder';
import type { Embedder } from '../matching/embeddings/embedder';
import { createDatabase, type DB } from '../store/database';
import { createObjectStore } from '../store/objects/create-object-store';
import type { ObjectStore } from '../store/objects/object-store';

/** Everything activities need, built once per worker process and closed on shutdown. */
export interface WorkerDependencies {
  readonly config: Config;
  readonly logger: Logger;
  readonly db: DB;
  readonly redis: Redis;
  readonly embedder: Embedder;
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
  const { embedder, plan } = await createEmbedder(config.embeddings);
  // Loud on purpose: matching quality depends on it, and a silent fallback would go unnoticed.
  if (plan.degraded) logger.warn({ embeddings: plan }, `EMBEDDINGS: ${plan.summary}`);
  else logger.info({ embeddings: plan }, `embeddings: ${plan.summary}`);
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
    deps: { config, logger, db, redis, embedder, objects: objects.store, temporal, gateway },
    close: async () => {
      await embedder.close();
      objects.close();
      await connection.close();
      redis.disconnect();
      await db.destroy();
    },
  };
}
