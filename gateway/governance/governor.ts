import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { Config } from '../../common/config';
import { HASDATA_ENDPOINTS, type HasDataEndpoint } from '../../common/hasdata-endpoints';
import type { CircuitStatus, CreditStatus, RefusalReason } from '../contract';
import { GOVERNANCE_SCRIPTS } from './lua';
import { LuaScript } from './lua-script';

/**
 * The gateway's cost governance, in Redis and shared by every gateway instance: a concurrency
 * semaphore with expiring leases, a token bucket per endpoint, the monthly credit ledger with
 * reserve → settle/refund, per-user daily caps, once-a-month alerts and a provider-aware circuit
 * breaker (see lua.ts). Every method is one atomic script; a Redis error propagates, and callers
 * treat it as "no provider call" (fail closed).
 */

type GatewayConfig = Config['gateway'];

export interface GovernanceSettings {
  /** Key prefix; keys are `{prefix}:…`. */
  readonly prefix: string;
  readonly monthlyBudget: number;
  readonly alertThresholds: readonly number[];
  readonly maxConcurrency: number;
  readonly leaseTtlMs: number;
  readonly rateLimits: GatewayConfig['rateLimits'];
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

export interface CallClaim {
  /** Unique per call; becomes credit_ledger.request_id. */
  readonly requestId: string;
  readonly endpoint: HasDataEndpoint;
  /** The most the call can cost: reserved now, settled later. */
  readonly cost: number;
  readonly userId?: string | undefined;
  readonly userDailyCap?: number | null | undefined;
  readonly searchId?: string | undefined;
  readonly jobId?: string | undefined;
}

export type Admission =
  | { readonly kind: 'granted'; readonly leaseExpiresAt: number; readonly freeSlots: number; readonly month: string }
  /** Every slot is taken; the earliest lease ends in retryInMs at the latest. */
  | { readonly kind: 'busy'; readonly retryInMs: number }
  | {
      readonly kind: 'refused';
      readonly reason: Exclude<RefusalReason, 'unavailable'>;
      readonly retryAfterMs: number;
    };

/** What a finished call tells the circuit breaker and the backoff. */
export type ProviderSignal = 'success' | 'failure' | 'neutral' | 'rate_limited' | 'out_of_credits';

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

export interface FiredAlert {
  readonly month: string;
  /** 0.7, 0.9… */
  readonly threshold: number;
  readonly usedCredits: number;
  readonly budget: number;
}

/** [kind, expiry | retry | reason, free slots | retry, fired alerts, month]. */
const AdmitReply = z.union([
  z.tuple([z.literal('granted'), z.number(), z.number(), z.string(), z.string()]),
  z.tuple([z.literal('busy'), z.number(), z.number(), z.string(), z.string()]),
  z.tuple([
    z.literal('refused'),
    z.enum(['rate_limited', 'circuit_open', 'budget_exhausted', 'user_cap_reached']),
    z.number(),
    z.string(),
    z.string(),
  ]),
]);
type AdmitReply = z.infer<typeof AdmitReply>;
/** [booked, fired alerts] and, with a handoff, the next call's [kind, a, b, month]. */
const SettleReply = z.union([
  z.tuple([z.number(), z.string()]),
  z.tuple([z.number(), z.string(), z.string(), z.union([z.number(), z.string()]), z.number(), z.string()]),
]);
const StatusReply = z.tuple([
  z.string(),
  z.number(),
  z.number(),
  z.number(),
  z.array(z.string()),
  z.array(
    z.tuple([
      z.enum(HASDATA_ENDPOINTS),
      z.enum(['closed', 'open', 'half_open']),
      z.number(),
      z.string(),
      z.number(),
      z.number(),
    ]),
  ),
  z.number(),
  z.number(),
  z.string(),
  z.number(),
  z.number(),
]);

const scripts = {
  admit: new LuaScript(GOVERNANCE_SCRIPTS.admit),
  renew: new LuaScript(GOVERNANCE_SCRIPTS.renew),
  settle: new LuaScript(GOVERNANCE_SCRIPTS.settle),
  status: new LuaScript(GOVERNANCE_SCRIPTS.status),
};

function admissionOf(reply: AdmitReply): Admission {
  switch (reply[0]) {
    case 'granted':
      return { kind: 'granted', leaseExpiresAt: reply[1], freeSlots: reply[2], month: reply[4] };
    case 'busy':
      return { kind: 'busy', retryInMs: reply[1] };
    case 'refused':
      return { kind: 'refused', reason: reply[1], retryAfterMs: reply[2] };
  }
}

export class CreditGovernor {
  private readonly common: readonly (string | number)[];

