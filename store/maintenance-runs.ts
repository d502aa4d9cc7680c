import type { MaintenanceTask } from '../common/vocabulary/maintenance';
import type { DB } from './database';
import { countDeadLetters } from './dead-letters';

/**
 * Every finished maintenance run, and the figures an operator (or a metrics scrape) wants from
 * them: runs and failures per task, the last run, dead letters by state.
 */

export interface FinishedRun {
  readonly task: MaintenanceTask;
  readonly workflowId: string;
  readonly runId: string;
  readonly startedAt: Date;
  readonly outcome: 'completed' | 'failed';
  readonly summary: Readonly<Record<string, unknown>>;
  readonly errorMessage: string | null;
}

/** Idempotent per run: a retried recording activity does not count the run twice. */
export async function recordMaintenanceRun(db: DB, run: FinishedRun): Promise<void> {
  await db
    .insertInto('maintenance_runs')
    .values({
      task: run.task,
      workflow_id: run.workflowId,
      run_id: run.runId,
      started_at: run.startedAt,
      outcome: run.outcome,
      summary: JSON.stringify(run.summary),
      error_message: run.errorMessage,
    })
    .onConflict((oc) => oc.column('run_id').doNothing())
    .execute();
}

export interface TaskStats {
  readonly runs: number;
  readonly failures: number;
  readonly lastFinishedAt: Date | null;
  readonly lastOutcome: 'completed' | 'failed' | null;
  readonly lastSummary: Readonly<Record<string, unknown>> | null;
}

export interface MaintenanceStats {
  readonly tasks: Readonly<Record<string, TaskStats>>;
  readonly deadLetters: Awaited<ReturnType<typeof countDeadLetters>>;
}

/**
 * The hook for metrics (schedule runs, failures, dead letters): counters that only grow, read
 * from the database, so any process can export them whichever worker ran the task.
 */
export async function maintenanceStats(db: DB): Promise<MaintenanceStats> {
  const totals = await db
    .selectFrom('maintenance_runs')
    .select([
      'task',
      (eb) => eb.fn.countAll<string>().as('runs'),
      (eb) => eb.fn.countAll<string>().filterWhere('outcome', '=', 'failed').as('failures'),
    ])
    .groupBy('task')
    .execute();
  const last = await db
    .selectFrom('maintenance_runs')
    .distinctOn('task')
    .select(['task', 'finished_at', 'outcome', 'summary'])
    .orderBy('task')
    .orderBy('finished_at', 'desc')
    .execute();
  const tasks: Record<string, TaskStats> = {};
  for (const row of totals) {
    const latest = last.find((l) => l.task === row.task);
    tasks[row.task] = {
      runs: Number(row.runs),
      failures: Number(row.failures),
      lastFinishedAt: latest?.finished_at ?? null,
      lastOutcome: latest?.outcome ?? null,
      lastSummary: latest?.summary ?? null,
    };
  }
  return { tasks, deadLetters: await countDeadLetters(db) };
}
