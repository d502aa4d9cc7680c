import { Context } from '@temporalio/activity';
import type { Client } from '@temporalio/client';
import { z } from 'zod';
import type { TaskQueueNames } from '../common/vocabulary/task-queues';
import type { DB } from '../store/database';
import { markJobEnrichmentFailed } from '../store/job-enrichment';
import { enrichWorkflowId } from '../temporal/workflow-ids';
import type { EnrichJobInput } from '../workflows/enrich/workflow';
import type { EnrichRequest, EnrichResult } from './search-types';

/** What a waiter records in its heartbeat: the run it waits for. */
const WaitedRun = z.object({ workflowId: z.string(), runId: z.string() });

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
 * run another parent started (docs/architecture.md#temporal-facts), so an activity starts the run with the USE_EXISTING
 * conflict policy (or gets the one already running) and waits for its result, heartbeating so a dead
 * worker is noticed and a cancelled search stops waiting.
 */
export function createEnrichmentActivities(deps: EnrichmentActivityDeps) {
  return {
    async awaitEnrichment(request: EnrichRequest): Promise<EnrichResult> {
      const context = Context.current();
      const workflowId = enrichWorkflowId(request.jobId);
      // A retried waiter (its worker died) goes back to the run it was waiting for, even if that run
      // has finished meanwhile: starting anew would not learn what that run paid for this search.
      const waited = WaitedRun.safeParse(context.info.heartbeatDetails);
      let runId: string;
      if (waited.success && waited.data.workflowId === workflowId) {
        runId = waited.data.runId;
      } else {
        const input: EnrichJobInput = { ...request, taskQueues: deps.taskQueues, backoff: deps.backoff };
        const started = await deps.client.workflow.start('enrichJobWorkflow', {
          workflowId,
          taskQueue: deps.taskQueues.search,
          args: [input],
          workflowIdConflictPolicy: 'USE_EXISTING',
          // A finished run may be repeated later (the job went stale); the fetch activity itself
          // skips the provider when the job was enriched meanwhile.
          workflowIdReusePolicy: 'ALLOW_DUPLICATE',
        });
        runId = started.firstExecutionRunId;
      }
      const details = { workflowId, runId };
      // The result arrives the moment the run ends; heartbeats meanwhile tell Temporal this waiter is
      // alive (and deliver a cancellation of the search as context.cancelled).
      context.heartbeat(details);
      const timer = setInterval(() => context.heartbeat(details), deps.heartbeatEveryMs);
      try {
        const result = deps.client.workflow.getHandle(workflowId, runId).result() as Promise<EnrichResult>;
        return await Promise.race([result, context.cancelled]);
      } finally {
        clearInterval(timer);
      }
    },

    async markEnrichmentFailed({ jobId, reason }: { jobId: string; reason: string }): Promise<void> {
      await markJobEnrichmentFailed(deps.db, jobId, reason);
    },
  };
}

/** The bridge to the shared `enrich-<jobId>` workflow, and its bookkeeping. */
export type EnrichmentActivities = ReturnType<typeof createEnrichmentActivities>;
