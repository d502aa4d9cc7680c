import express, { Router, type Express } from 'express';
import type { Redis } from 'ioredis';
import type { Logger } from '../common/logger';
import type { DB } from '../store/database';
import { authenticate, currentUser } from './auth';
import { runChecks, type DependencyCheck } from './health';
import { errorHandler, routeNotFound } from './http-errors';
import { rateLimitPerUser, type RateLimitSettings } from './rate-limit';
import { resumeRoutes, type ResumeRoutesOptions } from './resumes';

export interface AppDependencies {
  readonly logger: Logger;
  readonly db: DB;
  readonly redis: Redis;
  /** Liveness of each backing service: postgres, redis, temporal. */
  readonly healthChecks: readonly DependencyCheck[];
  /** Extra conditions to serve traffic: migrations applied, workers polling. */
  readonly readinessChecks: readonly DependencyCheck[];
  readonly rateLimit?: Omit<RateLimitSettings, 'prefix'>;
  /** Resume upload and profile routes; they need a Temporal client, so tests that do not use them leave this out. */
  readonly resumes?: Omit<ResumeRoutesOptions, 'db'>;
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
  if (deps.resumes) v1.use('/resumes', resumeRoutes({ db: deps.db, ...deps.resumes }));
  app.use('/v1', v1);

  app.use(routeNotFound);
  app.use(errorHandler(deps.logger));
  return app;
}
