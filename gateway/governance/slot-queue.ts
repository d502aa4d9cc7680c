import type { Admission, CallClaim, CreditGovernor } from './governor';

/**
 * Waiting for one of the concurrency slots. A caller that finds every slot taken queues here (first
 * come, first served within this instance) instead of polling Redis: every settled call announces
 * the freed slot (locally, and to other instances over pub/sub), which wakes the longest waiter to
 * try again. The head of the queue also retries on a short timer, because a slot can come back
 * without an announcement: a dead holder's lease simply runs out.
 */

/** The admission (or refusal), and how long the caller slept in the queue before it. */
export type SlotOutcome = Exclude<Admission, { kind: 'busy' }> & { readonly waitedMs: number };

interface Waiter {
  /** A release happened that this waiter should act on. */
  woken: boolean;
  resolve: (() => void) | undefined;
}

export interface SlotQueueOptions {
  /** How long a caller may wait for a slot before it is refused as rate limited. */
  readonly maxWaitMs: number;
  /** The head waiter's retry interval when no release is announced. */
  readonly pollMs?: number;
}

export class SlotQueue {
  private readonly waiters: Waiter[] = [];

  constructor(
    private readonly governor: CreditGovernor,
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
      if (waiter.woken) continue;
      waiter.woken = true;
      waiter.resolve?.();
      left -= 1;
    }
  }

  /**
   * A slot and the call's credits, or a typed refusal. Redis errors propagate (fail closed). An
   * aborted caller (it went away) leaves the queue with a rate_limited refusal it will never read.
   */
  async acquire(claim: CallClaim, abort?: AbortSignal): Promise<SlotOutcome> {
    const deadline = Date.now() + this.options.maxWaitMs;
    let retryInMs = this.options.pollMs ?? 200;
    let waitedMs = 0;
    // Nobody queued here: try at once. Otherwise join the queue, so newcomers never overtake.
    if (this.waiters.length === 0) {
      const first = await this.governor.admit(claim);
      if (first.kind !== 'busy') return { ...first, waitedMs };
      retryInMs = first.retryInMs;
    }
    const waiter: Waiter = { woken: false, resolve: undefined };
    this.waiters.push(waiter);
    let tookRelease = false;
    try {
      for (;;) {
        const remaining = deadline - Date.now();
        if (remaining <= 0 || abort?.aborted) {
          return { kind: 'refused', reason: 'rate_limited', retryAfterMs: Math.max(retryInMs, 100), waitedMs };
        }
        if (!waiter.woken) {
          const isHead = this.waiters[0] === waiter;
          const sleptFrom = performance.now();
          await this.sleep(
            waiter,
            Math.min(remaining, isHead ? Math.min(retryInMs, this.options.pollMs ?? 200) : remaining),
            abort,
          );
          waitedMs += performance.now() - sleptFrom;
        }
        const wasWoken = waiter.woken;
        waiter.woken = false;
        // Only the head retries on its timer; others retry only when a release wakes them.
        if (!wasWoken && this.waiters[0] !== waiter) continue;
        tookRelease = wasWoken;
        const admission = await this.governor.admit(claim);
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

  private wakeOthers(self: Waiter, count: number): void {
    let left = count;
    for (const waiter of this.waiters) {
      if (left <= 0) break;
      if (waiter === self || waiter.woken) continue;
      waiter.woken = true;
      waiter.resolve?.();
      left -= 1;
    }
  }

  private sleep(waiter: Waiter, ms: number, abort?: AbortSignal): Promise<void> {
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
