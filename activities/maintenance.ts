import type { Config } from '../common/config';
import type { Logger } from '../common/logger';
import type { MaintenanceTask, NewDeadLetter } from '../common/vocabulary/maintenance';
import type { GatewayClient } from '../gateway/client';
import type { Embedder } from '../matching/embeddings/embedder';
import type { DB } from '../store/database';
import { insertDeadLetter, reopenDeadLetter, resolveDeadLetter } from '../store/dead-letters';
import { recordMaintenanceRun } from '../store/maintenance-runs';
import type { ObjectStore } from '../store/objects/object-store';
import { createCreditMaintenanceActivities } from './maintenance-credits';
import { createDatabaseMaintenanceActivities } from './maintenance-database';
import { createReembeddingActivities } from './maintenance-reembedding';
import { createStorageMaintenanceActivities } from './maintenance-storage';

/**
 * What a maintenance run reports when it ends: hooks for metrics (runs, failures, dead letters),
 * called after the fact is stored. The same figures are in the database (store/maintenance-runs.ts).
 */
export interface MaintenanceEvents {
  onRunFinished?(run: { task: MaintenanceTask; outcome: 'completed' | 'failed'; durationMs: number }): void;
  onDeadLetter?(letter: { task: MaintenanceTask; activity: string | null }): void;
}

export interface MaintenanceActivityDeps {
  readonly config: Config;
  readonly logger: Logger;
  readonly db: DB;
  readonly objects: ObjectStore;
  readonly gateway: Pick<GatewayClient, 'creditStatus'> | undefined;
  /** The configured embedding model (what a model change re-embeds the jobs with). */
  readonly targetEmbedder: Embedder;
  readonly events?: MaintenanceEvents;
  readonly heartbeatEveryMs?: number;
  readonly now?: () => Date;
}

/**
 * Every activity of the maintenance workflows, on the `maintenance` queue. None calls the paid
 * provider: the only maintenance work that does (retrying failed enrichments) runs the ordinary
 * `enrich-<jobId>` workflow, whose provider activities go through the gateway.
 */
export function createMaintenanceActivities(deps: MaintenanceActivityDeps) {
  const { config } = deps;
  const settings = config.maintenance;
  const heartbeatEveryMs = deps.heartbeatEveryMs ?? 5_000;
  const clock = deps.now ? { now: deps.now } : {};
  return {
    ...createStorageMaintenanceActivities({
      db: deps.db,
      objects: deps.objects,
      logger: deps.logger,
      freshnessDays: config.matching.freshnessDays,
      payloadGraceDays: settings.purge.payloadGraceDays,
      objectMinAgeHours: settings.objectMinAgeHours,
      ...clock,
    }),
    ...createDatabaseMaintenanceActivities({
      db: deps.db,
      index: { ...settings.index, k: config.matching.candidates, efSearch: config.matching.efSearch },
      analyticsLookbackHours: settings.analyticsLookbackHours,
      heartbeatEveryMs,
      ...clock,
    }),
    ...createCreditMaintenanceActivities({
      db: deps.db,
      logger: deps.logger,
      gateway: deps.gateway,
      freshnessDays: config.matching.freshnessDays,
      stuckHours: settings.enrichment.stuckHours,
      ...clock,
    }),
    ...createReembeddingActivities({ db: deps.db, target: deps.targetEmbedder, heartbeatEveryMs }),

    async recordMaintenanceRun(run: {
      task: MaintenanceTask;
      workflowId: string;
      runId: string;
      startedAt: string;
      outcome: 'completed' | 'failed';
      summary: Record<string, unknown>;
      errorMessage: string | null;
    }): Promise<void> {
      const startedAt = new Date(run.startedAt);
      await recordMaintenanceRun(deps.db, { ...run, startedAt });
      deps.events?.onRunFinished?.({
        task: run.task,
        outcome: run.outcome,
        durationMs: (deps.now?.() ?? new Date()).getTime() - startedAt.getTime(),
      });
      const log = { task: run.task, workflowId: run.workflowId, summary: run.summary };
      if (run.outcome === 'failed') deps.logger.error({ ...log, err: run.errorMessage }, 'maintenance run failed');
      else deps.logger.info(log, 'maintenance run completed');
    },

    async recordDeadLetter(letter: NewDeadLetter): Promise<{ id: string }> {
      const id = await insertDeadLetter(deps.db, letter);
      deps.events?.onDeadLetter?.({ task: letter.task, activity: letter.activity });
      deps.logger.warn(
        {
          deadLetter: id,
          task: letter.task,
          activity: letter.activity,
          input: letter.inputSummary,
          err: letter.errorMessage,
        },
        'maintenance work failed for good (dead letter)',
      );
      return { id };
    },

    async resolveDeadLetter({ id }: { id: string }): Promise<void> {
      await resolveDeadLetter(deps.db, id);
    },

    async reopenDeadLetter(request: {
      id: string;
      errorCode: string | null;
      errorMessage: string;
      runId: string;
    }): Promise<void> {
      await reopenDeadLetter(deps.db, request.id, request);
    },
  };
}

export type MaintenanceActivities = ReturnType<typeof createMaintenanceActivities>;
