import { NativeConnection, Runtime } from '@temporalio/worker';
import { loadConfig } from '../common/config';
import { createLogger } from '../common/logger';
import { ensureSearchAttributes } from '../temporal/registration';
import { temporalLoggerFrom } from '../temporal/runtime-logger';
import { createWorkerDependencies } from './dependencies';
import { createQueueWorkers } from './create-workers';
import { startMaintenance } from './maintenance';

/**
 * The `workers` process: one Temporal Worker per configured task queue (WORKER_QUEUES), all in this
 * process for development; production runs one process per queue and scales each on its own.
 * SIGINT/SIGTERM make the Temporal runtime drain every worker; then connections close.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger({ name: 'worker', level: config.logLevel });
  Runtime.install({ logger: temporalLoggerFrom(logger.child({ component: 'temporal-sdk' })) });

  const connection = await NativeConnection.connect({ address: config.temporal.address });
  await ensureSearchAttributes(connection, config.temporal.namespace);
  const { deps, close } = await createWorkerDependencies(config, logger);
  const workers = await createQueueWorkers(connection, config, deps);
  if (config.worker.queues.includes('maintenance')) await startMaintenance(deps.temporal, config, deps, logger);
  logger.info({ queues: workers.map((w) => w.options.taskQueue) }, 'workers polling');
  try {
    await Promise.all(workers.map((w) => w.run()));
  } finally {
    await close();
    await connection.close();
    logger.info('workers stopped');
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`worker failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
