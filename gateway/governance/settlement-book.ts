import type { HasDataEndpoint } from '../../common/hasdata-endpoints';
import type { Logger } from '../../common/logger';
import type { GovernedEndpoint } from '../../common/model-endpoints';
import type { CreditGovernor, Settlement } from './governor';
import type { Handoff } from './slot-queue';

export interface SettlementBookHooks<E extends GovernedEndpoint = HasDataEndpoint> {
  /** Told about every booked call; `handedOff` when its slot went straight to a waiting call. */
  readonly onBooked: (requestId: string, handedOff: boolean) => void;
  /** A waiting call to admit with the settlement, if any (see SlotQueue.takeHandoff). */
  readonly takeHandoff?: () => Handoff<E> | undefined;
}

/**
 * Books finished calls, and keeps booking them until Redis takes them. A call that reached the
 * provider must be booked whatever happens to Redis meanwhile: when a settlement fails, it is kept
 * and retried with backoff, and the caller still gets its answer. Redis' own idempotence (a call is
 * booked once) makes retrying safe.
 */
export class SettlementBook<E extends GovernedEndpoint = HasDataEndpoint> {
  private readonly pending = new Map<string, Settlement>();
  private timer: NodeJS.Timeout | undefined;
  private attempt = 0;

  constructor(
    private readonly governor: CreditGovernor<E>,
    private readonly logger: Logger,
    private readonly hooks: SettlementBookHooks<E>,
  ) {}

  /** Settlements waiting for Redis. */
  get backlog(): number {
    return this.pending.size;
  }

  /** Books now if Redis answers; otherwise keeps the settlement for later. Never throws. */
  async settle(settlement: Settlement): Promise<void> {
    try {
      await this.book(settlement, this.hooks.takeHandoff?.());
    } catch (err) {
      this.pending.set(settlement.requestId, settlement);
      this.logger.warn(
        { requestId: settlement.requestId, credits: settlement.credits, err: (err as Error).message },
        'could not book a finished call; will retry until Redis answers',
      );
      this.schedule();
    }
  }

  /** Retries everything pending now; resolves when nothing is left or the time is up. */
  async flush(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.pending.size > 0 && Date.now() < deadline) {
      await this.retryPending();
      if (this.pending.size > 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.size > 0) {
      // Their leases will run out and Redis books them as abandoned (at full cost): nothing is lost.
      this.logger.error({ pending: [...this.pending.keys()] }, 'stopping with unbooked calls');
    }
  }

  private async book(settlement: Settlement, handoff?: Handoff<E>): Promise<void> {
    let booked: boolean;
    let admission;
    try {
      ({ booked, admission } = await this.governor.settleAndAdmit(settlement, handoff?.claim));
    } catch (err) {
      handoff?.abandon();
      throw err;
    }
    if (handoff) {
      if (admission) handoff.deliver(admission);
      else handoff.abandon();
    }
    // A call released after a failed admission usually never held anything: nothing to say.
    if (!booked && settlement.outcome !== 'not_called') {
      this.logger.warn(
        { requestId: settlement.requestId, outcome: settlement.outcome },
        'call was already booked (its lease ran out and it was reclaimed as abandoned)',
      );
    }
    this.hooks.onBooked(settlement.requestId, admission?.kind === 'granted');
  }

  private schedule(): void {
    if (this.timer) return;
    const delay = Math.min(5000, 100 * 2 ** Math.min(this.attempt, 6));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.retryPending().then(() => {
        if (this.pending.size > 0) this.schedule();
      });
    }, delay);
    this.timer.unref();
  }

  private async retryPending(): Promise<void> {
    for (const settlement of [...this.pending.values()]) {
      try {
        await this.book(settlement);
        this.pending.delete(settlement.requestId);
        this.attempt = 0;
      } catch {
        this.attempt += 1;
        return;
      }
    }
  }
}
