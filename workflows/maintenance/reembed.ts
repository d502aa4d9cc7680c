import { continueAsNew, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { MaintenanceActivities } from '../../activities/maintenance';
import type { MaintenanceSummary, ReembedInput } from '../../common/vocabulary/maintenance';
import { retryPolicy } from '../retry-policy';
import { runMaintenance } from './run';

const embedding = proxyActivities<
  Pick<
    MaintenanceActivities,
    'beginReembedding' | 'stageJobBatch' | 'restageChangedJobs' | 'switchToStagedModel' | 'embedStragglers'
  >
>({
  startToCloseTimeout: '30 minutes',
  // Activities heartbeat every 5 s while they embed: a worker that went away mid-batch is noticed
  // within 20 s and the batch is redone by another.
  heartbeatTimeout: '20 seconds',
  retry: retryPolicy({ maximumAttempts: 10, initialInterval: '5 seconds', maximumInterval: '2 minutes' }),
});

/** Batches per run before continue-as-new: keeps each run's history small whatever the job count. */
const BATCHES_PER_RUN = 50;
const MAX_RESTAGE_ROUNDS = 20;

/**
 * Re-embedding after the embedding model changed: walks every job in id order, staging its vectors
 * by the new model beside the served ones (continue-as-new every few batches, the position carried
 * in the input), then stages the jobs that changed meanwhile, and switches all at once. Searches
 * use the old vectors, with the old model, until the switch. A worker restart costs at most the
 * batch in flight.
 */
export async function reembedJobsWorkflow(input: ReembedInput): Promise<MaintenanceSummary> {
  return runMaintenance('reembed', input, { targetTag: input.targetTag, after: input.after ?? null }, async () => {
    const first = input.after === undefined;
    if (first) {
      const { servingTag } = await embedding.beginReembedding({
        targetTag: input.targetTag,
        workflowId: workflowInfo().workflowId,
      });
      if (servingTag === input.targetTag) return { targetTag: input.targetTag, alreadyServing: true };
    }
    let after = input.after ?? null;
    let staged = input.staged ?? 0;
    for (let batch = 0; batch < BATCHES_PER_RUN; batch++) {
      const step = await embedding.stageJobBatch({ targetTag: input.targetTag, after, limit: input.batchSize });
      staged += step.staged;
      if (step.last === null || step.staged < input.batchSize) {
        after = null;
        break;
      }
      after = step.last;
    }
    if (after !== null) {
      await continueAsNew<typeof reembedJobsWorkflow>({ ...input, after, staged });
    }
    let restaged = 0;
    for (let round = 0; round < MAX_RESTAGE_ROUNDS; round++) {
      const step = await embedding.restageChangedJobs({ targetTag: input.targetTag, limit: input.batchSize });
      restaged += step.staged;
      if (step.staged < input.batchSize) break;
    }
    const switched = await embedding.switchToStagedModel({ targetTag: input.targetTag });
    const stragglers = await embedding.embedStragglers({ targetTag: input.targetTag, limit: 100_000 });
    return { targetTag: input.targetTag, staged, restaged, switched, stragglers };
  });
}
