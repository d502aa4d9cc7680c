import { sql } from 'kysely';
import type { DeadLetterState, MaintenanceTask, NewDeadLetter } from '../common/vocabulary/maintenance';
import type { DeadLetterRow } from '../schema/dead-letters.table';
import type { DB } from './database';

/**
 * The dead-letter table: what maintenance failed to do for good (a run that exhausted its retries,
 * an enrichment that exhausted its nightly retries), kept until an operator requeues it. A letter
 * is requeued at most once at a time (pending → requeued); the run that re-does it resolves it, or
 * puts it back to pending with its new error.
 */

/** A stored dead letter: what was reported, and what became of it. */
export interface DeadLetter extends NewDeadLetter {
  readonly id: string;
  readonly failedAt: Date;
  readonly state: DeadLetterState;
  readonly requeueCount: number;
  readonly requeuedAt: Date | null;
  readonly requeuedWorkflowId: string | null;
  readonly resolvedAt: Date | null;
}

function toDeadLetter(row: DeadLetterRow): DeadLetter {
  return {
    id: row.id,
    task: row.task as MaintenanceTask,
    workflowId: row.workflow_id,
    runId: row.run_id,
    activity: row.activity,
    inputSummary: row.input_summary,
    errorCode: row.error_code,
    errorMessage: row.error_message,
    failedAt: row.failed_at,
    state: row.state,
    requeue: row.requeue,
    requeueCount: row.requeue_count,
    requeuedAt: row.requeued_at,
    requeuedWorkflowId: row.requeued_workflow_id,
    resolvedAt: row.resolved_at,
  };
}

export async function insertDeadLetter(db: DB, letter: NewDeadLetter): Promise<string> {
  const row = await db
    .insertInto('dead_letters')
    .values({
      task: letter.task,
      workflow_id: letter.workflowId,
      run_id: letter.runId,
      activity: letter.activity,
      input_summary: JSON.stringify(letter.inputSummary),
      error_code: letter.errorCode,
      error_message: letter.errorMessage,
      requeue: JSON.stringify(letter.requeue),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function findDeadLetter(db: DB, id: string): Promise<DeadLetter | undefined> {
  const row = await db.selectFrom('dead_letters').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toDeadLetter(row) : undefined;
}

export async function listDeadLetters(
  db: DB,
  options: { readonly state?: DeadLetterState | undefined; readonly offset: number; readonly limit: number },
): Promise<{ total: number; items: DeadLetter[] }> {
  let query = db.selectFrom('dead_letters');
  if (options.state) query = query.where('state', '=', options.state);
  const [rows, count] = await Promise.all([
    query.selectAll().orderBy('failed_at', 'desc').orderBy('id').offset(options.offset).limit(options.limit).execute(),
    query.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { total: Number(count.n), items: rows.map(toDeadLetter) };
}

/** pending → requeued, atomically: of two operators requeueing at once, one wins. */
export async function claimDeadLetterForRequeue(db: DB, id: string): Promise<DeadLetter | undefined> {
  const row = await db
    .updateTable('dead_letters')
    .set({ state: 'requeued', requeue_count: sql<number>`requeue_count + 1`, requeued_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .returningAll()
    .executeTakeFirst();
  return row ? toDeadLetter(row) : undefined;
}

export async function setRequeuedWorkflow(db: DB, id: string, workflowId: string): Promise<void> {
  await db.updateTable('dead_letters').set({ requeued_workflow_id: workflowId }).where('id', '=', id).execute();
}

/** The requeued run could not even start: the letter waits again. */
export async function releaseDeadLetter(db: DB, id: string): Promise<void> {
  await db.updateTable('dead_letters').set({ state: 'pending' }).where('id', '=', id).execute();
}

/** The requeued run did it. */
export async function resolveDeadLetter(db: DB, id: string): Promise<void> {
  await db
    .updateTable('dead_letters')
    .set({ state: 'resolved', resolved_at: sql<Date>`now()` })
    .where('id', '=', id)
    .execute();
}

/** The requeued run failed too: the same letter waits again, with the new error. */
export async function reopenDeadLetter(
  db: DB,
  id: string,
  failure: { readonly errorCode: string | null; readonly errorMessage: string; readonly runId: string },
): Promise<void> {
  await db
    .updateTable('dead_letters')
    .set({
      state: 'pending',
      error_code: failure.errorCode,
      error_message: failure.errorMessage,
      run_id: failure.runId,
      failed_at: sql<Date>`now()`,
    })
    .where('id', '=', id)
    .execute();
}

/** Letters by state, for the operator's overview and metrics. */
export async function countDeadLetters(db: DB): Promise<Record<DeadLetterState, number>> {
  const rows = await db
    .selectFrom('dead_letters')
    .select(['state', (eb) => eb.fn.countAll<string>().as('n')])
    .groupBy('state')
    .execute();
  const counts: Record<DeadLetterState, number> = { pending: 0, requeued: 0, resolved: 0 };
  for (const row of rows) counts[row.state] = Number(row.n);
  return counts;
}
