import type { Config } from '../common/config';
import type { Logger } from '../common/logger';
import { createEmbedder } from '../matching/embeddings/create-embedder';
import type { Embedder } from '../matching/embeddings/embedder';
import { createDatabase, type DB } from '../store/database';

/** Everything activities need, built once per worker process and closed on shutdown. */
export interface WorkerDependencies {
  readonly config: Config;
  readonly logger: Logger;
  readonly db: DB;
  readonly embedder: Embedder;
}

export async function createWorkerDependencies(
  config: Config,
  logger: Logger,
): Promise<{
  deps: WorkerDependencies;
  close: () => Promise<void>;
}> {
  const db = createDatabase({ ...config.database, applicationName: 'hirehound-worker' });
  const { embedder, plan } = await createEmbedder(config.embeddings);
  // Loud on purpose: matching quality depends on it, and a silent fallback would go unnoticed.
  if (plan.degraded) logger.warn({ embeddings: plan }, `EMBEDDINGS: ${plan.summary}`);
  else logger.info({ embeddings: plan }, `embeddings: ${plan.summary}`);
  return {
    deps: { config, logger, db, embedder },
    close: async () => {
      await embedder.close();
      await db.destroy();
    },
  };
}
