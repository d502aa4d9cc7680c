import type { RequestHandler } from 'express';
import type { Redis } from 'ioredis';
import { HirehoundError } from '../common/errors';
import type { Logger } from '../common/logger';
import { currentUser } from './auth';

export interface RateLimitSettings {
  /** Requests allowed per window and key. */
  readonly limit: number;
  readonly windowMs: number;
  readonly prefix: string;
}

/**
 * Per-API-key fixed-window limit in Redis (shared by every api instance). It protects the API, not
 * the budget: when Redis is unreachable it lets requests through and logs, because provider spend
 * is guarded separately (and fail-closed) by the gateway.
 */
export function rateLimitPerUser(redis: Redis, settings: RateLimitSettings, logger: Logger): RequestHandler {
  return async (_req, res, next) => {
    const user = currentUser(res);
    const window = Math.floor(Date.now() / settings.windowMs);
    const key = `${settings.prefix}:${user.id}:${window}`;
    let count: number;
    try {
      const result = await redis
        .multi()
        .incr(key)
        .pexpire(key, settings.windowMs * 2)
        .exec();
      count = Number(result?.[0]?.[1] ?? 0);
    } catch (err) {
      logger.warn({ err: (err as Error).message }, 'rate limiter unavailable, letting the request through');
      next();
      return;
    }
    const resetMs = (window + 1) * settings.windowMs - Date.now();
    res.setHeader('RateLimit-Limit', String(settings.limit));
    res.setHeader('RateLimit-Remaining', String(Math.max(0, settings.limit - count)));
    res.setHeader('RateLimit-Reset', String(Math.ceil(resetMs / 1000)));
    if (count > settings.limit) {
      res.setHeader('Retry-After', String(Math.ceil(resetMs / 1000)));
      next(new HirehoundError('API_RATE_LIMITED', { details: { retryAfterMs: resetMs } }));
      return;
    }
    next();
  };
}
