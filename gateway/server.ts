import { loadConfig } from '../common/config';
import { installShutdown } from '../common/lifecycle';
import { createLogger } from '../common/logger';
import { createDatabase } from '../store/database';
import { createGateway } from './gateway';

/**
 * The `gateway` process: the only holder of HASDATA_API_KEY. Workers reach HasData only through it
 * (internal token), and it spends credits only under the Redis ledger's say-so.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ name: 'gateway', level: config.logLevel });
  const onShutdown = installShutdown(logger, config.shutdownGraceMs);
  const { apiKey } = config.hasdata;
  const { internalToken } = config.gateway;
  if (!apiKey) throw new Error("HASDATA_API_KEY must be set for the gateway (npm start sets the simulator's)");
  if (!internalToken) throw new Error('GATEWAY_INTERNAL_TOKEN must be set (at least 16 characters)');

  const db = createDatabase({ ...config.database, applicationName: 'hirehound-gateway' });
  onShutdown(() => db.destroy());
  const gateway = createGateway({
    hasdata: { ...config.hasdata, apiKey },
    gateway: { ...config.gateway, internalToken },
    redisUrl: config.redis.url,
    db,
    logger,
  });
  onShutdown(() => gateway.close());
  // Without Redis every call would be refused; say so instead of serving refusals.
  await gateway.ready(30_000);

  const { host, port } = config.gateway;
  const server = gateway.app.listen(port, host, () => {
    logger.info(
      {
        url: `http://${host}:${port}`,
        provider: config.hasdata.baseUrl,
        budget: config.gateway.monthlyBudget,
        concurrency: config.gateway.maxConcurrency,
      },
      'gateway listening',
    );
  });
  // Long provider calls (up to HasData's 300 s deadline) must not be cut by Node's request timeout.
  server.requestTimeout = 0;
  server.headersTimeout = 60_000;
  server.keepAliveTimeout = 65_000;
  server.on('error', (err) => {
    logger.fatal({ err }, 'gateway server error');
    process.exit(1);
  });
  onShutdown(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  );
}

main().catch((err: unknown) => {
  process.stderr.write(`gateway failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
