import { HirehoundError } from '../common/errors';
import type { DB } from '../store/database';
import { findUserById } from '../store/users';

/**
 * Each user's optional daily credit cap (users.daily_credit_cap), looked up for every attributed
 * call and kept for a short while: a cap changed by an admin applies within ttlMs, and the hot
 * path does not wait on Postgres for every call.
 */
export class UserCaps {
  private readonly cache = new Map<string, { cap: number | null; at: number }>();

  constructor(
    private readonly db: DB,
    private readonly ttlMs = 30_000,
  ) {}

  /** The user's cap (null: none). Unknown users are refused: their spend could not be traced. */
  async capFor(userId: string): Promise<number | null> {
    const hit = this.cache.get(userId);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.cap;
    let cap: number | null;
    try {
      const user = await findUserById(this.db, userId);
      if (!user) throw new HirehoundError('GATEWAY_UNKNOWN_USER', { details: { userId } });
      // Free users have no provider budget at all: whatever reaches the gateway on their behalf
      // is refused here too, behind the search workflow's own rule.
      cap = user.tier === 'free' ? 0 : user.dailyCreditCap;
    } catch (err) {
      if (err instanceof HirehoundError) throw err;
      // Postgres is down: an older answer is better than none; without one, fail closed.
      if (hit) return hit.cap;
      throw new HirehoundError('GATEWAY_UNAVAILABLE', { message: 'User caps cannot be read', cause: err });
    }
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(userId, { cap, at: Date.now() });
    return cap;
  }
}
