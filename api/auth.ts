import type { RequestHandler, Response } from 'express';
import { HirehoundError } from '../common/errors';
import type { DB } from '../store/database';
import { findUserByApiKey, type User } from '../store/users';

/**
 * API-key authentication: `Authorization: Bearer <key>` or `X-API-Key: <key>`. The user, and so
 * the tier, always comes from the database, never from the request.
 */
export function authenticate(db: DB): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization');
    const key = header?.toLowerCase().startsWith('bearer ') ? header.slice(7).trim() : req.get('x-api-key')?.trim();
    if (!key) {
      next(new HirehoundError('AUTH_MISSING_API_KEY'));
      return;
    }
    const user = await findUserByApiKey(db, key);
    if (!user) {
      next(new HirehoundError('AUTH_INVALID_API_KEY'));
      return;
    }
    res.locals.user = user;
    next();
  };
}

/** The authenticated user of this request (authenticate() must run first). */
export function currentUser(res: Pick<Response, 'locals'>): User {
  const user = res.locals.user as User | undefined;
  if (!user) throw new HirehoundError('AUTH_MISSING_API_KEY');
  return user;
}

export const requireAdmin: RequestHandler = (_req, res, next) => {
  next(currentUser(res).isAdmin ? undefined : new HirehoundError('AUTH_FORBIDDEN', { message: 'Admin only' }));
};
