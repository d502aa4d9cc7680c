import type { Redis } from 'ioredis';
import type { Config } from '../../common/config';
import type { HasDataEndpoint } from '../../common/hasdata-endpoints';
import type { GovernedEndpoint } from '../../common/model-endpoints';
import type { CircuitStatus, CreditStatus } from '../contract';
import { GOVERNANCE_KEYS } from './lua';
import {
  governanceScripts as scripts,
  type Admission,
  type CrossedThreshold,
  type ProviderSignal,
  type ScriptClaim,
  type ScriptSettings,
} from './script-protocol';

/**
 * The gateway's cost governance, in Redis and shared by every gateway instance: a concurrency
 * semaphore with expiring leases, a token bucket per endpoint, the monthly credit ledger with
 * reserve → settle/refund, per-user daily caps, once-a-month alerts and a provider-aware circuit
 * breaker (see lua.ts). Every method is one atomic script; a Redis error propagates, and callers
 * treat it as "no provider call" (fail closed).
 *
 * One governor is one budget line: HasData's, or a model's (`hf.chat`). Each line has its own key
 * prefix, so its month ledger, slots, buckets, circuit and outbox are its own; the endpoints it
 * governs are the keys of its `rateLimits`.
 */

type GatewayConfig = Config['gateway'];

interface TokenBucket {
  readonly perSecond: number;
  readonly burst: number;
}

export interface GovernanceSettings<E extends GovernedEndpoint = HasDataEndpoint> {
  /** Key prefix; keys are `{prefix}:…`. */
  readonly prefix: string;
  readonly monthlyBudget: number;
  readonly alertThresholds: readonly number[];
  readonly maxConcurrency: number;
  readonly leaseTtlMs: number;
  /** One token bucket per endpoint of the line: the endpoints it governs. */
  readonly rateLimits: Readonly<Record<E, TokenBucket>>;
  readonly circuit: GatewayConfig['circuit'];
  readonly backoff: GatewayConfig['backoff'];
  /** Moves the governor's clock (tests cross a month or a day without waiting); 0 in production. */
  readonly clockOffsetMs?: number;
}

export function governanceSettings(gateway: GatewayConfig): GovernanceSettings {
  return {
    prefix: gateway.redisPrefix,
    monthlyBudget: gateway.monthlyBudget,
    alertThresholds: gateway.alerts.thresholds,
    maxConcurrency: gateway.maxConcurrency,
    leaseTtlMs: gateway.leaseTtlMs,
    rateLimits: gateway.rateLimits,
    circuit: gateway.circuit,
    backoff: gateway.backoff,
  };
}

export interface CallClaim<E extends GovernedEndpoint = HasDataEndpoint> {
  /** Unique per call; becomes credit_ledger.request_id. */
  readonly requestId: string;
  readonly endpoint: E;
  /** The most the call can cost: reserved now, settled later. */
  readonly cost: number;
  readonly userId?: string | undefined;
  readonly userDailyCap?: number | null | undefined;
  readonly searchId?: string | undefined;
  readonly jobId?: string | undefined;
}

/** A crossed threshold, as the alert sinks receive it. */
export interface FiredAlert extends CrossedThreshold {
  readonly budget: number;
}

export interface Settlement {
  readonly requestId: string;
  /** What the provider billed: the reserved cost on success, 0 when it did not bill. */
  readonly credits: number;
  /** ok, expired, server_error, timeout… (credit_ledger.outcome). */
  readonly outcome: string;
  readonly providerStatus: number | null;
  readonly latencyMs: number | null;
  readonly signal: ProviderSignal;
}

/** A line's month as /status/credits reports it, with the circuits of the endpoints it governs. */
export type LineStatus<E extends GovernedEndpoint = HasDataEndpoint> = Omit<CreditStatus, 'circuits'> & {
  readonly circuits: Record<E, CircuitStatus>;
};

export class CreditGovernor<E extends GovernedEndpoint = HasDataEndpoint> {
  private readonly scriptSettings: ScriptSettings;
  private readonly keys: readonly string[];

  constructor(
    private readonly redis: Redis,
    readonly settings: GovernanceSettings<E>,
    private readonly onAlert: (alert: FiredAlert) => void = () => undefined,
  ) {
    const { circuit, backoff } = settings;
    this.scriptSettings = {
      prefix: this.keyPrefix,
      clockOffsetMs: settings.clockOffsetMs ?? 0,
      monthlyBudget: settings.monthlyBudget,
      alertThresholds: settings.alertThresholds,
      leaseTtlMs: settings.leaseTtlMs,
      maxConcurrency: settings.maxConcurrency,
      circuit: {
        windowMs: circuit.windowMs,
        minCalls: circuit.minCalls,
        failureRatio: circuit.failureRatio,
        cooldownMs: circuit.cooldownMs,
      },
      backoff: { baseMs: backoff.baseMs, maxMs: backoff.maxMs },
    };
    this.keys = Object.values(GOVERNANCE_KEYS).map((name) => `${this.keyPrefix}:${name}`);
  }

