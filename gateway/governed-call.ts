import crypto from 'node:crypto';
import type { HasDataEndpoint } from '../common/hasdata-endpoints';
import type { GovernedEndpoint } from '../common/model-endpoints';
import { ERROR_CATALOGUE, HirehoundError, isHirehoundError, type ErrorCode } from '../common/errors';
import type { Logger } from '../common/logger';
import type { CallContext, ProviderErrorKind, RefusalReason, Timing } from './contract';
import type { ProviderOutcome } from './hasdata/client';
import type { CreditGovernor } from './governance/governor';
import type { ProviderSignal } from './governance/script-protocol';
import type { SettlementBook } from './governance/settlement-book';
import type { SlotQueue } from './governance/slot-queue';
import type { GatewayMetrics } from './metrics';
import type { UserCaps } from './user-caps';

/**
 * The life of one provider call: who pays (the user's daily cap), a slot and the credits (reserved
 * atomically, or a typed refusal that costs nothing), the call itself with its lease renewed while
 * it runs, then the booking: what the provider billed is settled, the rest refunded, the circuit
 * and backoff told what happened, the ledger entry written. The caller learns what it cost.
 */

interface ErrorInfo {
  readonly code: ErrorCode;
  readonly message: string;
}

interface AnswerBase {
  readonly requestId: string;
  readonly creditsCharged: number;
  readonly timing: Timing;
}

export type GatewayAnswer<T> =
  | (AnswerBase & { readonly outcome: 'ok'; readonly data: T })
  | (AnswerBase & { readonly outcome: 'expired'; readonly error: ErrorInfo })
  | (AnswerBase & {
      readonly outcome: 'refused';
      readonly reason: RefusalReason;
      readonly retryAfterMs: number | null;
      readonly error: ErrorInfo;
    })
  | (AnswerBase & {
      readonly outcome: 'provider_error';
      readonly status: number | null;
      readonly kind: ProviderErrorKind;
      readonly retryable: boolean;
      readonly retryAfterMs: number | null;
      readonly error: ErrorInfo;
    });

export const REFUSAL_CODES: Readonly<Record<RefusalReason, ErrorCode>> = {
  rate_limited: 'GATEWAY_RATE_LIMITED',
  circuit_open: 'GATEWAY_CIRCUIT_OPEN',
  budget_exhausted: 'GATEWAY_BUDGET_EXHAUSTED',
  user_cap_reached: 'GATEWAY_USER_CAP_REACHED',
  unavailable: 'GATEWAY_UNAVAILABLE',
};

export const PROVIDER_ERROR_CODES: Readonly<Record<ProviderErrorKind, ErrorCode>> = {
  bad_api_key: 'PROVIDER_BAD_API_KEY',
  out_of_credits: 'PROVIDER_OUT_OF_CREDITS',
  bad_parameters: 'PROVIDER_BAD_PARAMETERS',
  rate_limited: 'PROVIDER_RATE_LIMITED',
  server_error: 'PROVIDER_SERVER_ERROR',
  timeout: 'PROVIDER_TIMEOUT',
  malformed: 'PROVIDER_MALFORMED_RESPONSE',
  unreachable: 'PROVIDER_UNREACHABLE',
};

/** What a finished call says about the provider's health (see the circuit breaker in lua.ts). */
function signalOf(outcome: ProviderOutcome<unknown>): ProviderSignal {
  if (outcome.kind !== 'failed') return 'success';
  switch (outcome.failure) {
    case 'server_error':
    case 'timeout':
    case 'unreachable':
    case 'malformed':
      return 'failure';
    case 'rate_limited':
      return 'rate_limited';
    case 'out_of_credits':
      return 'out_of_credits';
    case 'bad_api_key':
    case 'bad_parameters':
      return 'neutral';
  }
}

