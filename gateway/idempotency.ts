import type { Redis } from 'ioredis';
import type { JobResponse, ListingResponse, ScrapeResponse } from './contract';

type Answer = ListingResponse | JobResponse | ScrapeResponse;

export type IdempotencyState<A extends Answer> =
  { readonly kind: 'new' } | { readonly kind: 'in_flight' } | { readonly kind: 'replay'; readonly answer: A };

const PENDING = 'pending';

/**
 * Answers kept per idempotency key (in Redis, shared by every gateway instance). A key is claimed
 * before the provider is called; a final answer (data, or an expired posting: both billed) is kept
 * for `ttlMs` and handed back to any repeat, which is charged nothing. Refusals and provider errors
 * are not kept: the repeat is a genuine new attempt.
 */
export class IdempotencyStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly ttlMs: number,
    /** A claim outlives a call that died without answering by at most this long. */
    private readonly claimMs: number,
  ) {}

  private key(key: string): string {
    return `${this.prefix}:idem:${key}`;
  }

  /** Claims the key, or says who has it: an earlier answer to replay, or a call still running. */
  async begin<A extends Answer>(key: string): Promise<IdempotencyState<A>> {
    const claimed = await this.redis.set(this.key(key), PENDING, 'PX', this.claimMs, 'NX');
    if (claimed === 'OK') return { kind: 'new' };
    const stored = await this.redis.get(this.key(key));
    if (stored === null) return this.begin(key); // expired between the two commands
    if (stored === PENDING) return { kind: 'in_flight' };
    return { kind: 'replay', answer: JSON.parse(stored) as A };
  }

  async finish(key: string, answer: Answer): Promise<void> {
    if (answer.outcome === 'ok' || answer.outcome === 'expired') {
      await this.redis.set(this.key(key), JSON.stringify(answer), 'PX', this.ttlMs);
    } else {
      await this.redis.del(this.key(key));
    }
  }

  async abandon(key: string): Promise<void> {
    await this.redis.del(this.key(key));
  }
}
