/**
 * Task queues, one per kind of work, so each scales on its own (docs/architecture.md#task-queues):
 * - search: workflows and light database activities
 * - hasdata: activities that call the paid provider through the gateway (budget-gated)
 * - ml: reading documents in-process (text, Markdown, HTML, DOCX), analysis, embeddings (CPU-bound)
 * - documents: reading documents with OS tools (PDF, images: poppler, Tesseract), apart from ml so
 *   a slow scan or a crafted PDF never holds the slots quick reads and embeddings need
 * - maintenance: scheduled clean-up workflows
 * The configuration (WORKER_QUEUES) and temporal/task-queues.ts build on this list.
 */
export const TASK_QUEUE_NAMES = ['search', 'hasdata', 'ml', 'documents', 'maintenance'] as const;
export type TaskQueueName = (typeof TASK_QUEUE_NAMES)[number];

/** The queues a search and its enrichments run on; fixed in production, unique per test file in tests. */
export type TaskQueueNames = Readonly<Record<Exclude<TaskQueueName, 'maintenance' | 'documents'>, string>>;
