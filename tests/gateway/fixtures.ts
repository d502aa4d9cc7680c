import { Writable } from 'node:stream';
import { loadConfig } from '../../common/config';
import { createLogger, type Logger } from '../../common/logger';
import { createGatewayClient, type GatewayClient } from '../../gateway/client';
import { createGateway, type Gateway } from '../../gateway/gateway';
import type { GovernanceSettings } from '../../gateway/governance/governor';
import type { DB } from '../../store/database';
import { listen } from '../harness/listen';
import { testRedisUrl, uniquePrefix } from '../harness/services';
import { SIMULATOR_KEY } from '../simulator/fixtures';

export const INTERNAL_TOKEN = 'gateway-internal-token-for-tests';

/** Every line a logger wrote, as text, for assertions about what was (and was not) logged. */
export function captureLogs(): { destination: Writable; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { destination, lines };
}

export interface GatewayUnderTest {
  readonly url: string;
  readonly gateway: Gateway;
  readonly client: GatewayClient;
  readonly prefix: string;
  readonly logs: string[];
  readonly logger: Logger;
  close(): Promise<void>;
}

/**
 * A gateway built exactly as the process builds it (same config parsing, same composition), on a
 * free port, against the test Redis (unless another is given), a test database and a simulator.
 * Each gets its own Redis key prefix unless it is meant to share another instance's ledger.
 */
export async function startGateway(options: {
  simulatorUrl: string;
  db: DB;
  databaseUrl: string;
  redisUrl?: string;
  prefix?: string;
  apiKey?: string;
  env?: Record<string, string>;
  governance?: Partial<GovernanceSettings>;
  instanceId?: string;
  hfFetch?: typeof fetch;
}): Promise<GatewayUnderTest> {
  const prefix = options.prefix ?? uniquePrefix('gw');
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: options.redisUrl ?? testRedisUrl(),
    TEMPORAL_ADDRESS: '127.0.0.1:1',
    HASDATA_API_KEY: options.apiKey ?? SIMULATOR_KEY,
    HASDATA_BASE_URL: options.simulatorUrl,
    HASDATA_TIMEOUT_MS: '10000',
    HASDATA_SERVER_DEADLINE_MS: '9000',
    GATEWAY_INTERNAL_TOKEN: INTERNAL_TOKEN,
    GATEWAY_REDIS_PREFIX: prefix,
    GATEWAY_SLOT_WAIT_MS: '30000',
    GATEWAY_RATE_PER_SECOND: '10000',
    GATEWAY_RATE_BURST: '10000',
    ...options.env,
  });
  const { lines, destination } = captureLogs();
  const logger = createLogger({ name: 'gateway', level: 'debug', destination });
  const gateway = createGateway({
    hasdata: { ...config.hasdata, apiKey: config.hasdata.apiKey ?? '' },
    gateway: { ...config.gateway, internalToken: INTERNAL_TOKEN },
    hfChat: { ...config.hfChat, token: config.embeddings.hf.token },
    redisUrl: config.redis.url,
    db: options.db,
    logger,
    instanceId: options.instanceId ?? prefix,
    ...(options.governance ? { governance: options.governance } : {}),
    ...(options.hfFetch ? { hfFetch: options.hfFetch } : {}),
  });
  await gateway.ready();
  const server = await listen(gateway.app);
  return {
    url: server.url,
    gateway,
    client: createGatewayClient({ baseUrl: server.url, internalToken: INTERNAL_TOKEN, timeoutMs: 60_000 }),
    prefix,
    logs: lines,
    logger,
    close: async () => {
      await server.close();
      await gateway.close();
    },
  };
}

/** Several gateway instances sharing one Redis ledger (one budget, one set of 15 slots). */
export async function startGatewayInstances(
  count: number,
  options: Omit<Parameters<typeof startGateway>[0], 'prefix' | 'instanceId'>,
): Promise<GatewayUnderTest[]> {
  const first = await startGateway({ ...options, instanceId: 'instance-1' });
  const instances = [first];
  for (let i = 2; i <= count; i++) {
    instances.push(await startGateway({ ...options, prefix: first.prefix, instanceId: `instance-${i}` }));
  }
  return instances;
}
