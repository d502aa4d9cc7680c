import {
  bundleWorkflowCode,
  type NativeConnection,
  Worker,
  type WorkflowBundleWithSourceMap,
} from '@temporalio/worker';
import type { Config } from '../common/config';
import type { Logger } from '../common/logger';
import { activityLogContext } from '../temporal/activity-log-context';
import { temporalLoggerFrom } from '../temporal/runtime-logger';
import type { WorkerDependencies } from './dependencies';
import { defineQueues } from './queues';

/** Bundles the workflows once (webpack; a couple of seconds) for every worker of a process. */
export function bundleWorkflows(logger: Logger): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({
    workflowsPath: require.resolve('../workflows'),
    // webpack's INFO output is a page of module statistics; keep warnings and errors only.
    logger: temporalLoggerFrom(logger.child({ component: 'workflow-bundler' }, { level: 'warn' })),
  });
}

/**
 * One Temporal Worker per configured task queue (WORKER_QUEUES), as the worker process runs them;
 * tests build theirs the same way. A queue with nothing to run is skipped: Temporal refuses an
 * empty worker.
 */
export async function createQueueWorkers(
  connection: NativeConnection,
  config: Config,
  deps: WorkerDependencies,
  bundle?: WorkflowBundleWithSourceMap,
): Promise<Worker[]> {
  const queues = defineQueues(deps);
  const configured = config.worker.queues.map((name) => ({ ...queues[name], built: queues[name].activities() }));
  const wanted = configured.filter((q) => q.runsWorkflows || Object.keys(q.built).length > 0);
  const workflowBundle = wanted.some((q) => q.runsWorkflows)
    ? (bundle ?? (await bundleWorkflows(deps.logger)))
    : undefined;
  return Promise.all(
    wanted.map((q) =>
      Worker.create({
        connection,
        namespace: config.temporal.namespace,
        taskQueue: q.taskQueue,
        ...(q.runsWorkflows && workflowBundle ? { workflowBundle } : {}),
        activities: q.built,
        interceptors: { activity: [activityLogContext] },
        ...q.options,
      }),
    ),
  );
}
