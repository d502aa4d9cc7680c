import fs from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import * as tools from '../tools.cjs';
import { ManagedProcess, reapOrphan, waitUntilReady } from './managed-process';
import { assertPortFree } from './ports';

/**
 * How much memory a Redis may use and what it does at the limit. Redis evicts across the whole
 * server (every logical database) and its `volatile-*` policies pick among every key with a TTL;
 * the gateway's ledger keys carry TTLs (a month's ledger 400 days, a call's reservation 7 days, a
 * rate bucket a minute), so a cache sharing their server could push them out, and a month's
 * ledger evicted is a budget reset. So the two never share a server: the ledger's Redis never
 * evicts (at its limit writes fail and the gateway refuses calls: fail closed), the caches' Redis
 * may evict any key (docs/observability.md#caches-and-redis-memory).
 */
export interface RedisMemory {
  /** `maxmemory`, as Redis reads it (`256mb`). */
  readonly maxmemory: string;
  readonly policy: 'noeviction' | 'allkeys-lru';
}

export const LEDGER_REDIS_MEMORY: RedisMemory = { maxmemory: '256mb', policy: 'noeviction' };
export const CACHE_REDIS_MEMORY: RedisMemory = { maxmemory: '64mb', policy: 'allkeys-lru' };

export interface RedisOptions {
  readonly dataDir: string;
  readonly port: number;
  readonly logFile: string;
  /** Append-only persistence for the embedded default; tests run without it. */
  readonly appendOnly: boolean;
  readonly pidFile?: string;
  /** The memory limit and eviction policy; the ledger's (never evicts) unless said otherwise. */
  readonly memory?: RedisMemory;
  /** Names the process in the launcher's output and errors (`redis`, `redis-cache`). */
  readonly name?: string;
}

export interface RunningRedis {
  readonly url: string;
  readonly process: ManagedProcess;
  stop(): Promise<void>;
}

export async function startRedis(options: RedisOptions): Promise<RunningRedis> {
  const binary = tools.findRedisServer();
  if (!binary) throw new Error('redis-server not found; run `node scripts/bootstrap.cjs` first.');
  fs.mkdirSync(options.dataDir, { recursive: true });
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  if (options.pidFile) await reapOrphan(options.pidFile, 'redis-server');
  const name = options.name ?? 'redis';
  const memory = options.memory ?? LEDGER_REDIS_MEMORY;
  await assertPortFree(
    options.port,
    name === 'redis' ? 'Redis' : name,
    name === 'redis' ? 'REDIS_PORT' : 'CACHE_REDIS_PORT',
  );

  const args = [
    '--port',
    String(options.port),
    '--bind',
    '127.0.0.1',
    '--dir',
    options.dataDir,
    '--daemonize',
    'no',
    '--save',
    '',
    '--appendonly',
    options.appendOnly ? 'yes' : 'no',
    '--appendfsync',
    'everysec',
    '--logfile',
    '',
    '--maxmemory',
    memory.maxmemory,
    '--maxmemory-policy',
    memory.policy,
  ];
  const proc = ManagedProcess.start({
    name,
    command: binary,
    args,
    logFile: options.logFile,
    ...(options.pidFile ? { pidFile: options.pidFile } : {}),
  });
  const url = `redis://127.0.0.1:${options.port}`;
  await waitUntilReady(
    proc,
    async () => {
      const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      client.on('error', () => undefined); // refused while starting: the probe just answers false
      try {
        await client.connect();
        return (await client.ping()) === 'PONG';
      } finally {
        client.disconnect();
      }
    },
    20_000,
  );
  return {
    url,
    process: proc,
    // SIGTERM makes Redis flush the append-only file before it exits.
    stop: async () => {
      await proc.stop({ signal: 'SIGTERM', timeoutMs: 15_000 });
    },
  };
}
