import { loadConfig } from '../common/config';
import { installShutdown } from '../common/lifecycle';
import { createLogger } from '../common/logger';
import { connectRedis, createRedis } from '../common/redis';
import { createDatabase } from '../store/database';
import { connectTemporalClient } from '../temporal/connection';
import { TASK_QUEUES } from '../temporal/task-queues';
import { createGatewayClient } from '../gateway/client';
import { createApp } from './app';
import { creditRoutes } from './credits';
import { jobRoutes } from './jobs';
import { openApiRoutes } from './openapi';
import { searchRoutes } from './searches';
import { resumeRoutes } from './resumes';
import { migrationsCheck, postgresCheck, redisCheck, temporalCheck, workerPollersCheck } from './dependency-checks';

/** The `api` process: the public HTTP API and the web page. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ name: 'api', level: config.logLevel });
  const onShutdown = installShutdown(logger, config.shutdownGraceMs);

  const db = createDatabase({ ...config.database, applicationName: 'hirehound-api' });
  onShutdown(() => db.destroy());
  const redis = createRedis(config.redis.url, 'hirehound-api');
  redis.on('error', (err) => logger.debug({ err: err.message }, 'redis connection error'));
  onShutdown(() => redis.disconnect());
  await connectRedis(redis);
  const temporal = await connectTemporalClient(config.temporal);
  onShutdown(() => temporal.connection.close());

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
    taskQueues: { search: TASK_QUEUES.search, hasdata: TASK_QUEUES.hasdata, ml: TASK_QUEUES.ml },
    logger,
    eventsPollMs: 500,
  });
  onShutdown(() => searches.close());

  const app = createApp({
    logger,
    db,
    redis,
    healthChecks: [postgresCheck(db), redisCheck(redis), temporalCheck(temporal)],
    readinessChecks: [migrationsCheck(db), workerPollersCheck(temporal, TASK_QUEUES.search)],
    rateLimit: { limit: config.apiRateLimitPerMinute, windowMs: 60_000 },
    publicRoutes: [openApiRoutes()],
    v1Routes: [
      searches.router,
      jobRoutes(db),
      creditRoutes(db, gateway),
      resumeRoutes({
        db,
        temporal,
        maxBytes: config.understanding.limits.maxBytes,
        ingestWaitMs: config.understanding.ingestWaitMs,
      }),
    ],
  });
  const server = app.listen(config.api.port, config.api.host, () => {
    logger.info({ url: `http://${config.api.host}:${config.api.port}` }, 'api listening');
  });
  server.on('error', (err) => {
    logger.fatal({ err }, 'api server error');
    process.exit(1);
  });
  onShutdown(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`api failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
