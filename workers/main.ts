import { bundleWorkflowCode, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { loadConfig } from '../common/config';
import { createLogger } from '../common/logger';
import { ensureSearchAttributes } from '../temporal/registration';
import { temporalLoggerFrom } from '../temporal/runtime-logger';
import { createWorkerDependencies } from './dependencies';
import { defineQueues } from './queues';

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
  const queues = defineQueues(deps);

  const configured = config.worker.queues.map((name) => ({ ...queues[name], built: queues[name].activities() }));
  // Temporal refuses a worker with nothing to run (maintenance has no schedules yet): skip such a queue.
  const wanted = configured.filter((q) => q.runsWorkflows || Object.keys(q.built).length > 0);
  const workflowBundle = wanted.some((q) => q.runsWorkflows)
    ? await bundleWorkflowCode({
        workflowsPath: require.resolve('../workflows'),
        // webpack's INFO output is a page of module statistics; keep warnings and errors only.
        logger: temporalLoggerFrom(logger.child({ component: 'workflow-bundler' }, { level: 'warn' })),
      })
    : undefined;

  const workers = await Promise.all(
    wanted.map((q) =>
      Worker.create({
        connection,
        namespace: config.temporal.namespace,
        taskQueue: q.taskQueue,
        ...(q.runsWorkflows && workflowBundle ? { workflowBundle } : {}),
        activities: q.built,
        ...q.options,
      }),
    ),
  );
  logger.info({ queues: wanted.map((q) => q.taskQueue) }, 'workers polling');
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
