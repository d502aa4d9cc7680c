import { Redis, type RedisOptions } from 'ioredis';

/**
 * Redis clients fail fast instead of queueing commands while disconnected: a caller that depends on
 * Redis for a decision (budget, rate, concurrency) must get an error it can act on (fail closed),
 * not a promise that waits for a reconnect.
 */
export function createRedis(url: string, name: string, overrides: RedisOptions = {}): Redis {
  return new Redis(url, {
    connectionName: name,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2000),
    ...overrides,
  });
}

/** Waits for the first connection (the offline queue is off, so commands before it would fail). */
export async function connectRedis(client: Redis, timeoutMs = 10_000): Promise<void> {
  if (client.status === 'ready') return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`Redis did not become ready within ${timeoutMs} ms`));
    }, timeoutMs);
    const onReady = (): void => {
      cleanup();
      resolve();
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      client.off('ready', onReady);
    };
    client.on('ready', onReady);
  });
}
