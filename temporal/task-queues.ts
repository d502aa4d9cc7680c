/**
 * Task queues, one per kind of work, so each scales on its own (DESIGN.md section 2):
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
