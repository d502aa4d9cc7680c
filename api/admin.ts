import type { Client } from '@temporalio/client';
import { HirehoundError } from '../common/errors';
import type { MaintenanceMetrics } from '../common/metrics/maintenance-metrics';
import { MAINTENANCE_WORKFLOW_TYPES, SCHEDULED_TASKS } from '../common/vocabulary/maintenance';
import type { Tier } from '../common/vocabulary/search';
import { readHourlyFigures, type HourlyFigures } from '../store/analytics';
import type { DB } from '../store/database';
import {
  claimDeadLetterForRequeue,
  findDeadLetter,
  listDeadLetters,
  releaseDeadLetter,
  setRequeuedWorkflow,
  type DeadLetter,
} from '../store/dead-letters';
import { maintenanceStats } from '../store/maintenance-runs';
import type { AnalyticsView, DeadLetterView } from './contract/admin-schemas';
import { bindRoutes, type BoundRoute } from './contract/mount';
import { ROUTES } from './contract/routes';

const HOUR_MS = 3_600_000;

function deadLetterView(letter: DeadLetter): DeadLetterView {
  return {
    id: letter.id,
    task: letter.task,
    workflowId: letter.workflowId,
    runId: letter.runId,
    activity: letter.activity,
    inputSummary: { ...letter.inputSummary },
    errorCode: letter.errorCode,
    errorMessage: letter.errorMessage,
    failedAt: letter.failedAt.toISOString(),
    state: letter.state,
    requeueTask: letter.requeue.task,
    requeueCount: letter.requeueCount,
    requeuedAt: letter.requeuedAt?.toISOString() ?? null,
    requeuedWorkflowId: letter.requeuedWorkflowId,
    resolvedAt: letter.resolvedAt?.toISOString() ?? null,
  };
}

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

type Figures = AnalyticsView['totals']['all'];

/** Counts added up, rates derived from the sums (never averaged across hours). */
function figuresOf(rows: readonly HourlyFigures[]): Figures {
  const sum = (pick: (row: HourlyFigures) => number): number => rows.reduce((total, row) => total + pick(row), 0);
  const searches = sum((r) => r.searches);
  const credits = sum((r) => r.credits);
  const useful = sum((r) => r.usefulResults);
  const done = sum((r) => r.enrichDone);
  const failed = sum((r) => r.enrichFailed);
  return {
    searches,
    cacheHitRate: ratio(
      sum((r) => r.cacheHits),
      searches,
    ),
    discoveryRate: ratio(
      sum((r) => r.discoveryTriggered),
      searches,
    ),
    credits,
    creditsPerSearch: ratio(credits, searches),
    results: sum((r) => r.results),
    usefulResults: useful,
    openedResults: sum((r) => r.openedResults),
    creditsPerUsefulResult: useful > 0 ? credits / useful : null,
    enrichment: { done, failed, expired: sum((r) => r.enrichExpired), successRate: ratio(done, done + failed) },
  };
}

/**
 * The admin routes of scheduled maintenance: dead letters (list, requeue), the record of runs, and
 * the hourly analytics the roll-up stores.
 */
export function adminRoutes(deps: {
  readonly db: DB;
  readonly temporal: Client;
  /** The maintenance task queue and the deployment's prefix for maintenance workflow ids. */
  readonly maintenanceQueue: string;
  readonly workflowIdPrefix: string;
  readonly metrics: Pick<MaintenanceMetrics, 'recordRequeue'>;
}): BoundRoute[] {
  const { db } = deps;
  return bindRoutes(ROUTES.admin, {
    deadLetters: async ({ query }, _req, res) => {
      const page = await listDeadLetters(db, query);
      res.json({ total: page.total, offset: query.offset, items: page.items.map(deadLetterView) });
    },

    requeueDeadLetter: async ({ params }, _req, res) => {
      if (!(await findDeadLetter(db, params.id))) throw new HirehoundError('MAINTENANCE_DEAD_LETTER_NOT_FOUND');
      const letter = await claimDeadLetterForRequeue(db, params.id);
      if (!letter) throw new HirehoundError('MAINTENANCE_DEAD_LETTER_NOT_PENDING');
      const workflowId = `${deps.workflowIdPrefix}maintenance-requeue-${letter.id}-${letter.requeueCount}`;
      try {
        await deps.temporal.workflow.start(MAINTENANCE_WORKFLOW_TYPES[letter.requeue.task], {
          workflowId,
          taskQueue: deps.maintenanceQueue,
          args: [{ ...letter.requeue.input, deadLetterId: letter.id }],
        });
      } catch (err) {
        await releaseDeadLetter(db, letter.id);
        throw new HirehoundError('DEPENDENCY_UNAVAILABLE', {
          message: 'The requeued run could not be started',
          cause: err,
        });
      }
      await setRequeuedWorkflow(db, letter.id, workflowId);
      deps.metrics.recordRequeue(MAINTENANCE_WORKFLOW_TYPES[letter.requeue.task]);
      res.status(202).json({ deadLetter: deadLetterView({ ...letter, requeuedWorkflowId: workflowId }), workflowId });
    },

    maintenance: async (_input, _req, res) => {
      const stats = await maintenanceStats(db);
      const tasks = Object.fromEntries(
        Object.entries(stats.tasks).map(([task, s]) => [
          task,
          {
            runs: s.runs,
            failures: s.failures,
            lastFinishedAt: s.lastFinishedAt?.toISOString() ?? null,
            lastOutcome: s.lastOutcome,
            lastSummary: s.lastSummary ? { ...s.lastSummary } : null,
          },
        ]),
      );
      res.json({ scheduledTasks: [...SCHEDULED_TASKS], tasks, deadLetters: stats.deadLetters });
    },

    analytics: async ({ query }, _req, res) => {
      const to = query.to ? new Date(query.to) : new Date(Math.floor(Date.now() / HOUR_MS) * HOUR_MS + HOUR_MS);
      const from = query.from ? new Date(query.from) : new Date(to.getTime() - 24 * HOUR_MS);
      const rows = await readHourlyFigures(db, from, to);
      const byTier = (tier: Tier) => figuresOf(rows.filter((r) => r.tier === tier));
      res.json({
        from: from.toISOString(),
        to: to.toISOString(),
        hours: rows.map((r) => ({
          ...figuresOf([r]),
          hour: r.hour.toISOString(),
          tier: r.tier,
          firstResultsMs: { p50: r.firstResultsP50Ms, p95: r.firstResultsP95Ms },
          computedAt: r.computedAt.toISOString(),
        })),
        totals: { free: byTier('free'), paid: byTier('paid'), all: figuresOf(rows) },
      });
    },
  });
}
