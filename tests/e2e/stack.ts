import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, type Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import pino from 'pino';
import type { Registry } from 'prom-client';
import { createInProcessIngestion, createIngestionActivities, storeRawBatch } from '../../activities/ingestion';
import { composeApi } from '../../api/compose';
import { loadConfig, type Config } from '../../common/config';
import { createLogger } from '../../common/logger';
import { connectRedis, createRedis } from '../../common/redis';
import { createWorkerDependencies, type WorkerDependencies } from '../../workers/dependencies';
import { createQueueWorkers } from '../../workers/create-workers';
import { INTERNAL_TOKEN, startGateway, type GatewayUnderTest } from '../gateway/fixtures';
import { withServer } from '../harness/http';
import {
  createTestDatabase,
  temporalAddress,
  testCacheRedisUrl,
  testRedisUrl,
  uniquePrefix,
  type TestDatabase,
} from '../harness/services';
import { startSimulator, type RunningSimulator } from '../simulator/fixtures';

/**
 * The whole system in one test process, built exactly as its processes build it: the HasData
 * simulator, the gateway, the workers (every queue, real activities) and the API, against the
 * harness' PostgreSQL, Redis and Temporal dev server. Each stack has its own database, Redis
 * prefixes and task queues, so stacks never see each other's work.
 */
export interface Stack {
  readonly config: Config;
  readonly db: TestDatabase['db'];
  readonly databaseUrl: string;
  readonly sim: RunningSimulator;
  readonly gateway: GatewayUnderTest;
  readonly temporal: Client;
  readonly deps: WorkerDependencies;
  /** The env a worker process needs to join this stack (tests that kill one). */
  readonly env: Record<string, string>;
  /** Runs `fn` with the API served on a free port (and its metrics registry, for the series it moved). */
  withApi<T>(fn: (baseUrl: string, api: { readonly registry: Registry }) => Promise<T>): Promise<T>;
  startWorkers(): Promise<void>;
  stopWorkers(): Promise<void>;
  /** Puts postings into the cache through the ingestion pipeline, as discovery does, without charging a search. */
  seedCache(keyword: string, location: string, pages: number): Promise<number>;
  close(): Promise<void>;
}

export interface StackOptions {
  readonly env?: Record<string, string>;
  readonly simulator?: Parameters<typeof startSimulator>[0];
  readonly gatewayEnv?: Record<string, string>;
  /** Start no in-process workers (a test runs a worker process instead). */
  readonly inProcessWorkers?: boolean;
  readonly bundle?: WorkflowBundleWithSourceMap;
  readonly temporalAddress?: string;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const t = await createTestDatabase({ poolSize: 10 });
  const sim = await startSimulator({ corpusSize: 20_000, latency: { medianMs: 20, p95Ms: 40 }, ...options.simulator });
  const gateway = await startGateway({
    simulatorUrl: sim.url,
    db: t.db,
    databaseUrl: t.url,
    env: options.gatewayEnv ?? {},
  });
  const objectsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hh-e2e-objects-'));
  const address = options.temporalAddress ?? temporalAddress();
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: t.url,
    REDIS_URL: testRedisUrl(),
    CACHE_REDIS_URL: testCacheRedisUrl(),
    TEMPORAL_ADDRESS: address,
    TEMPORAL_TASK_QUEUE_PREFIX: `${uniquePrefix('e2e')}-`,
    // The test Redis is shared by every test file; each stack's search keys stay its own.
    REDIS_KEY_PREFIX: uniquePrefix('e2e'),
    GATEWAY_URL: gateway.url,
    GATEWAY_INTERNAL_TOKEN: INTERNAL_TOKEN,
    // Hashing embeddings: the same code path as the model, without its CPU cost on 2 shared cores.
    EMBEDDINGS_PROVIDER: 'hash',
    OBJECT_STORE_DIR: objectsDir,
    SEARCH_ENRICH_LIMIT_PAID: '8',
    SEARCH_ENRICH_CONCURRENCY: '4',
    DISCOVERY_MAX_PAGES: '2',
    PROVIDER_BACKOFF_INITIAL_MS: '200',
    PROVIDER_BACKOFF_MAX_MS: '1000',
    PROVIDER_BACKOFF_MAX_WAIT_MS: '10000',
    API_RATE_LIMIT_PER_MINUTE: '10000',
    ...options.env,
  };
  const config = loadConfig(env);
  const logger = createLogger({ name: 'e2e', level: 'warn' });
  const { deps, close: closeDeps } = await createWorkerDependencies(config, logger);
  const native = await NativeConnection.connect({ address });
  const connection = await Connection.connect({ address });
  const temporal = new Client({ connection, namespace: config.temporal.namespace });
  const redis = createRedis(config.redis.url, 'e2e-api');
  redis.on('error', () => undefined);
  await connectRedis(redis);

  // Seeding runs the same pipeline steps as discovery does, in this process.
  const seeding = createInProcessIngestion(
    createIngestionActivities({ db: t.db, embedder: deps.embedder, objects: deps.objects, settings: config.ingestion }),
  );
  let workers: Worker[] = [];
  let runs: Promise<void>[] = [];
  const stack: Stack = {
    config,
    db: t.db,
    databaseUrl: t.url,
    sim,
    gateway,
    temporal,
    deps,
    env,
    async withApi(fn) {
      const api = composeApi({
        config,
        logger: pino({ level: process.env.STACK_API_LOG ?? 'silent' }),
        db: t.db,
        redis,
        temporal,
        eventsPollMs: 100,
      });
      try {
        return await withServer(api.app, (base) => fn(base, api));
      } finally {
        api.close();
      }
    },
    async startWorkers() {
      workers = await createQueueWorkers(native, config, deps, options.bundle);
      runs = workers.map((w) => w.run());
    },
    async stopWorkers() {
      for (const w of workers) w.shutdown();
      await Promise.all(runs);
      workers = [];
      runs = [];
    },
    async seedCache(keyword, location, pages) {
      let cursor: string | undefined;
      let stored = 0;
      for (let page = 0; page < pages; page++) {
        const answer = await gateway.client.searchListings({
          provider: 'indeed',
          keyword,
          location,
          ...(cursor ? { cursor } : {}),
        });
        if (answer.outcome !== 'ok') throw new Error(`seeding failed: ${JSON.stringify(answer)}`);
        const batch = await storeRawBatch(deps.objects, { kind: 'listings', payload: answer.data }, new Date());
        const ingested = await seeding.ingest(batch);
        stored += ingested.inserted.length;
        if (!answer.nextCursor) break;
        cursor = answer.nextCursor;
      }
      return stored;
    },
    async close() {
      await stack.stopWorkers();
      redis.disconnect();
      await connection.close();
      await native.close();
      await closeDeps();
      await gateway.close();
      await sim.close();
      fs.rmSync(objectsDir, { recursive: true, force: true });
      await t.drop();
    },
  };
  if (options.inProcessWorkers !== false) await stack.startWorkers();
  return stack;
}
