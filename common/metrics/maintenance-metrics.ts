import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { DURATION_BUCKETS, METRIC_PREFIX } from './registry';

/**
 * Series of the scheduled upkeep (Temporal Schedules on the `maintenance` queue) and of the
 * dead-letter table. The schedules' workflows cannot count (they are replayed); their activities
 * call this, with the schedule's stable id as `schedule` and the workflow and activity names as
 * they are registered. The Temporal SDK's own `temporal_workflow_completed|failed{workflow_type}`
 * count the same runs from the worker's side (docs/observability.md).
 */

export type MaintenanceRunOutcome = 'completed' | 'failed';

export interface MaintenanceMetrics {
  /** One run of a scheduled maintenance workflow ended; `durationMs` from its start when known. */
  recordRun(schedule: string, outcome: MaintenanceRunOutcome, durationMs?: number): void;
  /** Something failed for good and was written to the dead-letter table. */
  recordDeadLetter(workflow: string, activity: string): void;
  /** A dead letter was put back to work (the admin API's requeue). */
  recordRequeue(workflow: string): void;
  /** How many dead letters wait, read when scraped (a COUNT on the table). */
  trackPendingDeadLetters(read: () => Promise<number>): void;
}

export function createMaintenanceMetrics(registry: Registry): MaintenanceMetrics {
  const p = METRIC_PREFIX;
  const runs = new Counter({
    name: `${p}maintenance_runs_total`,
    help: 'Runs of scheduled maintenance workflows, by schedule and outcome (completed, failed)',
    labelNames: ['schedule', 'outcome'],
    registers: [registry],
  });
  const durations = new Histogram({
    name: `${p}maintenance_run_seconds`,
    help: 'How long a scheduled maintenance run took',
    labelNames: ['schedule'],
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const lastRun = new Gauge({
    name: `${p}maintenance_last_run_timestamp_seconds`,
    help: 'When each schedule last ended with each outcome (Unix seconds): alert when a success is too old',
    labelNames: ['schedule', 'outcome'],
    registers: [registry],
  });
  const deadLetters = new Counter({
    name: `${p}dead_letters_total`,
    help: 'Work that failed for good and went to the dead-letter table, by workflow and activity',
    labelNames: ['workflow', 'activity'],
    registers: [registry],
  });
  const requeued = new Counter({
    name: `${p}dead_letters_requeued_total`,
    help: 'Dead letters put back to work, by workflow',
    labelNames: ['workflow'],
    registers: [registry],
  });
  let pending: (() => Promise<number>) | undefined;
  new Gauge({
    name: `${p}dead_letters_pending`,
    help: 'Dead letters waiting for a person (table truth)',
    registers: [registry],
    async collect() {
      if (!pending) return;
      const count = await pending().catch(() => undefined);
      if (count !== undefined) this.set(count);
    },
  });
  return {
    recordRun(schedule, outcome, durationMs) {
      runs.inc({ schedule, outcome });
      lastRun.set({ schedule, outcome }, Date.now() / 1000);
      if (durationMs !== undefined) durations.observe({ schedule }, durationMs / 1000);
    },
    recordDeadLetter: (workflow, activity) => deadLetters.inc({ workflow, activity }),
    recordRequeue: (workflow) => requeued.inc({ workflow }),
    trackPendingDeadLetters(read) {
      pending = read;
    },
  };
}
