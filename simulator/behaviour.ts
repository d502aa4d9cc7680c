import { z } from 'zod';
import { Random } from './corpus/random';

/**
 * How the simulated provider behaves: its latency distribution and the faults it injects. Changed at
 * run time through the admin endpoint, so a test or benchmark can make the provider slow, flaky or
 * broken mid-run and watch the gateway react.
 */

const rate = z.number().min(0).max(1);
const ms = z.number().int().min(0).max(3_600_000);

/** Log-normal latency with this median and 95th percentile; equal values give a fixed latency. */
const Latency = z.object({ medianMs: ms, p95Ms: ms }).strict();
/** Requests in flight before 429 (the plan's concurrency). */
const concurrency = z.number().int().min(1).max(10_000);

export const LatencySettings = Latency.refine((l) => l.p95Ms >= l.medianMs, {
  message: 'p95Ms must be at least medianMs',
});
export type LatencySettings = z.infer<typeof LatencySettings>;

export const FaultSettings = z
  .object({
    /** Share of calls answered 500/502/503 (not billed). */
    errorRate: rate,
    /** Share of calls that hang until the page-load deadline, then fail with 504 (not billed). */
    timeoutRate: rate,
    /** Share of calls that take slowMs more, then succeed. */
    slowRate: rate,
    slowMs: ms,
    /** Share of calls answered 200 with a broken body (billed: the provider thinks it succeeded). */
    malformedRate: rate,
    /** Share of calls refused with 429 although the concurrency limit is not reached. */
    rateLimitRate: rate,
  })
  .strict();
export type FaultSettings = z.infer<typeof FaultSettings>;

export const BehaviourSettings = z
  .object({
    latency: LatencySettings,
    faults: FaultSettings,
    /** HasData's page-load deadline (300 s): where a hanging call gives up. */
    deadlineMs: ms,
    concurrency,
  })
  .strict();
export type BehaviourSettings = z.infer<typeof BehaviourSettings>;

/** What PUT /_admin/settings accepts: any subset, merged into the current settings. */
export const BehaviourPatch = z
  .object({
    latency: Latency.partial().optional(),
    faults: FaultSettings.partial().optional(),
    deadlineMs: ms.optional(),
    concurrency: concurrency.optional(),
    /** Sets the remaining credit balance. */
    credits: z.number().int().min(0).optional(),
  })
  .strict();
export type BehaviourPatch = z.infer<typeof BehaviourPatch>;

export const NO_FAULTS: FaultSettings = {
  errorRate: 0,
  timeoutRate: 0,
  slowRate: 0,
  slowMs: 0,
  malformedRate: 0,
  rateLimitRate: 0,
};

export type Fate =
  | { readonly kind: 'normal'; readonly delayMs: number }
  | { readonly kind: 'error'; readonly status: 500 | 502 | 503; readonly delayMs: number }
  | { readonly kind: 'timeout'; readonly delayMs: number }
  | { readonly kind: 'malformed'; readonly delayMs: number }
  | { readonly kind: 'rate_limited' };

/** Draws each call's latency and fault. Seeded, so a sequential run is reproducible. */
export class Behaviour {
  private current: BehaviourSettings;
  private readonly random: Random;

  constructor(initial: BehaviourSettings, seed = 1) {
    this.current = BehaviourSettings.parse(initial);
    this.random = new Random(seed);
  }

  get settings(): BehaviourSettings {
    return this.current;
  }

  apply(patch: Omit<BehaviourPatch, 'credits'>): BehaviourSettings {
    this.current = BehaviourSettings.parse({
      latency: { ...this.current.latency, ...patch.latency },
      faults: { ...this.current.faults, ...patch.faults },
      deadlineMs: patch.deadlineMs ?? this.current.deadlineMs,
      concurrency: patch.concurrency ?? this.current.concurrency,
    });
    return this.current;
  }

  latencyMs(): number {
    const { medianMs, p95Ms } = this.current.latency;
    if (p95Ms <= medianMs || medianMs === 0) return medianMs;
    const sigma = Math.log(p95Ms / medianMs) / 1.645;
    // Box-Muller: one standard normal draw.
    const z = Math.sqrt(-2 * Math.log(1 - this.random.next())) * Math.cos(2 * Math.PI * this.random.next());
    return Math.min(Math.round(medianMs * Math.exp(sigma * z)), p95Ms * 10);
  }

  /** The fate of one call; faults are drawn in a fixed order so their rates add up predictably. */
  draw(): Fate {
    const f = this.current.faults;
    if (this.random.chance(f.rateLimitRate)) return { kind: 'rate_limited' };
    const delayMs = this.latencyMs();
    if (this.random.chance(f.timeoutRate)) return { kind: 'timeout', delayMs: this.current.deadlineMs };
    if (this.random.chance(f.errorRate))
      return { kind: 'error', status: this.random.pick([500, 502, 503] as const), delayMs };
    if (this.random.chance(f.malformedRate)) return { kind: 'malformed', delayMs };
    if (this.random.chance(f.slowRate)) return { kind: 'normal', delayMs: delayMs + f.slowMs };
    return { kind: 'normal', delayMs };
  }
}
