import path from 'node:path';
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);

/**
 * Settings of the embedded-stack launcher (`npm start`). A service whose URL variable is set is
 * used as it is and not spawned; the application processes always receive explicit URLs.
 */
const LauncherEnv = z.object({
  HIREHOUND_DATA_DIR: z.string().optional(),
  DATABASE_URL: z.string().url().optional(),
  REDIS_URL: z.string().url().optional(),
  TEMPORAL_ADDRESS: z.string().min(1).optional(),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  PG_PORT: port.default(5433),
  REDIS_PORT: port.default(6380),
  TEMPORAL_PORT: port.default(7233),
  TEMPORAL_UI_PORT: port.default(8233),
  API_PORT: port.default(3000),
  API_HOST: z.string().default('127.0.0.1'),
  // Gateway and HasData simulator (the simulator runs only without HASDATA_API_KEY)
  GATEWAY_PORT: port.default(3100),
  GATEWAY_HOST: z.string().default('127.0.0.1'),
  SIMULATOR_PORT: port.default(3200),
  SIMULATOR_HOST: z.string().default('127.0.0.1'),
});

export type LauncherConfig = ReturnType<typeof loadLauncherConfig>;

export function loadLauncherConfig(env: NodeJS.ProcessEnv, projectRoot: string) {
  const parsed = LauncherEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Invalid launcher settings:\n  ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n  ')}`,
    );
  }
  const e = parsed.data;
  const dataDir = path.resolve(projectRoot, e.HIREHOUND_DATA_DIR ?? '.data');
  return Object.freeze({
    projectRoot,
    dataDir,
    external: { databaseUrl: e.DATABASE_URL, redisUrl: e.REDIS_URL, temporalAddress: e.TEMPORAL_ADDRESS },
    namespace: e.TEMPORAL_NAMESPACE,
    ports: {
      postgres: e.PG_PORT,
      redis: e.REDIS_PORT,
      temporal: e.TEMPORAL_PORT,
      temporalUi: e.TEMPORAL_UI_PORT,
      api: e.API_PORT,
      gateway: e.GATEWAY_PORT,
      simulator: e.SIMULATOR_PORT,
    },
    apiHost: e.API_HOST,
    gatewayHost: e.GATEWAY_HOST,
    simulatorHost: e.SIMULATOR_HOST,
  });
}
