import { proxyActivities } from '@temporalio/workflow';
import type { IngestionActivities } from '../../activities/ingestion';
import type { TaskQueueNames } from '../../common/vocabulary/task-queues';
import { runIngestion, type IngestionBatch, type IngestionResult } from '../../ingestion/batch';
import { retryPolicy } from '../retry-policy';

export interface IngestPostingsInput {
  readonly batch: IngestionBatch;
  readonly taskQueues: TaskQueueNames;
}

function activitiesFor(queues: TaskQueueNames) {
  return {
    // Cleaning, the analysis shared with resumes, MinHash and the embedding: CPU work for the ml queue.
    ml: proxyActivities<Pick<IngestionActivities, 'stagePostings'>>({
      taskQueue: queues.ml,
      startToCloseTimeout: '5 minutes',
      heartbeatTimeout: '30 seconds',
      retry: retryPolicy({ maximumAttempts: 5, initialInterval: '1 second', maximumInterval: '30 seconds' }),
    }),
    // Short database steps; clustering waits for one advisory lock shared by all batches. On the
    // ml queue too: on the search queue, enrichment waiters holding every slot starved them.
    database: proxyActivities<Pick<IngestionActivities, 'matchCompanies' | 'clusterPostings' | 'publishPostings'>>({
      taskQueue: queues.ml,
      // A dead worker's step is retried after this: short database steps, a short deadline.
      startToCloseTimeout: '30 seconds',
      retry: retryPolicy({ maximumAttempts: 5, initialInterval: '500 ms', maximumInterval: '20 seconds' }),
    }),
  };
}

/**
 * One batch of postings (a listing page, one fetched posting, a feed) from raw payload to published
 * postings: stage (clean, normalize, analyse, embed), companies, clusters, scores and publication
 * (docs/ingestion.md). Its id is `ingest-<batch id>`, derived from the payload, so the same page
 * fetched twice is ingested by one run that both callers wait for. Every step is idempotent: a
 * retried step, or the whole batch run again, changes nothing twice.
 */
export async function ingestPostingsWorkflow(input: IngestPostingsInput): Promise<IngestionResult> {
  const { ml, database } = activitiesFor(input.taskQueues);
  // Named one by one: an activity proxy has no own keys to spread.
  return runIngestion(
    {
      stagePostings: ml.stagePostings,
      matchCompanies: database.matchCompanies,
      clusterPostings: database.clusterPostings,
      publishPostings: database.publishPostings,
    },
    input.batch,
  );
}
