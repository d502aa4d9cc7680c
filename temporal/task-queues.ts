import { TASK_QUEUE_NAMES, type TaskQueueName } from '../common/vocabulary/task-queues';

export type { TaskQueueName } from '../common/vocabulary/task-queues';

/**
 * The queue names of one deployment. A prefix (TEMPORAL_TASK_QUEUE_PREFIX) lets several stacks share
 * one Temporal namespace without stealing each other's tasks (tests run a worker process this way).
 */
export function taskQueueNames(prefix = ''): Readonly<Record<TaskQueueName, string>> {
  return Object.fromEntries(TASK_QUEUE_NAMES.map((name) => [name, `${prefix}${name}`])) as Record<
    TaskQueueName,
    string
  >;
}

/** The unprefixed names, as production runs them. */
export const TASK_QUEUES = taskQueueNames();
