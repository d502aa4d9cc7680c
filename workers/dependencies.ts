import type { Config } from '../common/config';
import type { Logger } from '../common/logger';
import { createDatabase, type DB } from '../store/database';

/** Everything activities need, built once per worker process and closed on shutdown. */
export interface WorkerDependencies {
  readonly config: Config;
  readonly logger: Logger;
  readonly db: DB;
}

export async function createWorkerDependencies(
  config: Config,
  logger: Logger,
): Promise<{
  deps: WorkerDependencies;
  close: () => Promise<void>;
}> {
  const db = createDatabase({ ...config.database, applicationName: 'hirehound-worker' });
  return {
    deps: { config, logger, db },
    close: async () => {
      await db.destroy();
    },
  };
}
