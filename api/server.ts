import { loadConfig } from '../common/config';
import { runHttpService } from '../common/http-server';
import { createProcessRegistry, serveMetrics } from '../common/metrics/registry';
import { connectRedis, createRedis } from '../common/redis';
import { createDatabase } from '../store/database';
import { connectTemporalClient } from '../temporal/connection';
import { composeApi } from './compose';

/** The `api` process: the public HTTP API and the web page. */
runHttpService('api', loadConfig, async ({ config, logger, onShutdown }) => {
  const db = createDatabase({ ...config.database, applicationName: 'hirehound-api' });
  onShutdown(() => db.destroy());
  const redis = createRedis(config.redis.url, 'hirehound-api');
  redis.on('error', (err) => logger.debug({ err: err.message }, 'redis connection error'));
  onShutdown(() => redis.disconnect());
  await connectRedis(redis);
  const temporal = await connectTemporalClient(config.temporal);
  onShutdown(() => temporal.connection.close());

  const api = composeApi({ config, logger, db, redis, temporal, registry: createProcessRegistry() });
  onShutdown(() => api.close());
  // On a port of its own: the public port serves only the documented API (docs/observability.md).
  const { host, apiPort } = config.observability;
  if (apiPort > 0) {
    const metrics = await serveMetrics({ registry: api.registry, host, port: apiPort, logger }).catch((err: Error) => {
      // Metrics are for people watching; a port taken by another process must not stop the API.
      logger.error({ err: err.message, port: apiPort }, 'api metrics endpoint could not start');
      return undefined;
    });
    if (metrics) onShutdown(() => metrics.close());
  }
  return { handler: api.app, host: config.api.host, port: config.api.port };
});
