import os from 'node:os';
import type { WorkerOptions } from '@temporalio/worker';
import { createUnderstandingActivities } from '../activities/understanding';
import { createMatchingActivities } from '../activities/matching';
import { onetRelatedOccupations } from '../matching/occupations';
import { TASK_QUEUES, type TaskQueueName } from '../temporal/task-queues';
import type { WorkerDependencies } from './dependencies';

export interface QueueDefinition {
  readonly taskQueue: string;
  /** Whether this queue runs workflows (from the shared bundle). */
  readonly runsWorkflows: boolean;
  readonly activities: Record<string, (...args: never[]) => Promise<unknown>>;
  readonly options: Pick<
    WorkerOptions,
    'maxConcurrentActivityTaskExecutions' | 'maxConcurrentWorkflowTaskExecutions' | 'maxCachedWorkflows'
  >;
}

/**
 * What each task queue runs and how much of it at once. The numbers follow the work: provider calls
 * are I/O-bound and globally capped by the gateway (15 in flight), so the hasdata queue may hold a
 * few more slots than that to keep the gateway saturated; ml work is CPU-bound, one slot per core.
 */
export function defineQueues(deps: WorkerDependencies): Record<TaskQueueName, QueueDefinition> {
  return {
    search: {
      taskQueue: TASK_QUEUES.search,
      runsWorkflows: true,
      activities: {
        ...createMatchingActivities({ ...deps, related: onetRelatedOccupations }),
      },
      options: { maxConcurrentWorkflowTaskExecutions: 40, maxConcurrentActivityTaskExecutions: 50 },
    },
    hasdata: {
      taskQueue: TASK_QUEUES.hasdata,
      runsWorkflows: false,
      activities: {},
      options: { maxConcurrentActivityTaskExecutions: 40 },
    },
    ml: {
      taskQueue: TASK_QUEUES.ml,
      runsWorkflows: false,
      activities: {
        ...createUnderstandingActivities({
          db: deps.db,
          logger: deps.logger.child({ component: 'understanding' }),
          limits: deps.config.understanding.limits,
        }),
      },
      options: { maxConcurrentActivityTaskExecutions: Math.max(1, os.cpus().length) },
    },
    maintenance: {
      taskQueue: TASK_QUEUES.maintenance,
      runsWorkflows: true,
      activities: {},
      options: { maxConcurrentActivityTaskExecutions: 4 },
    },
  };
}
