import crypto from 'node:crypto';
import {
  ScheduleAlreadyRunning,
  type Client,
  type ScheduleOptions,
  type ScheduleOptionsStartWorkflowAction,
  type ScheduleSpec,
  type Workflow,
} from '@temporalio/client';
import type { Config } from '../common/config';
import type { Logger } from '../common/logger';
import {
  MAINTENANCE_WORKFLOW_TYPES,
  type AnalyticsRollupInput,
  type CreditWatchInput,
  type IndexUpkeepInput,
  type MaintenanceTask,
  type ObjectCleanupInput,
  type PurgeInput,
  type ScheduledTask,
  type StaleEnrichmentInput,
} from '../common/vocabulary/maintenance';
import { taskQueueNames } from './task-queues';

/**
 * The maintenance schedules (docs/operations.md#scheduled-maintenance): one Temporal Schedule per
 * task, each starting its workflow on the `maintenance` queue, upserted when a worker polling that
 * queue starts. Ids are stable (the deployment's task-queue prefix + `maintenance-<task>`), so a
 * restart finds its schedules instead of adding new ones. Times are UTC.
 *
 * Every schedule skips a run while the previous one is still going (overlap SKIP): two purges or
 * two index rebuilds at once would only compete for the same rows and locks, and each run does the
 * whole backlog anyway. The catch-up window says which runs missed during an outage are made up
 * once the server is back; it is set on each schedule because the server's default (a year) would
 * replay a long outage's worth of credit checks, and the SDK sends nothing unless told. Failures
 * do not pause a schedule: a failed run leaves a dead letter, and the next run tries again.
 */

export interface MaintenanceSchedule {
  readonly task: ScheduledTask;
  readonly scheduleId: string;
  readonly spec: ScheduleSpec;
  readonly action: ScheduleOptionsStartWorkflowAction<Workflow>;
  readonly policies: NonNullable<ScheduleOptions['policies']>;
}

/** Where each schedule's definition hash is kept: the started runs' memo, compared on upsert. */
export const DEFINITION_MEMO_KEY = 'maintenanceDefinition';

/**
 * The schedule id of a task in a deployment (the prefix keeps test stacks sharing a server apart).
 * Tasks without a schedule (re-embedding, a requeued enrichment) are counted under the same form.
 */
export function maintenanceScheduleId(prefix: string, task: MaintenanceTask): string {
  return `${prefix}maintenance-${task}`;
}

interface TaskPlan<I> {
  readonly spec: ScheduleSpec;
  readonly overlap: 'SKIP';
  readonly catchupWindow: string;
  /** A run that has not finished by then is ended, so a hung run cannot block the schedule for ever. */
  readonly timeout: string;
  readonly input: I;
}

