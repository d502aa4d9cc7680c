import { ActivityFailure, log, patched, proxyActivities, sleep } from '@temporalio/workflow';
import type { EmbeddingActivities } from '../../activities/embedding';
import type { EnrichmentActivities } from '../../activities/enrichment';
import type { IngestionActivities } from '../../activities/ingestion';
import type { ProviderActivities } from '../../activities/provider';
import type { EnrichRequest, EnrichResult, FetchDetailsOutcome } from '../../activities/search-types';
import { isTransientRefusal } from '../../common/vocabulary/refusals';
import type { TaskQueueNames } from '../../common/vocabulary/task-queues';
import { retryPolicy } from '../retry-policy';

export interface EnrichJobInput extends EnrichRequest {
  readonly taskQueues: TaskQueueNames;
  /** Durable back-off while the gateway says rate limited or circuit open. */
  readonly backoff: { readonly initialMs: number; readonly maxMs: number; readonly maxWaitMs: number };
}

function activitiesFor(queues: TaskQueueNames) {
  return {
    provider: proxyActivities<Pick<ProviderActivities, 'fetchJobDetails'>>({
      taskQueue: queues.hasdata,
      startToCloseTimeout: '6 minutes', // HasData may take up to 300 s for one page
      heartbeatTimeout: '30 seconds',
      retry: retryPolicy({ maximumAttempts: 4, initialInterval: '2 seconds', maximumInterval: '30 seconds' }),
    }),
    ml: proxyActivities<EmbeddingActivities>({
      taskQueue: queues.ml,
      startToCloseTimeout: '2 minutes',
      retry: retryPolicy({ maximumAttempts: 5, initialInterval: '1 second' }),
    }),
    // The fetched posting's whole ingestion and its full-text embedding: CPU and database work.
    pipeline: proxyActivities<Pick<IngestionActivities, 'ingestFetchedPosting'>>({
      taskQueue: queues.ml,
      startToCloseTimeout: '5 minutes',
      heartbeatTimeout: '30 seconds',
      retry: retryPolicy({ maximumAttempts: 5, initialInterval: '1 second', maximumInterval: '30 seconds' }),
    }),
    bookkeeping: proxyActivities<Pick<EnrichmentActivities, 'markEnrichmentFailed'>>({
      taskQueue: queues.search,
      startToCloseTimeout: '30 seconds',
      retry: retryPolicy({ maximumAttempts: 5 }),
    }),
  };
}

/**
 * Enriches one job: full posting from the job API (web-scraping fallback), raw payload to the object
 * store, text + hash + full-text embedding to the database. Runs as `enrich-<jobId>`, started or
 * joined by every search that wants this job, so the job is paid for once however many searches
 * ask at the same time.
 */
export async function enrichJobWorkflow(input: EnrichJobInput): Promise<EnrichResult> {
  const { backoff } = input;
  const { provider, ml, pipeline, bookkeeping } = activitiesFor(input.taskQueues);
  // Runs recorded before the change let the fetch run an ingestion workflow and embedded after it.
  const ingestHere = patched('enrichment-ingests-in-one-activity');
  let waited = 0;
  let delay = backoff.initialMs;
  let fetched: FetchDetailsOutcome;
  let credits = 0;
  for (;;) {
    try {
      fetched = await provider.fetchJobDetails({
        jobId: input.jobId,
        searchId: input.searchId,
        userId: input.userId,
        ...(ingestHere ? { ingestion: 'caller' as const } : {}),
      });
    } catch (err) {
      const reason = err instanceof ActivityFailure && err.cause ? err.cause.message : String(err);
      log.warn('job details could not be fetched', { jobId: input.jobId, reason });
      await bookkeeping.markEnrichmentFailed({ jobId: input.jobId, reason });
      return { jobId: input.jobId, status: 'failed', reason, creditsCharged: credits, chargedSearchId: input.searchId };
    }
    credits += fetched.creditsCharged;
    if (fetched.outcome !== 'refused') break;
    const transient = isTransientRefusal(fetched.reason);
    const wait = Math.min(Math.max(fetched.retryAfterMs ?? delay, backoff.initialMs), backoff.maxMs);
    if (!transient || waited + wait > backoff.maxWaitMs) {
      return {
        jobId: input.jobId,
        status: 'refused',
        reason: fetched.reason,
        creditsCharged: credits,
        chargedSearchId: input.searchId,
      };
    }
    // A durable timer: survives worker restarts, costs nothing while it waits.
    await sleep(wait);
    waited += wait;
    delay = Math.min(delay * 2, backoff.maxMs);
  }
  if (fetched.outcome === 'expired') {
    return {
      jobId: input.jobId,
      status: 'expired',
      reason: 'posting expired',
      creditsCharged: credits,
      chargedSearchId: input.searchId,
    };
  }
  if (fetched.batch) await pipeline.ingestFetchedPosting({ batch: fetched.batch, jobId: input.jobId });
  else await ml.embedJobFullText({ jobId: input.jobId });
  return {
    jobId: input.jobId,
    status: 'enriched',
    reason: null,
    creditsCharged: credits,
    chargedSearchId: input.searchId,
  };
}
