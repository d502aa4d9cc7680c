import { loadConfig } from '../common/config';
import { collectDefaultMetrics } from 'prom-client';
import { runHttpService } from '../common/http-server';
import { createDatabase } from '../store/database';
import { createGateway } from './gateway';

/**
 * The `gateway` process: the only holder of HASDATA_API_KEY, and the only caller of the Imaginator's
 * chat model. Workers and the API reach both only through it (internal token), and it spends credits
 * only under the Redis ledger's say-so, on a budget line per provider.
 */
runHttpService('gateway', loadConfig, async ({ config, logger, onShutdown }) => {
  const { apiKey } = config.hasdata;
  const { internalToken } = config.gateway;
  if (!apiKey) throw new Error("HASDATA_API_KEY must be set for the gateway (npm start sets the simulator's)");
  if (!internalToken) throw new Error('GATEWAY_INTERNAL_TOKEN must be set (at least 16 characters)');

  const db = createDatabase({ ...config.database, applicationName: 'hirehound-gateway' });
  onShutdown(() => db.destroy());
  const gateway = createGateway({
    hasdata: { ...config.hasdata, apiKey },
    gateway: { ...config.gateway, internalToken },
    hfChat: { ...config.hfChat, token: config.embeddings.hf.token },
    redisUrl: config.redis.url,
    db,
    logger,
  });
  onShutdown(() => gateway.close());
  // The process's own series (CPU, memory, event-loop lag) beside the gateway's, as api and workers have.
  collectDefaultMetrics({ register: gateway.metrics.registry });
  // Without Redis every call would be refused; say so instead of serving refusals.
  await gateway.ready(30_000);

  return {
    handler: gateway.app,
    host: config.gateway.host,
    port: config.gateway.port,
    details: {
      provider: config.hasdata.baseUrl,
      budget: config.gateway.monthlyBudget,
      concurrency: config.gateway.maxConcurrency,
      chatModel:
        config.embeddings.hf.token || config.hfChat.endpointUrl
          ? `${config.hfChat.endpointUrl ?? config.hfChat.model} (budget ${config.hfChat.monthlyBudget})`
          : 'none (the Imaginator uses its analysis)',
    },
    // A provider call under way is paid for: let it finish and be booked.
    finishRequests: true,
    configure: (server) => {
      // Long provider calls (up to HasData's 300 s deadline) must not be cut by Node's request timeout.
      server.requestTimeout = 0;
      server.headersTimeout = 60_000;
      server.keepAliveTimeout = 65_000;
    },
  };
});
