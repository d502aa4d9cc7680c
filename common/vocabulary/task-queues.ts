/**
 * Task queues, one per kind of work, so each scales on its own (docs/architecture.md#task-queues):
 * - search: workflows and light database activities
 * - hasdata: activities that call the paid provider through the gateway (budget-gated)
 * - ml: document reading, OCR, embeddings (CPU-bound)
 * - maintenance: scheduled clean-up workflows
 * The configuration (WORKER_QUEUES) and temporal/task-queues.ts build on this list.
 */
export const TASK_QUEUE_NAMES = ['search', 'hasdata', 'ml', 'maintenance'] as const;
export type TaskQueueName = (typeof TASK_QUEUE_NAMES)[number];

/** The queues a search and its enrichments run on; fixed in production, unique per test file in tests. */
export type TaskQueueNames = Readonly<Record<Exclude<TaskQueueName, 'maintenance'>, string>>;
