import { loadConfig } from '../common/config';
import { installShutdown } from '../common/lifecycle';
import { createLogger } from '../common/logger';
import { connectRedis, createRedis } from '../common/redis';
import { createDatabase } from '../store/database';
import { connectTemporalClient } from '../temporal/connection';
import { composeApi } from './compose';

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

  const api = composeApi({ config, logger, db, redis, temporal });
  onShutdown(() => api.close());
  const app = api.app;
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
