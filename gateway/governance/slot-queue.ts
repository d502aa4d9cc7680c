import type { HasDataEndpoint } from '../../common/hasdata-endpoints';
import type { GovernedEndpoint } from '../../common/model-endpoints';
import type { CallClaim, CreditGovernor } from './governor';
import type { Admission } from './script-protocol';

/**
 * Waiting for one of the concurrency slots. A caller that finds every slot taken queues here (first
 * come, first served within this instance) instead of polling Redis. A call finishing on this
 * instance hands its slot straight to the longest waiter: its settlement admits that waiter in the
 * same Lua script (see SettlementBook). Slots freed elsewhere are announced over pub/sub and wake
 * the longest waiter to try; the head of the queue also retries on a short timer, because a slot
 * can come back without an announcement: a dead holder's lease simply runs out.
 */

/** The admission (or refusal), and how long the caller slept in the queue before it. */
export type SlotOutcome = Exclude<Admission, { kind: 'busy' }> & { readonly waitedMs: number };

/** A waiting call offered to a finishing one: it books itself and admits this one together. */
export interface Handoff<E extends GovernedEndpoint = HasDataEndpoint> {
  readonly claim: CallClaim<E>;
  /** The admission the settlement made for the waiter. */
  deliver(admission: Admission): void;
  /** The settlement failed: the waiter tries by itself again. */
  abandon(): void;
}

interface Waiter<E extends GovernedEndpoint> {
  readonly claim: CallClaim<E>;
  /** A release happened that this waiter should act on. */
  woken: boolean;
  /** Its own admission is on its way to Redis. */
  attempting: boolean;
  /** A finishing call is admitting it right now. */
  handedOff: boolean;
  delivered: Admission | undefined;
  resolve: (() => void) | undefined;
}

export interface SlotQueueOptions {
  /** How long a caller may wait for a slot before it is refused as rate limited. */
  readonly maxWaitMs: number;
  /** The head waiter's retry interval when no release is announced. */
  readonly pollMs?: number;
}

export class SlotQueue<E extends GovernedEndpoint = HasDataEndpoint> {
  private readonly waiters: Waiter<E>[] = [];

  constructor(
    private readonly governor: CreditGovernor<E>,
    private readonly options: SlotQueueOptions,
  ) {}

  /** Callers waiting here now. */
  get waiting(): number {
    return this.waiters.length;
  }

  /** A slot was freed (or several): wakes that many waiters, longest waiting first. */
  wake(count = 1): void {
    let left = count;
    for (const waiter of this.waiters) {
      if (left <= 0) break;
      if (waiter.woken || waiter.handedOff) continue;
      waiter.woken = true;
      waiter.resolve?.();
      left -= 1;
    }
  }

  /** The longest waiter that is not trying for itself, to be admitted by a finishing call. */
  takeHandoff(): Handoff<E> | undefined {
    const waiter = this.waiters.find((w) => !w.attempting && !w.handedOff && w.delivered === undefined);
    if (!waiter) return undefined;
    waiter.handedOff = true;
    return {
      claim: waiter.claim,
      deliver: (admission) => {
        waiter.handedOff = false;
        waiter.delivered = admission;
        waiter.resolve?.();
      },
      abandon: () => {
        waiter.handedOff = false;
        waiter.woken = true;
        waiter.resolve?.();
      },
    };
  }

  /**
   * A slot and the call's credits, or a typed refusal. Redis errors propagate (fail closed). A
   * caller that goes away (abort) leaves the queue with a rate_limited refusal it will never read.
   */
  async acquire(claim: CallClaim<E>, abort?: AbortSignal): Promise<SlotOutcome> {
    const deadline = Date.now() + this.options.maxWaitMs;
    const pollMs = this.options.pollMs ?? 200;
    let retryInMs = pollMs;
    let waitedMs = 0;
    // Nobody queued here: try at once. Otherwise join the queue, so newcomers never overtake.
    if (this.waiters.length === 0) {
      const first = await this.governor.admit(claim);
      if (first.kind !== 'busy') return { ...first, waitedMs };
      retryInMs = first.retryInMs;
    }
    const waiter: Waiter<E> = {
      claim,
      woken: false,
      attempting: false,
      handedOff: false,
      delivered: undefined,
      resolve: undefined,
    };
    this.waiters.push(waiter);
    let tookRelease = false;
    try {
      for (;;) {
        if (waiter.delivered) {
          const admission = waiter.delivered;
          waiter.delivered = undefined;
          if (admission.kind !== 'busy') {
            // A refused handoff leaves the freed slot to the next waiter.
            if (admission.kind === 'refused') tookRelease = true;
            return { ...admission, waitedMs };
          }
          retryInMs = admission.retryInMs;
        }
        const sleptFrom = performance.now();
        // A handoff in progress ends within one Redis round trip: wait for it, even past the deadline.
        if (waiter.handedOff) {
          await this.sleep(waiter, this.options.maxWaitMs, undefined);
          waitedMs += performance.now() - sleptFrom;
          continue;
        }
        const remaining = deadline - Date.now();
        if (remaining <= 0 || abort?.aborted) {
          return { kind: 'refused', reason: 'rate_limited', retryAfterMs: Math.max(retryInMs, 100), waitedMs };
        }
        if (!waiter.woken) {
          const isHead = this.waiters[0] === waiter;
          await this.sleep(waiter, Math.min(remaining, isHead ? Math.min(retryInMs, pollMs) : remaining), abort);
          waitedMs += performance.now() - sleptFrom;
          if (waiter.delivered || waiter.handedOff) continue;
          // Only the head retries on its timer; others retry only when a release wakes them.
          if (!waiter.woken && this.waiters[0] !== waiter) continue;
        }
        tookRelease = waiter.woken;
        waiter.woken = false;
        waiter.attempting = true;
        let admission: Admission;
        try {
          admission = await this.governor.admit(claim);
        } finally {
          waiter.attempting = false;
        }
        if (admission.kind === 'granted') {
          tookRelease = false;
          if (admission.freeSlots > 0) this.wakeOthers(waiter, admission.freeSlots);
          return { ...admission, waitedMs };
        }
        if (admission.kind === 'refused') return { ...admission, waitedMs };
        tookRelease = false;
        retryInMs = admission.retryInMs;
      }
    } finally {
      this.waiters.splice(this.waiters.indexOf(waiter), 1);
      // A release this caller was woken for but did not use belongs to the next one.
      if (tookRelease || waiter.woken) this.wake(1);
    }
  }

  private wakeOthers(self: Waiter<E>, count: number): void {
    let left = count;
    for (const waiter of this.waiters) {
      if (left <= 0) break;
      if (waiter === self || waiter.woken || waiter.handedOff) continue;
      waiter.woken = true;
      waiter.resolve?.();
      left -= 1;
    }
  }

  private sleep(waiter: Waiter<E>, ms: number, abort: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        abort?.removeEventListener('abort', done);
        waiter.resolve = undefined;
        resolve();
      };
      const timer = setTimeout(done, Math.max(1, ms));
      abort?.addEventListener('abort', done, { once: true });
      waiter.resolve = done;
    });
  }
}
