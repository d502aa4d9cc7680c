import fs from 'node:fs';
import path from 'node:path';
import { startInfrastructure, type Infrastructure } from '../scripts/stack/infrastructure';
import { httpReady, waitUntilReady, type ManagedProcess } from '../scripts/stack/managed-process';
import { findFreePort } from '../scripts/stack/ports';
import { planProviderProcesses } from '../scripts/stack/provider-plan';
import { startNodeProcess } from './node-process';

/**
 * The whole system for a benchmark, as `npm start` runs it, in two steps: the services
 * (PostgreSQL + pgvector, the two Redis, the Temporal dev server) on free ports under a fresh
 * folder, so the benchmark can fill the cache before anything else runs; then the application
 * processes (the HasData simulator, the gateway, worker processes and the API), each its own
 * Node process with its log in the folder.
 */

export interface BenchServices {
  readonly infra: Infrastructure;
  readonly dataDir: string;
  readonly logDir: string;
  /** The environment every application process shares: the services' URLs. */
  readonly baseEnv: NodeJS.ProcessEnv;
}

export async function startBenchServices(options: {
  readonly dataDir: string;
  readonly note: (message: string) => void;
  readonly postgresSettings?: Readonly<Record<string, string>>;
  /** Temporal's state in a file (scripts/stack/infrastructure.ts says why): long, busy runs. */
  readonly temporalOnDisk?: boolean;
}): Promise<BenchServices> {
  fs.rmSync(options.dataDir, { recursive: true, force: true });
  const logDir = path.join(options.dataDir, 'logs');
  fs.mkdirSync(logDir, { recursive: true });
  const [pgPort, redisPort, cacheRedisPort, temporalPort] = await Promise.all(
    Array.from({ length: 4 }, () => findFreePort()),
  );
  const infra = await startInfrastructure({
    dataDir: options.dataDir,
    ports: { postgres: pgPort!, redis: redisPort!, cacheRedis: cacheRedisPort!, temporal: temporalPort! },
    temporalUiPort: undefined,
    namespace: 'default',
    database: 'hirehound',
    durable: false,
    onPhase: (service, message) => options.note(`${service}: ${message}`),
    ...(options.postgresSettings ? { postgresSettings: options.postgresSettings } : {}),
    ...(options.temporalOnDisk ? { temporalOnDisk: true } : {}),
  });
  const baseEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: infra.databaseUrl,
    REDIS_URL: infra.redisUrl,
    ...(infra.cacheRedisUrl ? { CACHE_REDIS_URL: infra.cacheRedisUrl } : {}),
    TEMPORAL_ADDRESS: infra.temporalAddress,
    OBJECT_STORE_DIR: path.join(options.dataDir, 'objects'),
  };
  delete baseEnv.HASDATA_API_KEY;
  return { infra, dataDir: options.dataDir, logDir, baseEnv };
}

export interface BenchProcesses {
  readonly apiUrl: string;
  readonly gatewayUrl: string;
  readonly simulatorUrl: string;
  /** `/metrics` of the api and of each worker process. */
  readonly metricsUrls: { readonly api: string; readonly workers: readonly string[] };
  readonly children: readonly ManagedProcess[];
  stop(): Promise<void>;
}

/**
 * Starts the simulator, the gateway, `workers` worker processes and the API with `env` (on top of
 * the services' environment), and waits for each to be ready. Picked once the services run: the
 * Temporal dev server opens more ports than the one it is given.
 */
export async function startBenchProcesses(
  services: BenchServices,
  options: {
    readonly env: NodeJS.ProcessEnv;
    readonly workers: number;
    readonly note: (message: string) => void;
    /** Extra Node flags per process (CPU profiles). */
    readonly nodeArgs?: readonly string[];
  },
): Promise<BenchProcesses> {
  const [apiPort, apiMetricsPort, gatewayPort, simulatorPort, ...workerPorts] = await Promise.all(
    Array.from({ length: 4 + options.workers }, () => findFreePort()),
  );
  const appEnv: NodeJS.ProcessEnv = {
    ...services.baseEnv,
    API_PORT: String(apiPort),
    API_METRICS_PORT: String(apiMetricsPort),
    ...options.env,
  };
  const provider = planProviderProcesses(
    {
      ports: { gateway: gatewayPort!, simulator: simulatorPort! },
      gatewayHost: '127.0.0.1',
      simulatorHost: '127.0.0.1',
    },
    appEnv,
  );
  const children: ManagedProcess[] = [];
  const start = (name: string, entry: string, env: NodeJS.ProcessEnv): ManagedProcess => {
    const child = startNodeProcess(name, entry, env, path.join(services.logDir, `${name}.log`), options.nodeArgs);
    children.push(child);
    return child;
  };
  const stop = async (): Promise<void> => {
    await Promise.allSettled([...children].reverse().map((c) => c.stop({ signal: 'SIGTERM', timeoutMs: 15_000 })));
  };
  try {
    const sim = start('simulator', 'simulator/server', provider.simulator!.env);
    await waitUntilReady(sim, httpReady(`${provider.simulator!.url}/healthz`), 120_000);
    const gateway = start('gateway', 'gateway/server', provider.gateway.env);
    await waitUntilReady(gateway, httpReady(`${provider.gateway.url}/healthz`), 120_000);
    for (let w = 0; w < options.workers; w++) {
      // Info level for the workers only: their "workers polling" line says they are ready.
      const worker = start(`worker-${w}`, 'workers/main', {
        ...provider.callerEnv,
        LOG_LEVEL: 'info',
        WORKER_METRICS_PORT: String(workerPorts[w]),
      });
      await waitUntilReady(worker, async () => worker.recentOutput().includes('workers polling'), 180_000);
    }
    const api = start('api', 'api/server', provider.callerEnv);
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    await waitUntilReady(api, httpReady(`${apiUrl}/readyz`), 120_000);
    options.note(`stack up: simulator, gateway, ${options.workers} worker process(es) and the API`);
    return {
      apiUrl,
      gatewayUrl: provider.gateway.url,
      simulatorUrl: provider.simulator!.url,
      metricsUrls: {
        api: `http://127.0.0.1:${apiMetricsPort}/metrics`,
        workers: workerPorts.map((p) => `http://127.0.0.1:${p}/metrics`),
      },
      children,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}
