import { ApplicationFailure } from '@temporalio/common';
import { fulltextText, listingText, reembedStaleJobs } from '../matching/documents';
import type { Embedder } from '../matching/embeddings/embedder';
import type { DB } from '../store/database';
import {
  beginEmbeddingChange,
  countStagedEmbeddings,
  findJobsAfter,
  findJobsToRestage,
  findServingModel,
  stageJobEmbeddings,
  switchServingModel,
  type JobVersionSource,
} from '../store/reembedding';
import { heartbeatWhile } from './heartbeat';

export interface ReembeddingDeps {
  readonly db: DB;
  /** The configured model: what the jobs move to. */
  readonly target: Embedder;
  readonly heartbeatEveryMs: number;
}

/**
 * Re-embedding after an embedding model change: the jobs' vectors by the new model are staged
 * beside the served ones, batch by batch, then switched in at once (store/reembedding.ts). Local
 * model compute only; no provider call.
 */
export function createReembeddingActivities(deps: ReembeddingDeps) {
  /** A worker configured with another model must not stage vectors for this change. */
  const requireTarget = (targetTag: string): void => {
    if (deps.target.tag !== targetTag) {
      throw ApplicationFailure.nonRetryable(
        `this worker embeds with ${deps.target.tag}, the change is to ${targetTag}`,
        'MAINTENANCE_EMBEDDING_MODEL_UNAVAILABLE',
      );
    }
  };

  const stage = async (targetTag: string, jobs: readonly JobVersionSource[]): Promise<void> => {
    const withText = jobs.filter((j) => j.descriptionText);
    const [listing, fulltext] = await heartbeatWhile(
      deps.heartbeatEveryMs,
      () => ({ embedding: jobs.length }),
      async () => [await deps.target.embed(jobs.map(listingText)), await deps.target.embed(withText.map(fulltextText))],
    );
    const fulltextById = new Map(withText.map((j, i) => [j.id, fulltext[i] as Float32Array]));
    await stageJobEmbeddings(
      deps.db,
      targetTag,
      jobs.map((j, i) => ({
        jobId: j.id,
        sourceUpdatedAt: j.updatedAt,
        listing: listing[i] as Float32Array,
        fulltext: fulltextById.get(j.id) ?? null,
      })),
    );
  };

  return {
    /** Opens the change; says so when the target already serves (a finished change, run again). */
    async beginReembedding(request: { targetTag: string; workflowId: string }): Promise<{ servingTag: string }> {
      requireTarget(request.targetTag);
      const servingTag = (await findServingModel(deps.db)) ?? request.targetTag;
      if (servingTag !== request.targetTag) {
        await beginEmbeddingChange(deps.db, {
          fromTag: servingTag,
          toTag: request.targetTag,
          workflowId: request.workflowId,
        });
      }
      return { servingTag };
    },

    /** Stages the next `limit` jobs in id order after `after`; `last` is where the walk continues. */
    async stageJobBatch(request: {
      targetTag: string;
      after: string | null;
      limit: number;
    }): Promise<{ staged: number; last: string | null }> {
      requireTarget(request.targetTag);
      const jobs = await findJobsAfter(deps.db, request.after, request.limit);
      await stage(request.targetTag, jobs);
      return { staged: jobs.length, last: jobs.at(-1)?.id ?? null };
    },

    /** Stages jobs added or changed since the walk passed them; 0 when the staged set is complete. */
    async restageChangedJobs(request: { targetTag: string; limit: number }): Promise<{ staged: number }> {
      requireTarget(request.targetTag);
      const jobs = await findJobsToRestage(deps.db, request.targetTag, request.limit);
      await stage(request.targetTag, jobs);
      return { staged: jobs.length };
    },

    async switchToStagedModel(request: { targetTag: string }): Promise<{ jobs: number; ms: number; staged: number }> {
      requireTarget(request.targetTag);
      const staged = await countStagedEmbeddings(deps.db, request.targetTag);
      const switched = await heartbeatWhile(
        deps.heartbeatEveryMs,
        () => ({ switching: staged }),
        () => switchServingModel(deps.db, request.targetTag),
      );
      return { ...switched, staged };
    },

    /**
     * After the switch: vectors the switch could not bring (a job changed in its last moments)
     * are made now with the serving model, directly in place.
     */
    async embedStragglers(request: {
      targetTag: string;
      limit: number;
    }): Promise<{ listing: number; fulltext: number }> {
      requireTarget(request.targetTag);
      return {
        listing: await reembedStaleJobs(deps.db, deps.target, 'listing', request.limit),
        fulltext: await reembedStaleJobs(deps.db, deps.target, 'fulltext', request.limit),
      };
    },
  };
}

export type ReembeddingActivities = ReturnType<typeof createReembeddingActivities>;