  /** The Redis key prefix (with its hash tag) this governor writes under. */
  get keyPrefix(): string {
    return `{${this.settings.prefix}}`;
  }

  /** The pub/sub channel on which every freed slot is announced. */
  get releaseChannel(): string {
    return `${this.keyPrefix}:released`;
  }

  async admit(claim: CallClaim<E>): Promise<Admission> {
    const reply = await scripts.admit.run(this.redis, this.keys, {
      settings: this.scriptSettings,
      claim: this.scriptClaim(claim),
    });
    this.dispatchAlerts(reply.firedAlerts);
    return reply.admission;
  }

  private scriptClaim(claim: CallClaim<E>): ScriptClaim {
    const bucket = this.settings.rateLimits[claim.endpoint];
    return {
      requestId: claim.requestId,
      endpoint: claim.endpoint,
      cost: claim.cost,
      userId: claim.userId,
      userDailyCap: claim.userDailyCap ?? undefined,
      perSecond: bucket.perSecond,
      burst: bucket.burst,
      searchId: claim.searchId,
      jobId: claim.jobId,
    };
  }

  /** Extends a running call's lease; false when it is gone (expired and reclaimed). */
  async renew(requestId: string): Promise<boolean> {
    const reply = await scripts.renew.run(this.redis, this.keys, { settings: this.scriptSettings, requestId });
    return reply.renewed;
  }

  /** Books a finished call. False when it was already booked (or reclaimed as abandoned). */
  async settle(settlement: Settlement): Promise<boolean> {
    return (await this.settleAndAdmit(settlement, undefined)).booked;
  }

  /**
   * Books a finished call and, in the same script, admits the next call waiting here for the slot it
   * frees: one round trip per call cycle instead of two, and the slot never sits idle in between.
   */
  async settleAndAdmit(
    settlement: Settlement,
    next: CallClaim<E> | undefined,
  ): Promise<{ booked: boolean; admission: Admission | undefined }> {
    const reply = await scripts.settle.run(this.redis, this.keys, {
      settings: this.scriptSettings,
      settlement: {
        requestId: settlement.requestId,
        credits: settlement.credits,
        outcome: settlement.outcome,
        providerStatus: settlement.providerStatus ?? undefined,
        latencyMs: settlement.latencyMs === null ? undefined : Math.round(settlement.latencyMs),
        signal: settlement.signal,
      },
      next: next ? this.scriptClaim(next) : undefined,
    });
    this.dispatchAlerts(reply.firedAlerts);
    return { booked: reply.booked, admission: reply.admission };
  }

  /** The endpoints this line governs. */
  get endpoints(): E[] {
    return Object.keys(this.settings.rateLimits) as E[];
  }

  async status(): Promise<LineStatus<E>> {
    const reply = await scripts.status.run(this.redis, this.keys, {
      settings: this.scriptSettings,
      endpoints: this.endpoints,
    });
    this.dispatchAlerts(reply.firedAlerts);
    const { used, reserved } = reply;
    const circuits = {} as Record<E, CircuitStatus>;
    for (const { endpoint, state, openUntil, reason, windowCalls, windowFailures } of reply.circuits) {
      circuits[endpoint as E] = reply.outOfCredits
        ? {
            state: 'open',
            reason: 'out_of_credits',
            openUntil: new Date(reply.monthEnd).toISOString(),
            windowCalls,
            windowFailures,
          }
        : {
            state,
            reason: reason === 'errors' && state !== 'closed' ? 'errors' : null,
            openUntil: state === 'open' ? new Date(openUntil).toISOString() : null,
            windowCalls,
            windowFailures,
          };
    }
    return {
      month: reply.month,
      budget: this.settings.monthlyBudget,
      used,
      reserved,
      remaining: Math.max(0, this.settings.monthlyBudget - used - reserved),
      inFlight: reply.inFlight,
      maxConcurrency: this.settings.maxConcurrency,
      alerts: {
        thresholds: [...this.settings.alertThresholds],
        fired: reply.alertsThisMonth
          .map(({ threshold, firedAt }) => ({ threshold, firedAt: new Date(firedAt).toISOString() }))
          .sort((a, b) => a.threshold - b.threshold),
      },
      circuits,
      backoffUntil: reply.backoffUntil > 0 ? new Date(reply.backoffUntil).toISOString() : null,
    };
  }

  private dispatchAlerts(fired: readonly CrossedThreshold[]): void {
    for (const alert of fired) this.onAlert({ ...alert, budget: this.settings.monthlyBudget });
  }
}
