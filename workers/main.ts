import { NativeConnection } from '@temporalio/worker';
import { loadConfig } from '../common/config';
import { createLogger } from '../common/logger';
import { serveMetrics } from '../common/metrics/registry';
import { ensureSearchAttributes } from '../temporal/registration';
import { installTemporalRuntime } from '../temporal/runtime';
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
  installTemporalRuntime(config.observability, logger);

  const connection = await NativeConnection.connect({ address: config.temporal.address });
  await ensureSearchAttributes(connection, config.temporal.namespace);
  const { deps, close } = await createWorkerDependencies(config, logger);
  const { host, workerPort } = config.observability;
  // Metrics are for people watching; a port taken by another process must not stop the work.
  const metrics =
    workerPort > 0
      ? await serveMetrics({ registry: deps.metrics.registry, host, port: workerPort, logger }).catch((err: Error) => {
          logger.error({ err: err.message, port: workerPort }, 'worker metrics endpoint could not start');
          return undefined;
        })
      : undefined;
  const workers = await createQueueWorkers(connection, config, deps);
  if (config.worker.queues.includes('maintenance')) await startMaintenance(deps.temporal, config, deps, logger);
  logger.info({ queues: workers.map((w) => w.options.taskQueue) }, 'workers polling');
  try {
    await Promise.all(workers.map((w) => w.run()));
  } finally {
    await metrics?.close();
    await close();
    await connection.close();
    logger.info('workers stopped');
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`worker failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
