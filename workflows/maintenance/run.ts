import {
  ActivityFailure,
  ApplicationFailure,
  ChildWorkflowFailure,
  ContinueAsNew,
  proxyActivities,
  workflowInfo,
} from '@temporalio/workflow';
import type { MaintenanceActivities } from '../../activities/maintenance';
import type {
  MaintenanceSummary,
  MaintenanceTask,
  NewDeadLetter,
  RequeueMarker,
} from '../../common/vocabulary/maintenance';
import { retryPolicy } from '../retry-policy';

/** Recording what happened must outlast a database blip: retried for a good while. */
const bookkeeping = proxyActivities<
  Pick<MaintenanceActivities, 'recordMaintenanceRun' | 'recordDeadLetter' | 'resolveDeadLetter' | 'reopenDeadLetter'>
>({
  startToCloseTimeout: '30 seconds',
  retry: retryPolicy({ maximumAttempts: 20, initialInterval: '1 second', maximumInterval: '1 minute' }),
});

/** What failed and why, from a workflow failure: the activity (or child workflow) and our error code. */
export function describeFailure(err: unknown): {
  activity: string | null;
  errorCode: string | null;
  errorMessage: string;
} {
  let activity: string | null = null;
  let cause: unknown = err;
  if (err instanceof ActivityFailure) {
    activity = err.activityType;
    cause = err.cause;
  } else if (err instanceof ChildWorkflowFailure) {
    activity = `workflow ${err.workflowType}`;
    cause = err.cause;
  }
  const errorCode = cause instanceof ApplicationFailure ? (cause.type ?? null) : null;
  const errorMessage = cause instanceof Error ? cause.message : String(cause);
  return { activity, errorCode, errorMessage };
}

/** Records a dead letter for work inside a run that failed for good (the run itself goes on). */
export async function recordDeadLetter(letter: Omit<NewDeadLetter, 'workflowId' | 'runId'>): Promise<void> {
  const { workflowId, runId } = workflowInfo();
  await bookkeeping.recordDeadLetter({ ...letter, workflowId, runId });
}

/**
 * Every maintenance workflow runs its body through this: the run is recorded (maintenance_runs:
 * the operator's and the metrics' view), a run that fails for good leaves a dead letter whose
 * requeue starts the same workflow with the same input, and a requeued run resolves its letter,
 * or reopens it with the new error. Continue-as-new is not an ending: the chain's last run records.
 */
export async function runMaintenance<I extends RequeueMarker>(
  task: MaintenanceTask,
  input: I,
  inputSummary: Readonly<Record<string, unknown>>,
  body: () => Promise<MaintenanceSummary>,
): Promise<MaintenanceSummary> {
  const { workflowId, runId, runStartTime } = workflowInfo();
  const run = { task, workflowId, runId, startedAt: runStartTime.toISOString() };
  const { deadLetterId, ...requeueInput } = input;
  try {
    const summary = await body();
    await bookkeeping.recordMaintenanceRun({
      ...run,
      outcome: 'completed',
      summary: { ...summary },
      errorMessage: null,
    });
    if (deadLetterId) await bookkeeping.resolveDeadLetter({ id: deadLetterId });
    return summary;
  } catch (err) {
    if (err instanceof ContinueAsNew) throw err;
    const failure = describeFailure(err);
    await bookkeeping.recordMaintenanceRun({
      ...run,
      outcome: 'failed',
      summary: {},
      errorMessage: failure.errorMessage,
    });
    if (deadLetterId) {
      await bookkeeping.reopenDeadLetter({
        id: deadLetterId,
        runId,
        errorCode: failure.errorCode,
        errorMessage: failure.errorMessage,
      });
    } else {
      await bookkeeping.recordDeadLetter({
        task,
        workflowId,
        runId,
        activity: failure.activity,
        inputSummary,
        errorCode: failure.errorCode,
        errorMessage: failure.errorMessage,
        requeue: { task, input: requeueInput },
      });
    }
    throw err;
  }
}