  constructor(
    private readonly redis: Redis,
    readonly settings: GovernanceSettings,
    private readonly onAlert: (alert: FiredAlert) => void = () => undefined,
  ) {
    const s = settings;
    this.common = [
      `{${s.prefix}}`,
      s.clockOffsetMs ?? 0,
      s.monthlyBudget,
      s.alertThresholds.join(','),
      s.leaseTtlMs,
      s.maxConcurrency,
      s.circuit.windowMs,
      s.circuit.minCalls,
      s.circuit.failureRatio,
      s.circuit.cooldownMs,
      s.backoff.baseMs,
      s.backoff.maxMs,
    ];
  }

  /** The Redis key prefix (with its hash tag) this governor writes under. */
  get keyPrefix(): string {
    return `{${this.settings.prefix}}`;
  }

  /** The pub/sub channel on which every freed slot is announced. */
  get releaseChannel(): string {
    return `${this.keyPrefix}:released`;
  }

  async admit(claim: CallClaim): Promise<Admission> {
    const reply = AdmitReply.parse(await scripts.admit.run(this.redis, [...this.common, ...this.claimArgs(claim)]));
    this.dispatchAlerts(reply[3]);
    return admissionOf(reply);
  }

  private claimArgs(claim: CallClaim): (string | number)[] {
    const bucket = this.settings.rateLimits[claim.endpoint];
    return [
      claim.requestId,
      claim.endpoint,
      claim.cost,
      claim.userId ?? '',
      claim.userDailyCap ?? '',
      bucket.perSecond,
      bucket.burst,
      claim.searchId ?? '',
      claim.jobId ?? '',
    ];
  }

  /** Extends a running call's lease; false when it is gone (expired and reclaimed). */
  async renew(requestId: string): Promise<boolean> {
    const reply = await scripts.renew.run(this.redis, [...this.common, requestId]);
    return typeof reply === 'number' && reply > 0;
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
    next: CallClaim | undefined,
  ): Promise<{ booked: boolean; admission: Admission | undefined }> {
    const reply = SettleReply.parse(
      await scripts.settle.run(this.redis, [
        ...this.common,
        settlement.requestId,
        settlement.credits,
        settlement.outcome,
        settlement.providerStatus ?? '',
        settlement.latencyMs === null ? '' : Math.round(settlement.latencyMs),
        settlement.signal,
        ...(next ? this.claimArgs(next) : []),
      ]),
    );
    this.dispatchAlerts(reply[1]);
    const booked = reply[0] === 1;
    if (reply.length === 2) return { booked, admission: undefined };
    const [, fired, kind, a, b, month] = reply;
    return { booked, admission: admissionOf(AdmitReply.parse([kind, a, b, fired, month])) };
  }

  async status(): Promise<CreditStatus> {
    const [month, used, reserved, inFlight, alertPairs, circuitRows, blocked, backoffUntil, fired, monthEnd] =
      StatusReply.parse(await scripts.status.run(this.redis, [...this.common, HASDATA_ENDPOINTS.join(',')]));
    this.dispatchAlerts(fired);
    const alertsFired: { threshold: number; firedAt: string }[] = [];
    for (let i = 0; i + 1 < alertPairs.length; i += 2) {
      alertsFired.push({
        threshold: Number(alertPairs[i]),
        firedAt: new Date(Number(alertPairs[i + 1])).toISOString(),
      });
    }
    const circuits = {} as Record<HasDataEndpoint, CircuitStatus>;
    for (const [endpoint, state, openUntil, reason, windowCalls, windowFailures] of circuitRows) {
      circuits[endpoint] =
        blocked === 1
          ? {
              state: 'open',
              reason: 'out_of_credits',
              openUntil: new Date(monthEnd).toISOString(),
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
      month,
      budget: this.settings.monthlyBudget,
      used,
      reserved,
      remaining: Math.max(0, this.settings.monthlyBudget - used - reserved),
      inFlight,
      maxConcurrency: this.settings.maxConcurrency,
      alerts: {
        thresholds: [...this.settings.alertThresholds],
        fired: alertsFired.sort((a, b) => a.threshold - b.threshold),
      },
      circuits,
      backoffUntil: backoffUntil > 0 ? new Date(backoffUntil).toISOString() : null,
    };
  }

  private dispatchAlerts(fired: string): void {
    if (!fired) return;
    for (const entry of fired.split(',')) {
      const [month = '', threshold = '', used = ''] = entry.split('|');
      this.onAlert({
        month,
        threshold: Number(threshold),
        usedCredits: Number(used),
        budget: this.settings.monthlyBudget,
      });
    }
  }
}