/** What runs when, from the configuration: a changed setting changes the action, and so the schedule. */
export function maintenanceSchedules(config: Config): MaintenanceSchedule[] {
  const settings = config.maintenance;
  const queues = taskQueueNames(config.temporal.taskQueuePrefix);
  const costs = config.hasdata.costs;
  // The most one enrichment costs: the dearer job API, then the scraping fallback (activities/provider.ts).
  const maxCreditsPerEnrichment = Math.max(costs['indeed.job'], costs['glassdoor.job']) + costs.web.datacenter;
  const plans: { readonly [T in ScheduledTask]: TaskPlan<unknown> } = {
    // Daily in the quiet hours. Missed by an outage: made up within a day, else tomorrow's run does it.
    purge: {
      spec: { cronExpressions: ['0 3 * * *'] },
      overlap: 'SKIP',
      catchupWindow: '1 day',
      timeout: '6 hours',
      input: { batchSize: settings.purge.batchSize } satisfies PurgeInput,
    },
    // Nightly, before the purge. It spends credits, so a night missed by more than a few hours is
    // left to the next night rather than run in the day.
    'stale-enrichment': {
      spec: { cronExpressions: ['0 2 * * *'] },
      overlap: 'SKIP',
      catchupWindow: '6 hours',
      timeout: '6 hours',
      input: {
        maxAttempts: settings.enrichment.maxAttempts,
        creditAllowance: settings.enrichment.nightlyCredits,
        maxCreditsPerEnrichment,
        taskQueues: { search: queues.search, hasdata: queues.hasdata, ml: queues.ml },
        backoff: config.search.backoff,
      } satisfies StaleEnrichmentInput,
    },
    // Every 5 minutes. Only the latest state matters: after an outage one check runs, not a backlog.
    'credit-watch': {
      spec: { intervals: [{ every: '5 minutes' }] },
      overlap: 'SKIP',
      catchupWindow: '5 minutes',
      timeout: '2 minutes',
      input: {} satisfies CreditWatchInput,
    },
    // Weekly, Sunday early morning, when searches are fewest.
    'index-upkeep': {
      spec: { cronExpressions: ['0 4 * * 0'] },
      overlap: 'SKIP',
      catchupWindow: '1 day',
      timeout: '6 hours',
      input: {} satisfies IndexUpkeepInput,
    },
    // Weekly, after the index upkeep.
    'object-cleanup': {
      spec: { cronExpressions: ['0 5 * * 0'] },
      overlap: 'SKIP',
      catchupWindow: '1 day',
      timeout: '6 hours',
      input: {} satisfies ObjectCleanupInput,
    },
    // Hourly, once the hour is over. Each run recomputes the recent hours, so one catch-up run covers any gap.
    'analytics-rollup': {
      spec: { cronExpressions: ['5 * * * *'] },
      overlap: 'SKIP',
      catchupWindow: '1 hour',
      timeout: '30 minutes',
      input: {} satisfies AnalyticsRollupInput,
    },
  };
  return (Object.keys(plans) as ScheduledTask[]).map((task) => {
    const plan = plans[task];
    const scheduleId = maintenanceScheduleId(config.temporal.taskQueuePrefix, task);
    return {
      task,
      scheduleId,
      spec: plan.spec,
      action: {
        type: 'startWorkflow',
        workflowType: MAINTENANCE_WORKFLOW_TYPES[task],
        workflowId: scheduleId,
        taskQueue: queues.maintenance,
        args: [plan.input],
        workflowExecutionTimeout: plan.timeout,
      },
      policies: { overlap: plan.overlap, catchupWindow: plan.catchupWindow, pauseOnFailure: false },
    };
  });
}

/** A digest of what a schedule does (spec, action, policies): equal digests mean nothing to update. */
export function definitionHash(schedule: MaintenanceSchedule): string {
  const { spec, action, policies } = schedule;
  return crypto.createHash('sha256').update(JSON.stringify({ spec, action, policies })).digest('hex').slice(0, 16);
}

export type UpsertOutcome = 'created' | 'updated' | 'unchanged';

/**
 * Creates each schedule, or, when it exists (ScheduleAlreadyRunning), updates it in place only if
 * its definition changed; its state (paused by an operator, its note) is left as it is. `update()`
 * rewrites the whole schedule without a conflict check, which is why this runs from one place.
 */
export async function upsertSchedules(
  client: Client,
  schedules: readonly MaintenanceSchedule[],
  options: { readonly startPaused: boolean },
): Promise<Record<string, UpsertOutcome>> {
  const outcomes: Record<string, UpsertOutcome> = {};
  for (const schedule of schedules) {
    const hash = definitionHash(schedule);
    const action = { ...schedule.action, memo: { [DEFINITION_MEMO_KEY]: hash } };
    try {
      await client.schedule.create({
        scheduleId: schedule.scheduleId,
        spec: schedule.spec,
        action,
        policies: schedule.policies,
        state: {
          paused: options.startPaused,
          note: options.startPaused ? 'created paused (MAINTENANCE_SCHEDULES_PAUSED)' : 'maintenance',
        },
      });
      outcomes[schedule.scheduleId] = 'created';
    } catch (err) {
      if (!(err instanceof ScheduleAlreadyRunning)) throw err;
      const handle = client.schedule.getHandle(schedule.scheduleId);
      const current = await handle.describe();
      const currentHash =
        current.action.type === 'startWorkflow' ? current.action.memo?.[DEFINITION_MEMO_KEY] : undefined;
      if (currentHash === hash) {
        outcomes[schedule.scheduleId] = 'unchanged';
        continue;
      }
      await handle.update((previous) => ({
        ...previous,
        spec: schedule.spec,
        action,
        policies: schedule.policies,
      }));
      outcomes[schedule.scheduleId] = 'updated';
    }
  }
  return outcomes;
}

/** The worker's start-up call: every maintenance schedule of this deployment, upserted. */
export async function upsertMaintenanceSchedules(
  client: Client,
  config: Config,
  logger: Logger,
): Promise<Record<string, UpsertOutcome>> {
  const outcomes = await upsertSchedules(client, maintenanceSchedules(config), {
    startPaused: config.maintenance.startPaused,
  });
  logger.info({ schedules: outcomes }, 'maintenance schedules upserted');
  return outcomes;
}
