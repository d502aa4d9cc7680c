import { Context } from '@temporalio/activity';
import type { Client } from '@temporalio/client';
import type { DB } from '../store/database';
import { markJobEnrichmentFailed } from '../store/job-enrichment';
import { enrichWorkflowId } from '../temporal/workflow-ids';
import type { EnrichJobInput } from '../workflows/enrich/workflow';
import type { TaskQueueNames } from '../workflows/search/model';
import type { EnrichmentActivities, EnrichRequest, EnrichResult } from './search-types';

export interface EnrichmentActivityDeps {
  readonly client: Client;
  readonly db: DB;
  readonly taskQueues: TaskQueueNames;
  readonly backoff: EnrichJobInput['backoff'];
  /** How often the waiting activity heartbeats (well under its heartbeat timeout). */
  readonly heartbeatEveryMs: number;
}

/**
 * The bridge between a search and the shared `enrich-<jobId>` workflow. Child workflows cannot join a
 * run another parent started (TEMPORAL-NOTES §2), so an activity starts the run with the USE_EXISTING
 * conflict policy (or gets the one already running) and waits for its result, heartbeating so a dead
 * worker is noticed and a cancelled search stops waiting.
 */
export function createEnrichmentActivities(deps: EnrichmentActivityDeps): EnrichmentActivities {
  return {
    async awaitEnrichment(request: EnrichRequest): Promise<EnrichResult> {
      const input: EnrichJobInput = { ...request, taskQueues: deps.taskQueues, backoff: deps.backoff };
      const handle = await deps.client.workflow.start('enrichJobWorkflow', {
        workflowId: enrichWorkflowId(request.jobId),
        taskQueue: deps.taskQueues.search,
        args: [input],
        workflowIdConflictPolicy: 'USE_EXISTING',
        // A finished run may be repeated later (the job went stale); the fetch activity itself skips
        // the provider when the job was enriched meanwhile.
        workflowIdReusePolicy: 'ALLOW_DUPLICATE',
      });
      const context = Context.current();
      // The result arrives the moment the run ends; heartbeats meanwhile tell Temporal this waiter is
      // alive (and deliver a cancellation of the search as context.cancelled).
      context.heartbeat({ workflowId: handle.workflowId });
      const timer = setInterval(() => context.heartbeat({ workflowId: handle.workflowId }), deps.heartbeatEveryMs);
      try {
        return await Promise.race([handle.result() as Promise<EnrichResult>, context.cancelled]);
      } finally {
        clearInterval(timer);
      }
    },

    async markEnrichmentFailed({ jobId, reason }): Promise<void> {
      await markJobEnrichmentFailed(deps.db, jobId, reason);
    },
  };
}