export interface GovernedCallDependencies<E extends GovernedEndpoint = HasDataEndpoint> {
  readonly governor: CreditGovernor<E>;
  readonly slots: SlotQueue<E>;
  readonly settlements: SettlementBook<E>;
  /** Users' daily caps, in this line's credits; a line without them attributes calls but caps none. */
  readonly userCaps?: UserCaps;
  /** The codes refusals answer with, when this line names them its own way. */
  readonly refusalCodes?: Readonly<Record<RefusalReason, ErrorCode>>;
  readonly metrics: GatewayMetrics;
  readonly logger: Logger;
  readonly leaseTtlMs: number;
}

export interface CallSpec<R, T, E extends GovernedEndpoint = HasDataEndpoint> {
  readonly endpoint: E;
  /** The most the call can cost (what a success costs): reserved before the call. */
  readonly cost: number;
  /**
   * What a success actually cost, when the answer says (a model's token usage); capped at `cost`,
   * since only the reservation is sure to fit the budget. Without it a success costs `cost`.
   */
  readonly settledCost?: (raw: R) => number;
  readonly context: CallContext;
  readonly invoke: () => Promise<ProviderOutcome<R>>;
  readonly toData: (raw: R) => T;
}

export type GovernedCaller<E extends GovernedEndpoint = HasDataEndpoint> = <R, T>(
  spec: CallSpec<R, T, E>,
  abort?: AbortSignal,
) => Promise<GatewayAnswer<T>>;

