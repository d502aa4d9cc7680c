import { z } from 'zod';
import { GOVERNED_ENDPOINTS, type GovernedEndpoint } from '../../common/model-endpoints';
import { CircuitStatus, RefusalReason } from '../contract';
import { GOVERNANCE_SCRIPTS } from './lua';
import { LuaScript, luaList } from './lua-script';

/**
 * What crosses between the governor and each Lua script (lua.ts), by name: the JSON argument a
 * script decodes and the schema its JSON answer must match.
 */

/** Lease ends, retry delays, instants: integer milliseconds (cjson keeps 14 digits, see lua.ts). */
const Millis = z.number().int();

export const Admission = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('granted'), leaseExpiresAt: Millis, freeSlots: z.number().int(), month: z.string() }),
  /** Every slot is taken; the earliest lease ends in retryInMs at the latest. */
  z.object({ kind: z.literal('busy'), retryInMs: Millis }),
  z.object({ kind: z.literal('refused'), reason: RefusalReason.exclude(['unavailable']), retryAfterMs: Millis }),
]);
export type Admission = z.infer<typeof Admission>;

/** What a finished call tells the circuit breaker and the backoff. */
export type ProviderSignal = 'success' | 'failure' | 'neutral' | 'rate_limited' | 'out_of_credits';

/** An alert threshold a script saw crossed for the first time this month. */
const CrossedThreshold = z.object({ month: z.string(), threshold: z.number(), usedCredits: z.number().int() });
export type CrossedThreshold = z.infer<typeof CrossedThreshold>;

/** The settings every script reads (`settings` in its argument). */
export interface ScriptSettings {
  /** With its hash tag: `{hh:gw}`. */
  readonly prefix: string;
  readonly clockOffsetMs: number;
  readonly monthlyBudget: number;
  readonly alertThresholds: readonly number[];
  readonly leaseTtlMs: number;
  readonly maxConcurrency: number;
  readonly circuit: { windowMs: number; minCalls: number; failureRatio: number; cooldownMs: number };
  readonly backoff: { baseMs: number; maxMs: number };
}

/*
 * Absent fields are left out, never sent as null: cjson decodes null to a value Lua counts as true.
 */

export interface ScriptClaim {
  readonly requestId: string;
  readonly endpoint: GovernedEndpoint;
  readonly cost: number;
  readonly userId?: string;
  readonly userDailyCap?: number;
  /** The endpoint's token bucket. */
  readonly perSecond: number;
  readonly burst: number;
  readonly searchId?: string;
  readonly jobId?: string;
}

export interface ScriptSettlement {
  readonly requestId: string;
  readonly credits: number;
  readonly outcome: string;
  readonly providerStatus?: number;
  /** Whole milliseconds. */
  readonly latencyMs?: number;
  readonly signal: ProviderSignal;
}

interface WithSettings {
  readonly settings: ScriptSettings;
}

const AdmitReply = z.object({ admission: Admission, firedAlerts: luaList(CrossedThreshold) });

const RenewReply = z.object({ renewed: z.boolean() });

const SettleReply = z.object({
  booked: z.boolean(),
  firedAlerts: luaList(CrossedThreshold),
  /** With a handoff: the admission of the call that was waiting for the freed slot. */
  admission: Admission.optional(),
});

const StatusReply = z.object({
  month: z.string(),
  used: z.number().int(),
  reserved: z.number().int(),
  inFlight: z.number().int(),
  alertsThisMonth: luaList(z.object({ threshold: z.number(), firedAt: Millis })),
  circuits: luaList(
    z.object({
      endpoint: z.enum(GOVERNED_ENDPOINTS),
      state: CircuitStatus.shape.state,
      openUntil: Millis,
      reason: z.enum(['errors', '']),
      windowCalls: z.number().int(),
      windowFailures: z.number().int(),
    }),
  ),
  /** The provider said it is out of credits, for this month and this budget. */
  outOfCredits: z.boolean(),
  /** 0 when there is no backoff. */
  backoffUntil: Millis,
  firedAlerts: luaList(CrossedThreshold),
  monthEnd: Millis,
});

export const governanceScripts = {
  admit: new LuaScript<WithSettings & { claim: ScriptClaim }, typeof AdmitReply>(
    'admit',
    GOVERNANCE_SCRIPTS.admit,
    AdmitReply,
  ),
  renew: new LuaScript<WithSettings & { requestId: string }, typeof RenewReply>(
    'renew',
    GOVERNANCE_SCRIPTS.renew,
    RenewReply,
  ),
  settle: new LuaScript<WithSettings & { settlement: ScriptSettlement; next?: ScriptClaim }, typeof SettleReply>(
    'settle',
    GOVERNANCE_SCRIPTS.settle,
    SettleReply,
  ),
  status: new LuaScript<WithSettings & { endpoints: readonly GovernedEndpoint[] }, typeof StatusReply>(
    'status',
    GOVERNANCE_SCRIPTS.status,
    StatusReply,
  ),
};
