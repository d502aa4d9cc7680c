import type { Logger } from '../common/logger';
import { withApplicationFailures } from './application-failure';
import type { GatewayClient } from '../gateway/client';
import type { DB } from '../store/database';
import {
  findRetryCandidates,
  markRetriesExhausted,
  recordRetryAttempt,
  resetStuckEnrichments,
  type RetryCandidate,
} from '../store/enrichment-retries';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export interface CreditMaintenanceDeps {
  readonly db: DB;
  readonly logger: Logger;
  /** Only the credit status: the credit watch reads the gateway's ledger and never calls the provider. */
  readonly gateway: Pick<GatewayClient, 'creditStatus'> | undefined;
  readonly freshnessDays: number;
  readonly stuckHours: number;
  readonly now?: () => Date;
}

export interface CreditWatchReport {
  readonly month: string;
  readonly used: number;
  readonly budget: number;
  /** Thresholds alerted this month (each once, whichever check or call crossed it first). */
  readonly alertedThresholds: readonly number[];
  readonly openCircuits: readonly { endpoint: string; reason: string | null; openUntil: string | null }[];
}

/**
 * The credit watch (every 5 minutes) and the bookkeeping of the nightly enrichment retries. The
 * retries themselves run as `enrich-<jobId>` workflows, so they go through the gateway like any
 * enrichment: budget, caps, circuit and ledger apply.
 */
export function createCreditMaintenanceActivities(deps: CreditMaintenanceDeps) {
  const now = (): Date => deps.now?.() ?? new Date();

  return {
    /**
     * Asks the gateway for the month's credits. Reading the status makes the gateway check every
     * alert threshold against what is spent, so an alert goes out (once a month, by the gateway's
     * own alert mechanism) even when no call crossed the line: a lowered budget, spend booked
     * late. Open circuits are reported here.
     */
    checkCredits: (): Promise<CreditWatchReport | { skipped: string }> =>
      withApplicationFailures(async () => {
        if (!deps.gateway) return { skipped: 'no gateway is configured (GATEWAY_URL)' };
        const status = await deps.gateway.creditStatus();
        const openCircuits = Object.entries(status.circuits)
          .filter(([, circuit]) => circuit.state !== 'closed')
          .map(([endpoint, circuit]) => ({ endpoint, reason: circuit.reason, openUntil: circuit.openUntil }));
        for (const circuit of openCircuits) {
          deps.logger.warn(
            { alert: 'circuit_open', endpoint: circuit.endpoint, reason: circuit.reason, openUntil: circuit.openUntil },
            `provider circuit for ${circuit.endpoint} is open`,
          );
        }
        return {
          month: status.month,
          used: status.used,
          budget: status.budget,
          alertedThresholds: status.alerts.fired.map((a) => a.threshold),
          openCircuits,
        };
      }),

    async resetStuckEnrichments(): Promise<{ reset: number }> {
      const reset = await resetStuckEnrichments(deps.db, new Date(now().getTime() - deps.stuckHours * HOUR_MS));
      return { reset };
    },

    async planEnrichmentRetries(request: { maxAttempts: number; limit: number }): Promise<RetryCandidate[]> {
      return findRetryCandidates(deps.db, {
        maxAttempts: request.maxAttempts,
        freshSince: new Date(now().getTime() - deps.freshnessDays * DAY_MS),
        limit: request.limit,
      });
    },

    /** Counts one attempt; once the attempts are spent and the job is still failed, it is failed for good. */
    async recordEnrichmentRetry(request: {
      candidate: RetryCandidate;
      outcome: string;
      credits: number;
      error: string | null;
      maxAttempts: number;
    }): Promise<{ attempts: number; exhausted: boolean }> {
      const { candidate } = request;
      const attempts = await recordRetryAttempt(deps.db, {
        jobId: candidate.jobId,
        searchId: candidate.searchId,
        userId: candidate.userId,
        outcome: request.outcome,
        credits: request.credits,
        error: request.error,
      });
      const exhausted = request.outcome === 'failed' && attempts >= request.maxAttempts;
      if (exhausted) await markRetriesExhausted(deps.db, candidate.jobId);
      return { attempts, exhausted };
    },
  };
}

export type CreditMaintenanceActivities = ReturnType<typeof createCreditMaintenanceActivities>;
