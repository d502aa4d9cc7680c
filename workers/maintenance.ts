import type { Client } from '@temporalio/client';
import type { MaintenanceEvents } from '../activities/maintenance';
import type { Config } from '../common/config';
import type { Logger } from '../common/logger';
import type { MaintenanceMetrics } from '../common/metrics/maintenance-metrics';
import { MAINTENANCE_WORKFLOW_TYPES, type ReembedInput } from '../common/vocabulary/maintenance';
import { maintenanceScheduleId, upsertMaintenanceSchedules } from '../temporal/schedules';
import { taskQueueNames } from '../temporal/task-queues';
import { reembedWorkflowId } from '../temporal/workflow-ids';
import type { WorkerDependencies } from './dependencies';

/**
 * What a worker polling the `maintenance` queue does at start: upsert the maintenance schedules
 * and, when the stored vectors are of another embedding model than the configured one, make sure
 * the re-embedding runs (one run per target model: a restarted worker joins it).
 */
export async function startMaintenance(
  client: Client,
  config: Config,
  deps: Pick<WorkerDependencies, 'embeddingChange'>,
  logger: Logger,
): Promise<void> {
  await upsertMaintenanceSchedules(client, config, logger);
  const change = deps.embeddingChange;
  if (!change) return;
  const prefix = config.temporal.taskQueuePrefix;
  const input: ReembedInput = { targetTag: change.toTag, batchSize: config.maintenance.reembed.batchSize };
  const handle = await client.workflow.start(MAINTENANCE_WORKFLOW_TYPES.reembed, {
    workflowId: reembedWorkflowId(prefix, change.toTag),
    taskQueue: taskQueueNames(prefix).maintenance,
    args: [input],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
  logger.info({ workflowId: handle.workflowId, from: change.fromTag, to: change.toTag }, 're-embedding under way');
}

/**
 * The maintenance activities' runs and dead letters as metrics: a run under its schedule's stable
 * id, a dead letter under the workflow type of its task and the activity that failed.
 */
export function maintenanceEvents(metrics: MaintenanceMetrics, prefix: string): MaintenanceEvents {
  return {
    onRunFinished: ({ task, outcome, durationMs }) =>
      metrics.recordRun(maintenanceScheduleId(prefix, task), outcome, durationMs),
    onDeadLetter: ({ task, activity }) =>
      metrics.recordDeadLetter(MAINTENANCE_WORKFLOW_TYPES[task], activity ?? 'workflow'),
  };
}
