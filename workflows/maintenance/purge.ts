import { proxyActivities } from '@temporalio/workflow';
import type { MaintenanceActivities } from '../../activities/maintenance';
import type { MaintenanceSummary, PurgeInput } from '../../common/vocabulary/maintenance';
import { retryPolicy } from '../retry-policy';
import { runMaintenance } from './run';

const storage = proxyActivities<Pick<MaintenanceActivities, 'archiveExpiredJobs' | 'deleteArchivedPayloads'>>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '1 minute',
  retry: retryPolicy({ maximumAttempts: 5, initialInterval: '10 seconds', maximumInterval: '5 minutes' }),
});

/** Each activity call archives at most this many batches, so a retry never redoes much. */
const BATCHES_PER_CALL = 20;
const PAYLOAD_JOBS_PER_CALL = 200;
/** A backlog larger than this many calls (400k jobs at the default batch) waits for tomorrow's run. */
const MAX_CALLS = 20;

/**
 * The daily purge: jobs not discovered within the freshness window move to `archived_jobs` and
 * leave the search set, in short batches; payloads of jobs archived longer than the grace period
 * ago are deleted.
 */
export async function purgeWorkflow(input: PurgeInput): Promise<MaintenanceSummary> {
  return runMaintenance('purge', input, { batchSize: input.batchSize }, async () => {
    let archived = 0;
    let withPayload = 0;
    let calls = 0;
    for (let done = false; !done && calls < MAX_CALLS; calls++) {
      const step = await storage.archiveExpiredJobs({ batchSize: input.batchSize, maxBatches: BATCHES_PER_CALL });
      archived += step.archived;
      withPayload += step.withPayload;
      done = step.done;
    }
    let payloadJobs = 0;
    let payloadObjects = 0;
    for (let done = false, n = 0; !done && n < MAX_CALLS; n++) {
      const step = await storage.deleteArchivedPayloads({ limit: PAYLOAD_JOBS_PER_CALL });
      payloadJobs += step.jobs;
      payloadObjects += step.objects;
      done = step.done;
    }
    return {
      archived,
      archivedWithPayload: withPayload,
      payloadsDeletedForJobs: payloadJobs,
      payloadObjectsDeleted: payloadObjects,
    };
  });
}
