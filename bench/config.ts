import { loadConfig, type Config } from '../common/config';

/**
 * The application's configuration as benchmarks see it: the environment's EMBEDDINGS_* and
 * MATCHING_* settings apply; the service URLs are placeholders, since each benchmark starts (or
 * needs) no shared service.
 */
export function benchConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return loadConfig({
    DATABASE_URL: 'postgres://bench@127.0.0.1/bench',
    REDIS_URL: 'redis://127.0.0.1',
    TEMPORAL_ADDRESS: '127.0.0.1:7233',
    ...env,
  });
}
