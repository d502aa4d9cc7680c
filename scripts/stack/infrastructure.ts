import path from 'node:path';
import { startPostgres, type RunningPostgres } from './postgres';
import { findFreePort } from './ports';
import { CACHE_REDIS_MEMORY, LEDGER_REDIS_MEMORY, startRedis, type RunningRedis } from './redis';
import { startTemporal, type RunningTemporal } from './temporal';

export interface InfrastructureOptions {
  readonly dataDir: string;
  readonly ports: {
    readonly postgres: number;
    readonly redis: number;
    readonly temporal: number;
    /** The caches' Redis; a free port when not given. */
    readonly cacheRedis?: number;
  };
  /** Temporal web UI port; undefined runs the dev server headless. */
  readonly temporalUiPort: number | undefined;
  readonly namespace: string;
  readonly database: string;
  /** Durable: fsync, append-only Redis and a Temporal SQLite file (npm start). Not: tests. */
  readonly durable: boolean;
  /** Services configured elsewhere are used as they are and not started. */
  readonly external?: {
    readonly databaseUrl?: string | undefined;
    readonly redisUrl?: string | undefined;
    readonly cacheRedisUrl?: string | undefined;
    readonly temporalAddress?: string | undefined;
  };
  readonly onPhase?: (service: string, message: string) => void;
  /** Extra PostgreSQL settings (benchmarks raise shared_buffers). */
  readonly postgresSettings?: Readonly<Record<string, string>>;
  /**
   * Keep Temporal's state in a SQLite file even when not durable. The dev server's in-memory store
   * is one connection: a request whose deadline passes mid-statement interrupts it, and on a
   * starved machine it then fails every call ("interrupted (9)", "shard status unknown") for good.
   */
  readonly temporalOnDisk?: boolean;
}

export interface Infrastructure {
  readonly databaseUrl: string;
  /** The ledger's Redis: governance, repeat guard, rate limit. Never evicts. */
  readonly redisUrl: string;
  /**
   * The caches' Redis (bounded, evicting); undefined when an external REDIS_URL was given without
   * a CACHE_REDIS_URL: the caches then use REDIS_URL, as the processes do when it is unset.
   */
  readonly cacheRedisUrl: string | undefined;
  readonly temporalAddress: string;
  readonly temporalUiUrl: string | undefined;
  /** The embedded services actually running (for supervision). */
  readonly processes: readonly (RunningPostgres | RunningRedis | RunningTemporal)['process'][];
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL + pgvector, Redis (the ledger's, and the caches' beside it) and the Temporal
 * dev server side by side (each one only if its URL is not configured). Shared by `npm start`, the
 * test harness and the benchmarks, so all three run the same services the same way.
 */
export async function startInfrastructure(options: InfrastructureOptions): Promise<Infrastructure> {
  const run = path.join(options.dataDir, 'run');
  const logs = path.join(options.dataDir, 'logs');
  const phase = (service: string, message: string): void => options.onPhase?.(service, message);
  const timed = async <T>(service: string, start: () => Promise<T>, describe: (r: T) => string): Promise<T> => {
    const t0 = Date.now();
    phase(service, 'starting');
    const result = await start();
    phase(service, `${describe(result)} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    return result;
  };

  const spawnCacheRedis = !options.external?.cacheRedisUrl && !options.external?.redisUrl;
  const cacheRedisPort = spawnCacheRedis ? (options.ports.cacheRedis ?? (await findFreePort())) : undefined;
  const results = await Promise.allSettled([
    options.external?.databaseUrl
      ? Promise.resolve(undefined)
      : timed(
          'postgres',
          () =>
            startPostgres({
              dataDir: path.join(options.dataDir, 'pg'),
              port: options.ports.postgres,
              database: options.database,
              logFile: path.join(logs, 'postgres.log'),
              durable: options.durable,
              ...(options.postgresSettings ? { settings: options.postgresSettings } : {}),
            }),
          (pg) => `ready on 127.0.0.1:${options.ports.postgres}, cluster ${pg.dataDir}`,
        ),
    options.external?.redisUrl
      ? Promise.resolve(undefined)
      : timed(
          'redis',
          () =>
            startRedis({
              dataDir: path.join(options.dataDir, 'redis'),
              port: options.ports.redis,
              logFile: path.join(logs, 'redis.log'),
              appendOnly: options.durable,
              pidFile: path.join(run, 'redis.pid'),
              memory: LEDGER_REDIS_MEMORY,
            }),
          () =>
            `ready on 127.0.0.1:${options.ports.redis}${options.durable ? ', append-only file in redis/' : ''}, ${LEDGER_REDIS_MEMORY.maxmemory} ${LEDGER_REDIS_MEMORY.policy}`,
        ),
    cacheRedisPort === undefined
      ? Promise.resolve(undefined)
      : timed(
          'cache',
          // Caches need no persistence: losing them costs lookups, never money.
          () =>
            startRedis({
              name: 'redis-cache',
              dataDir: path.join(options.dataDir, 'redis-cache'),
              port: cacheRedisPort,
              logFile: path.join(logs, 'redis-cache.log'),
              appendOnly: false,
              pidFile: path.join(run, 'redis-cache.pid'),
              memory: CACHE_REDIS_MEMORY,
            }),
          () =>
            `redis ready on 127.0.0.1:${cacheRedisPort}, ${CACHE_REDIS_MEMORY.maxmemory} ${CACHE_REDIS_MEMORY.policy}`,
        ),
    options.external?.temporalAddress
      ? Promise.resolve(undefined)
      : timed(
          'temporal',
          () =>
            startTemporal({
              dbFile:
                options.durable || options.temporalOnDisk
                  ? path.join(options.dataDir, 'temporal', 'temporal.db')
                  : undefined,
              // On disk only to survive, not to be durable: no fsync, and readers beside the writer.
              ...(options.temporalOnDisk && !options.durable
                ? { sqlitePragmas: { journal_mode: 'wal', synchronous: 'off' } }
                : {}),
              port: options.ports.temporal,
              uiPort: options.temporalUiPort,
              namespace: options.namespace,
              logFile: path.join(logs, 'temporal.log'),
              pidFile: path.join(run, 'temporal.pid'),
            }),
          (t) => `ready on ${t.address}${t.uiUrl ? `, UI ${t.uiUrl}` : ''}`,
        ),
  ]);

  const started = results.flatMap((r) => (r.status === 'fulfilled' && r.value ? [r.value] : []));
  const stopAll = async (): Promise<void> => {
    await Promise.allSettled(started.map((s) => s.stop()));
  };
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failures.length > 0) {
    await stopAll();
    throw new Error(failures.map((f) => (f instanceof Error ? f.message : String(f))).join('\n\n'));
  }
  const [pgResult, redisResult, cacheResult, temporalResult] = results.map((r) =>
    r.status === 'fulfilled' ? r.value : undefined,
  ) as [RunningPostgres | undefined, RunningRedis | undefined, RunningRedis | undefined, RunningTemporal | undefined];
  return {
    databaseUrl: options.external?.databaseUrl ?? pgResult!.url,
    redisUrl: options.external?.redisUrl ?? redisResult!.url,
    cacheRedisUrl: options.external?.cacheRedisUrl ?? cacheResult?.url,
    temporalAddress: options.external?.temporalAddress ?? temporalResult!.address,
    temporalUiUrl: temporalResult?.uiUrl,
    processes: started.map((s) => s.process),
    stop: stopAll,
  };
}
