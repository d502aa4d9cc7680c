import type { TaskQueueNames } from './task-queues';

/**
 * The maintenance vocabulary shared by the schedules (temporal/schedules.ts), the maintenance
 * workflows and their activities, the dead-letter store and the admin API: task names, each
 * workflow's input and what a run reports. Pure types and constants (the workflow bundle imports it).
 */

/** The scheduled tasks, each one Temporal Schedule and one workflow on the `maintenance` queue. */
export const SCHEDULED_TASKS = [
  'purge',
  'stale-enrichment',
  'credit-watch',
  'index-upkeep',
  'object-cleanup',
  'analytics-rollup',
] as const;
export type ScheduledTask = (typeof SCHEDULED_TASKS)[number];

/** Every maintenance task: the scheduled ones, and re-embedding, started when the embedding model changes. */
export type MaintenanceTask = ScheduledTask | 'reembed' | 'enrichment-retry';

/** Set when a run re-does a dead letter (POST /v1/admin/dead-letters/{id}/requeue). */
export interface RequeueMarker {
  readonly deadLetterId?: string | undefined;
}

export interface PurgeInput extends RequeueMarker {
  /** Jobs archived per transaction. */
  readonly batchSize: number;
}

export interface StaleEnrichmentInput extends RequeueMarker {
  readonly maxAttempts: number;
  /** Credits the night's retries may spend, at most. */
  readonly creditAllowance: number;
  /** The most one enrichment can cost (job API, then the scraping fallback). */
  readonly maxCreditsPerEnrichment: number;
  readonly taskQueues: TaskQueueNames;
  readonly backoff: { readonly initialMs: number; readonly maxMs: number; readonly maxWaitMs: number };
}

/** One more attempt at an enrichment that failed for good (a requeued dead letter). */
export interface EnrichmentRetryInput extends RequeueMarker {
  readonly jobId: string;
  readonly searchId: string;
  readonly userId: string;
  readonly taskQueues: TaskQueueNames;
  readonly backoff: StaleEnrichmentInput['backoff'];
}

export type CreditWatchInput = RequeueMarker;
export type IndexUpkeepInput = RequeueMarker;
export type ObjectCleanupInput = RequeueMarker;
export type AnalyticsRollupInput = RequeueMarker;

export interface ReembedInput extends RequeueMarker {
  /** The embedder tag the jobs move to (the configured model). */
  readonly targetTag: string;
  readonly batchSize: number;
  /** Where the walk continues after continue-as-new (a job id; null: from the start). */
  readonly after?: string | null | undefined;
  /** Jobs staged by earlier runs of this chain. */
  readonly staged?: number | undefined;
}

/** What a run of a maintenance workflow reports (kept in maintenance_runs.summary). */
export type MaintenanceSummary = object;

/** The workflow type that runs each task (schedules and requeues start workflows by type name). */
export const MAINTENANCE_WORKFLOW_TYPES = {
  purge: 'purgeWorkflow',
  'stale-enrichment': 'staleEnrichmentWorkflow',
  'credit-watch': 'creditWatchWorkflow',
  'index-upkeep': 'indexUpkeepWorkflow',
  'object-cleanup': 'objectCleanupWorkflow',
  'analytics-rollup': 'analyticsRollupWorkflow',
  reembed: 'reembedJobsWorkflow',
  'enrichment-retry': 'enrichmentRetryWorkflow',
} as const satisfies Record<MaintenanceTask, string>;

/** A dead letter's life: waiting for an operator, re-done by a requeued run, or fixed by it. */
export const DEAD_LETTER_STATES = ['pending', 'requeued', 'resolved'] as const;
export type DeadLetterState = (typeof DEAD_LETTER_STATES)[number];

/** What to start to re-do a dead letter: a maintenance workflow and its input. */
export interface RequeueAction {
  readonly task: MaintenanceTask;
  readonly input: Readonly<Record<string, unknown>>;
}

/** A dead letter as the maintenance workflows report it. */
export interface NewDeadLetter {
  readonly task: MaintenanceTask;
  readonly workflowId: string;
  readonly runId: string;
  /** The activity (or child workflow) that failed for good; null when the workflow itself failed. */
  readonly activity: string | null;
  /** A short, human-readable account of the input (ids, counts), never a whole payload. */
  readonly inputSummary: Readonly<Record<string, unknown>>;
  readonly errorCode: string | null;
  readonly errorMessage: string;
  readonly requeue: RequeueAction;
}

/** A search result counts as useful when its user opened it, or when it ranked this high. */
export const USEFUL_RESULT_TOP_RANK = 20;
