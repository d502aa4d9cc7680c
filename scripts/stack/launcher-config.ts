import path from 'node:path';
import { z } from 'zod';
import { ConfigSchema, SimulatorConfigSchema } from '../../common/config';
import { envSection, envVariable as v, parseEnvironment } from '../../common/env-variables';

const port = z.coerce.number().int().min(1).max(65535);
/** The launcher listens where the application processes will: the same declarations, the same defaults. */
const app = ConfigSchema.shape;
const simulator = SimulatorConfigSchema.shape.simulator.shape;

/**
 * Settings of the embedded-stack launcher (`npm start`). A service whose URL variable is set is
 * used as it is and not spawned; the application processes always receive explicit URLs.
 */
export const LauncherSchema = envSection(
  'Launcher (`npm start`)',
  'Read by the launcher (and by `npm run demo` and `npm run user:create` to find the running stack). Setting a service’s address means "use that service, spawn none". Without `HASDATA_API_KEY` it starts the HasData simulator and points the gateway at it; without `GATEWAY_INTERNAL_TOKEN` it generates one.',
  {
    dataDir: v(
      'HIREHOUND_DATA_DIR',
      z.string(),
      '.data',
      'where the embedded services keep their data and the launcher writes `stack.json` (relative to the project)',
    ),
    external: z.object({
      databaseUrl: v('DATABASE_URL', z.string().url().optional(), undefined, 'an existing PostgreSQL to use instead'),
      redisUrl: v('REDIS_URL', z.string().url().optional(), undefined, 'an existing Redis to use instead'),
      cacheRedisUrl: v(
        'CACHE_REDIS_URL',
        z.string().url().optional(),
        undefined,
        'an existing Redis for the caches (none is spawned when `REDIS_URL` is set: the caches then share it)',
      ),
      temporalAddress: v(
        'TEMPORAL_ADDRESS',
        z.string().min(1).optional(),
        undefined,
        'an existing Temporal to use instead',
      ),
    }),
    namespace: app.temporal.shape.namespace,
    ports: z.object({
      postgres: v('PG_PORT', port, 5433, 'port of the embedded PostgreSQL'),
      redis: v('REDIS_PORT', port, 6380, 'port of the embedded Redis (the ledger’s: never evicts)'),
      cacheRedis: v('CACHE_REDIS_PORT', port, 6381, 'port of the embedded caches’ Redis (bounded, evicting)'),
      temporal: v('TEMPORAL_PORT', port, 7233, 'port of the embedded Temporal dev server'),
      temporalUi: v('TEMPORAL_UI_PORT', port, 8233, 'port of its web UI'),
      api: app.api.shape.port,
      gateway: app.gateway.shape.port,
      simulator: simulator.port,
      temporalMetrics: v('TEMPORAL_METRICS_PORT', port, 9466, 'port of the worker’s Temporal SDK metrics'),
    }),
    apiHost: app.api.shape.host,
    gatewayHost: app.gateway.shape.host,
    simulatorHost: simulator.host,
  },
);

export type LauncherConfig = ReturnType<typeof loadLauncherConfig>;

export function loadLauncherConfig(env: NodeJS.ProcessEnv, projectRoot: string) {
  const { dataDir, ...settings } = parseEnvironment(LauncherSchema, env, 'launcher settings');
  return Object.freeze({ projectRoot, dataDir: path.resolve(projectRoot, dataDir), ...settings });
}

/**
 * The ports the launcher will bind, by the setting that names each: the services it spawns (none
 * for a service whose URL is set), the application processes, and the simulator unless a real
 * HasData key is set.
 */
function boundPorts(config: LauncherConfig, env: NodeJS.ProcessEnv): [setting: string, port: number][] {
  const { ports, external } = config;
  const bound: [string, number][] = [
    ['API_PORT', ports.api],
    ['GATEWAY_PORT', ports.gateway],
    ['TEMPORAL_METRICS_PORT', ports.temporalMetrics],
  ];
  if (!external.databaseUrl) bound.push(['PG_PORT', ports.postgres]);
  if (!external.redisUrl) bound.push(['REDIS_PORT', ports.redis]);
  if (!external.redisUrl && !external.cacheRedisUrl) bound.push(['CACHE_REDIS_PORT', ports.cacheRedis]);
  if (!external.temporalAddress) bound.push(['TEMPORAL_PORT', ports.temporal], ['TEMPORAL_UI_PORT', ports.temporalUi]);
  if (!env.HASDATA_API_KEY) bound.push(['SIMULATOR_PORT', ports.simulator]);
  return bound;
}

/** Two settings that name one port would start one process and fail the other: say so first. */
export function portClashes(config: LauncherConfig, env: NodeJS.ProcessEnv): string[] {
  const byPort = new Map<number, string[]>();
  for (const [setting, port] of boundPorts(config, env)) byPort.set(port, [...(byPort.get(port) ?? []), setting]);
  return [...byPort]
    .filter(([, settings]) => settings.length > 1)
    .map(([port, settings]) => {
      const names = `${settings.slice(0, -1).join(', ')} and ${settings.at(-1)!}`;
      return `${names} are ${settings.length === 2 ? 'both' : 'all'} ${port}`;
    });
}
