import type { Client } from '@temporalio/client';
import type { TaskQueueNames } from '../common/vocabulary/task-queues';
import type { IngestionBatch, IngestionResult, IngestionRunner } from '../ingestion/batch';
import { ingestionWorkflowId } from '../temporal/workflow-ids';
import type { IngestPostingsInput } from '../workflows/ingestion/workflow';

/**
 * Runs a batch through `ingestPostingsWorkflow` and waits for it: what discovery (per listing page)
 * and enrichment (per fetched posting) call from their activities, so the search re-ranks only
 * postings that went through the whole pipeline. The run's id comes from the payload and a running
 * one is joined (USE_EXISTING); a finished one may run again (its steps are idempotent, so that only
 * marks the postings seen again).
 */
export function createIngestionBridge(deps: {
  readonly client: Client;
  readonly taskQueues: TaskQueueNames;
}): IngestionRunner {
  return {
    async ingest(batch: IngestionBatch): Promise<IngestionResult> {
      const input: IngestPostingsInput = { batch, taskQueues: deps.taskQueues };
      const handle = await deps.client.workflow.start('ingestPostingsWorkflow', {
        workflowId: ingestionWorkflowId(batch.id),
        taskQueue: deps.taskQueues.search,
        args: [input],
        workflowIdConflictPolicy: 'USE_EXISTING',
        workflowIdReusePolicy: 'ALLOW_DUPLICATE',
      });
      return (await handle.result()) as IngestionResult;
    },
  };
}
