import express, { Router, type Express } from 'express';
import type { Redis } from 'ioredis';
import type { Logger } from '../common/logger';
import type { DB } from '../store/database';
import { authenticate, currentUser } from './auth';
import { runChecks, type DependencyCheck } from './health';
import { errorHandler, routeNotFound } from './http-errors';
import { rateLimitPerUser, type RateLimitSettings } from './rate-limit';

export interface AppDependencies {
  readonly logger: Logger;
  readonly db: DB;
  readonly redis: Redis;
  /** Liveness of each backing service: postgres, redis, temporal. */
  readonly healthChecks: readonly DependencyCheck[];
  /** Extra conditions to serve traffic: migrations applied, workers polling. */
  readonly readinessChecks: readonly DependencyCheck[];
  readonly rateLimit?: Omit<RateLimitSettings, 'prefix'>;
  /** Feature routers mounted under the authenticated, rate-limited /v1 (searches, resumes, jobs…). */
  readonly v1Routes?: readonly Router[];
  /** Unauthenticated documents such as /openapi.json. */
  readonly publicRoutes?: readonly Router[];
}

export const DEFAULT_RATE_LIMIT = { limit: 120, windowMs: 60_000 } as const;

export function createApp(deps: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(express.json({ limit: '256kb' }));

  app.get('/healthz', async (_req, res) => {
    const report = await runChecks(deps.healthChecks);
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  });

  app.get('/readyz', async (_req, res) => {
    const report = await runChecks([...deps.healthChecks, ...deps.readinessChecks]);
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  });

  for (const routes of deps.publicRoutes ?? []) app.use(routes);

  // Everything under /v1 is authenticated by API key and rate limited per key.
  const v1 = Router();
  v1.use(authenticate(deps.db));
  v1.use(rateLimitPerUser(deps.redis, { ...(deps.rateLimit ?? DEFAULT_RATE_LIMIT), prefix: 'hh:api:rl' }, deps.logger));
  v1.get('/me', (_req, res) => {
    const user = currentUser(res);
    res.json({
      id: user.id,
      email: user.email,
      tier: user.tier,
      isAdmin: user.isAdmin,
      dailyCreditCap: user.dailyCreditCap,
    });
  });
  for (const routes of deps.v1Routes ?? []) v1.use(routes);
  app.use('/v1', v1);

  app.use(routeNotFound);
  app.use(errorHandler(deps.logger));
  return app;
}
