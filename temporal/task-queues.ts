/**
 * Task queues, one per kind of work, so each scales on its own (docs/architecture.md#task-queues):
 * - search: workflows and light database activities
 * - hasdata: activities that call the paid provider through the gateway (budget-gated)
 * - ml: document reading, OCR, embeddings (CPU-bound)
 * - maintenance: scheduled clean-up workflows
 */
export const TASK_QUEUES = {
  search: 'search',
  hasdata: 'hasdata',
  ml: 'ml',
  maintenance: 'maintenance',
} as const;

export type TaskQueueName = keyof typeof TASK_QUEUES;

export const ALL_TASK_QUEUES: readonly TaskQueueName[] = ['search', 'hasdata', 'ml', 'maintenance'];

/**
 * The queue names of one deployment. A prefix (TEMPORAL_TASK_QUEUE_PREFIX) lets several stacks share
 * one Temporal namespace without stealing each other's tasks (tests run a worker process this way).
 */
export function taskQueueNames(prefix = ''): Readonly<Record<TaskQueueName, string>> {
  return {
    search: `${prefix}${TASK_QUEUES.search}`,
    hasdata: `${prefix}${TASK_QUEUES.hasdata}`,
    ml: `${prefix}${TASK_QUEUES.ml}`,
    maintenance: `${prefix}${TASK_QUEUES.maintenance}`,
  };
}
