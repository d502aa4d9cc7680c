import { WorkflowExecutionAlreadyStartedError } from '@temporalio/common';
import { ApplicationFailure, executeChild, proxyActivities } from '@temporalio/workflow';
import type { MaintenanceActivities } from '../../activities/maintenance';
import type { EnrichResult } from '../../activities/search-types';
import type {
  EnrichmentRetryInput,
  MaintenanceSummary,
  StaleEnrichmentInput,
} from '../../common/vocabulary/maintenance';
import { enrichWorkflowId } from '../../temporal/workflow-ids';
import { enrichJobWorkflow } from '../enrich/workflow';
import { retryPolicy } from '../retry-policy';
import { recordDeadLetter, runMaintenance } from './run';

const enrichment = proxyActivities<
  Pick<MaintenanceActivities, 'resetStuckEnrichments' | 'planEnrichmentRetries' | 'recordEnrichmentRetry'>
>({
  startToCloseTimeout: '5 minutes',
  retry: retryPolicy({ maximumAttempts: 5, initialInterval: '5 seconds' }),
});

type RetryTarget = Pick<EnrichmentRetryInput, 'jobId' | 'searchId' | 'userId' | 'taskQueues' | 'backoff'>;

/**
 * One enrichment attempt as any search makes it: the shared `enrich-<jobId>` workflow, whose
 * provider calls go through the gateway and are charged to the paid search that asked for the job.
 * Undefined when a search is enriching the job right now (its run will settle the job).
 */
async function attemptEnrichment(target: RetryTarget): Promise<EnrichResult | undefined> {
  try {
    return await executeChild(enrichJobWorkflow, {
      workflowId: enrichWorkflowId(target.jobId),
      taskQueue: target.taskQueues.search,
      args: [
        {
          jobId: target.jobId,
          searchId: target.searchId,
          userId: target.userId,
          taskQueues: target.taskQueues,
          backoff: target.backoff,
        },
      ],
    });
  } catch (err) {
    if (err instanceof WorkflowExecutionAlreadyStartedError) return undefined;
    throw err;
  }
}

/**
 * The nightly stale-enrichment upkeep: jobs stuck `queued`/`in_progress` are reset; failed
 * enrichments that a paid search asked for are retried, at most `maxAttempts` nights each and
 * within the night's credit allowance (a retry starts only while the allowance still covers the
 * most one enrichment can cost); a job that fails its last attempt is failed for good and leaves a
 * dead letter. A refusal by the gateway (budget, cap, circuit) ends the night's retries uncounted.
 */
export async function staleEnrichmentWorkflow(input: StaleEnrichmentInput): Promise<MaintenanceSummary> {
  const summary = { maxAttempts: input.maxAttempts, creditAllowance: input.creditAllowance };
  return runMaintenance('stale-enrichment', input, summary, async () => {
    const { reset } = await enrichment.resetStuckEnrichments();
    const affordable =
      input.maxCreditsPerEnrichment > 0 ? Math.floor(input.creditAllowance / input.maxCreditsPerEnrichment) : 0;
    const candidates =
      input.maxAttempts > 0 && affordable > 0
        ? await enrichment.planEnrichmentRetries({
            maxAttempts: input.maxAttempts,
            limit: Math.min(500, affordable * 2),
          })
        : [];
    const outcomes: Record<string, number> = {};
    let spent = 0;
    let stoppedBy: string | null = null;
    let gaveUp = 0;
    for (const candidate of candidates) {
      if (spent + input.maxCreditsPerEnrichment > input.creditAllowance) {
        stoppedBy = 'credit allowance';
        break;
      }
      const result = await attemptEnrichment({ ...candidate, taskQueues: input.taskQueues, backoff: input.backoff });
      const outcome = result?.status ?? 'in_use';
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      if (!result) continue;
      spent += result.creditsCharged;
      if (result.status === 'refused') {
        stoppedBy = `gateway refused: ${result.reason ?? 'unknown'}`;
        break;
      }
      const { attempts, exhausted } = await enrichment.recordEnrichmentRetry({
        candidate,
        outcome: result.status,
        credits: result.creditsCharged,
        error: result.status === 'failed' ? result.reason : null,
        maxAttempts: input.maxAttempts,
      });
      if (exhausted) {
        gaveUp += 1;
        await recordDeadLetter({
          task: 'stale-enrichment',
          activity: 'workflow enrichJobWorkflow',
          inputSummary: { jobId: candidate.jobId, searchId: candidate.searchId, attempts },
          errorCode: null,
          errorMessage: result.reason ?? 'enrichment failed',
          requeue: {
            task: 'enrichment-retry',
            input: {
              jobId: candidate.jobId,
              searchId: candidate.searchId,
              userId: candidate.userId,
              taskQueues: input.taskQueues,
              backoff: input.backoff,
            },
          },
        });
      }
    }
    return { reset, candidates: candidates.length, outcomes, creditsSpent: spent, gaveUp, stoppedBy };
  });
}

/**
 * One more attempt at an enrichment that failed for good, when an operator requeues its dead
 * letter: the letter is resolved when the job is enriched (or turned out expired), and waits
 * again otherwise.
 */
export async function enrichmentRetryWorkflow(input: EnrichmentRetryInput): Promise<MaintenanceSummary> {
  return runMaintenance('enrichment-retry', input, { jobId: input.jobId, searchId: input.searchId }, async () => {
    const result = await attemptEnrichment(input);
    if (!result)
      throw ApplicationFailure.create({
        message: 'the job is being enriched by a search right now',
        nonRetryable: true,
      });
    await enrichment.recordEnrichmentRetry({
      candidate: { jobId: input.jobId, searchId: input.searchId, userId: input.userId, attempts: 0 },
      outcome: result.status,
      credits: result.creditsCharged,
      error: result.status === 'enriched' || result.status === 'expired' ? null : result.reason,
      maxAttempts: Number.MAX_SAFE_INTEGER,
    });
    if (result.status !== 'enriched' && result.status !== 'expired') {
      throw ApplicationFailure.create({
        message: `enrichment ${result.status}: ${result.reason ?? 'no reason given'}`,
        nonRetryable: true,
      });
    }
    return { jobId: input.jobId, status: result.status, creditsCharged: result.creditsCharged };
  });
}
