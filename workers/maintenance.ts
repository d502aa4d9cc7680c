import type { Client } from '@temporalio/client';
import type { Config } from '../common/config';
import type { Logger } from '../common/logger';
import { MAINTENANCE_WORKFLOW_TYPES, type ReembedInput } from '../common/vocabulary/maintenance';
import { upsertMaintenanceSchedules } from '../temporal/schedules';
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