export function createGovernedCaller<E extends GovernedEndpoint = HasDataEndpoint>(
  deps: GovernedCallDependencies<E>,
): GovernedCaller<E> {
  const { governor, slots, settlements, userCaps, metrics, logger } = deps;
  const refusalCodes = deps.refusalCodes ?? REFUSAL_CODES;

  return async function governedCall<R, T>(spec: CallSpec<R, T, E>, abort?: AbortSignal): Promise<GatewayAnswer<T>> {
    const requestId = crypto.randomUUID();
    const started = performance.now();
    let waitedMs = 0;
    let providerMs = 0;
    const timing = (): Timing => {
      const totalMs = performance.now() - started;
      return { totalMs, queuedMs: waitedMs, providerMs, overheadMs: Math.max(0, totalMs - waitedMs - providerMs) };
    };
    const refuse = (reason: RefusalReason, retryAfterMs: number | null, message?: string): GatewayAnswer<T> => {
      metrics.refusals.inc({ endpoint: spec.endpoint, reason });
      logger.debug({ requestId, endpoint: spec.endpoint, reason, retryAfterMs }, 'call refused');
      metrics.calls.inc({ endpoint: spec.endpoint, outcome: 'refused' });
      const code = refusalCodes[reason];
      return {
        outcome: 'refused',
        requestId,
        creditsCharged: 0,
        timing: timing(),
        reason,
        retryAfterMs,
        error: { code, message: message ?? ERROR_CATALOGUE[code].message },
      };
    };

    /** Gives back a slot (and reservation) the call will not use; a no-op if it holds none. */
    const release = (): Promise<void> =>
      settlements.settle({
        requestId,
        credits: 0,
        outcome: 'not_called',
        providerStatus: null,
        latencyMs: null,
        signal: 'neutral',
      });

    let userDailyCap: number | null = null;
    if (spec.context.userId && userCaps) {
      try {
        userDailyCap = await userCaps.capFor(spec.context.userId);
      } catch (err) {
        if (isHirehoundError(err) && err.code === 'GATEWAY_UNAVAILABLE')
          return refuse('unavailable', 1000, err.message);
        throw err;
      }
    }

    metrics.waiting.inc();
    let slot;
    try {
      slot = await slots.acquire(
        {
          requestId,
          endpoint: spec.endpoint,
          cost: spec.cost,
          userId: spec.context.userId,
          userDailyCap,
          searchId: spec.context.searchId,
          jobId: spec.context.jobId,
        },
        abort,
      );
    } catch (err) {
      // Fail closed: without the ledger there is no provider call. The admission may still have
      // happened (its reply lost with the connection), so release it once Redis answers again: a
      // no-op if it never did.
      logger.warn({ err: (err as Error).message, endpoint: spec.endpoint }, 'credit governance unavailable, refusing');
      void release();
      return refuse('unavailable', 1000);
    } finally {
      metrics.waiting.dec();
    }
    waitedMs = slot.waitedMs;
    metrics.queueWait.observe(waitedMs / 1000);
    if (slot.kind === 'refused') return refuse(slot.reason, slot.retryAfterMs);
    if (abort?.aborted) {
      // The caller hung up while its slot was being handed over: give it back unused.
      await release();
      return refuse('rate_limited', null, 'The caller went away before its call was made');
    }

    // The lease outlives a crash by at most its TTL; while we are alive, it is renewed.
    const renewal = setInterval(
      () => {
        governor.renew(requestId).then(
          (alive) => {
            if (!alive) logger.warn({ requestId }, 'lease lost while the call was running');
          },
          () => undefined,
        );
      },
      Math.max(50, Math.floor(deps.leaseTtlMs / 3)),
    );
    renewal.unref();
    metrics.inFlight.inc();
    const providerStarted = performance.now();
    let outcome: ProviderOutcome<R>;
    try {
      outcome = await spec.invoke();
    } catch (err) {
      // Not expected (the client maps every failure); if it happens after sending, assume it billed.
      logger.error({ err, endpoint: spec.endpoint }, 'provider call failed unexpectedly');
      outcome = {
        kind: 'failed',
        failure: 'unreachable',
        httpStatus: null,
        charged: true,
        retryAfterMs: null,
        message: 'Provider call failed',
      };
    } finally {
      providerMs = performance.now() - providerStarted;
      clearInterval(renewal);
      metrics.inFlight.dec();
    }
    const credits = !outcome.charged
      ? 0
      : outcome.kind === 'ok' && spec.settledCost
        ? Math.min(spec.cost, Math.max(0, Math.ceil(spec.settledCost(outcome.data))))
        : spec.cost;
    await settlements.settle({
      requestId,
      credits,
      outcome: outcome.kind === 'failed' ? outcome.failure : outcome.kind,
      providerStatus: outcome.httpStatus,
      latencyMs: providerMs,
      signal: signalOf(outcome),
    });
    metrics.providerLatency.observe({ endpoint: spec.endpoint }, providerMs / 1000);
    if (credits > 0) metrics.creditsCharged.inc({ endpoint: spec.endpoint }, credits);

    const logged = { requestId, endpoint: spec.endpoint, credits, providerMs: Math.round(providerMs), ...spec.context };
    if (outcome.kind === 'failed') {
      // A rejected key or a malformed body needs an operator; the rest is the provider's weather.
      const level = outcome.failure === 'bad_api_key' || outcome.failure === 'malformed' ? 'error' : 'warn';
      logger[level](
        { ...logged, kind: outcome.failure, status: outcome.httpStatus, reason: outcome.message },
        'provider call failed',
      );
    } else logger.debug({ ...logged, outcome: outcome.kind }, 'provider call done');

    let answer: GatewayAnswer<T>;
    if (outcome.kind === 'ok') {
      answer = { outcome: 'ok', requestId, creditsCharged: credits, timing: timing(), data: spec.toData(outcome.data) };
    } else if (outcome.kind === 'expired') {
      const error = new HirehoundError('PROVIDER_POSTING_EXPIRED');
      answer = {
        outcome: 'expired',
        requestId,
        creditsCharged: credits,
        timing: timing(),
        error: { code: error.code, message: outcome.message },
      };
    } else {
      const code = PROVIDER_ERROR_CODES[outcome.failure];
      metrics.providerErrors.inc({ endpoint: spec.endpoint, kind: outcome.failure });
      answer = {
        outcome: 'provider_error',
        requestId,
        creditsCharged: credits,
        timing: timing(),
        status: outcome.httpStatus,
        kind: outcome.failure,
        retryable: ERROR_CATALOGUE[code].retryable,
        retryAfterMs: outcome.retryAfterMs,
        error: { code, message: outcome.message },
      };
    }
    metrics.calls.inc({ endpoint: spec.endpoint, outcome: answer.outcome });
    metrics.overhead.observe(answer.timing.overheadMs / 1000);
    return answer;
  };
}
