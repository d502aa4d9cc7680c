import { z } from 'zod';
import { DEAD_LETTER_STATES, SCHEDULED_TASKS } from '../../common/vocabulary/maintenance';
import { TIERS } from '../../common/vocabulary/search';

/** Request and response schemas of the admin routes for scheduled maintenance (api/admin.ts). */

const timestamp = () => z.iso.datetime().describe('ISO 8601, UTC');
const rate = () => z.number().min(0).max(1).nullable().describe('Share in [0, 1]; null when nothing to divide by');

export const DeadLetterQuery = z
  .object({
    state: z.enum(DEAD_LETTER_STATES).optional().describe('Only letters in this state (all when absent).'),
    offset: z.coerce.number().int().min(0).max(100_000).default(0).describe('Letters to skip.'),
    limit: z.coerce.number().int().min(1).max(200).default(50).describe('Letters on the page.'),
  })
  .strict();

export const DeadLetterIdParams = z.object({ id: z.uuid().describe("The dead letter's id.") });

const DeadLetterView = z
  .object({
    id: z.uuid(),
    task: z.string().describe('The maintenance task: purge, stale-enrichment, credit-watch, …'),
    workflowId: z.string(),
    runId: z.string(),
    activity: z
      .string()
      .nullable()
      .describe('The activity or child workflow that failed for good; null for the workflow'),
    inputSummary: z.record(z.string(), z.unknown()).describe('What it was working on (ids, counts)'),
    errorCode: z.string().nullable(),
    errorMessage: z.string(),
    failedAt: timestamp(),
    state: z
      .enum(DEAD_LETTER_STATES)
      .describe('pending: waits for a requeue; requeued: a run is re-doing it; resolved'),
    requeueTask: z.string().describe('The task a requeue starts'),
    requeueCount: z.number().int(),
    requeuedAt: timestamp().nullable(),
    requeuedWorkflowId: z.string().nullable(),
    resolvedAt: timestamp().nullable(),
  })
  .meta({ id: 'DeadLetter' });
export type DeadLetterView = z.output<typeof DeadLetterView>;

export const DeadLetterPage = z
  .object({ total: z.number().int(), offset: z.number().int(), items: z.array(DeadLetterView) })
  .meta({ id: 'DeadLetterPage' });

export const RequeuedDeadLetter = z
  .object({
    deadLetter: DeadLetterView,
    workflowId: z.string().describe('The run re-doing it, on the maintenance queue (follow it in the Temporal UI)'),
  })
  .meta({ id: 'RequeuedDeadLetter' });

export const AnalyticsQuery = z
  .object({
    from: z.iso.datetime().optional().describe('Start of the range (default: 24 hours before `to`).'),
    to: z.iso.datetime().optional().describe('End of the range, exclusive (default: the end of the current hour).'),
  })
  .strict();

const Figures = z.object({
  searches: z.number().int(),
  cacheHitRate: rate().describe('Searches answered without discovery (no listing call to the provider)'),
  discoveryRate: rate().describe('Searches that triggered discovery (paid searches only ever do)'),
  credits: z.number().int(),
  creditsPerSearch: z.number().nullable(),
  results: z.number().int(),
  usefulResults: z.number().int().describe('Results the person opened, or that ranked in the top 20'),
  openedResults: z.number().int().describe('Results whose job page the searching user opened afterwards'),
  creditsPerUsefulResult: z.number().nullable(),
  enrichment: z.object({
    done: z.number().int(),
    failed: z.number().int(),
    expired: z.number().int(),
    successRate: rate().describe('done / (done + failed); an expired posting is neither'),
  }),
});

const HourFigures = Figures.extend({
  hour: timestamp(),
  tier: z.enum(TIERS),
  firstResultsMs: z
    .object({ p50: z.number().nullable(), p95: z.number().nullable() })
    .describe('Time to the first ranking (the cache phase), per hour: percentiles do not add up across hours'),
  computedAt: timestamp(),
});

export const AnalyticsView = z
  .object({
    from: timestamp(),
    to: timestamp(),
    hours: z.array(HourFigures).describe('Searches by the hour they started in, per tier, oldest first'),
    totals: z.object({ free: Figures, paid: Figures, all: Figures }).describe('The range, added up'),
  })
  .meta({ id: 'Analytics' });
export type AnalyticsView = z.output<typeof AnalyticsView>;

const TaskStatsView = z.object({
  runs: z.number().int(),
  failures: z.number().int(),
  lastFinishedAt: timestamp().nullable(),
  lastOutcome: z.enum(['completed', 'failed']).nullable(),
  lastSummary: z.record(z.string(), z.unknown()).nullable(),
});

export const MaintenanceView = z
  .object({
    scheduledTasks: z.array(z.enum(SCHEDULED_TASKS)),
    tasks: z.record(z.string(), TaskStatsView).describe('Runs and failures per task since the beginning'),
    deadLetters: z.object({ pending: z.number().int(), requeued: z.number().int(), resolved: z.number().int() }),
  })
  .meta({ id: 'Maintenance' });
