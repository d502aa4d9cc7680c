import express, { Router, type Express } from 'express';
import type { Redis } from 'ioredis';
import { Registry } from 'prom-client';
import type { Logger } from '../common/logger';
import type { DB } from '../store/database';
import { authenticate, currentUser } from './auth';
import { bindRoutes, mountRoutes, type BoundRoute } from './contract/mount';
import { ROUTES } from './contract/routes';
import { runChecks, type DependencyCheck } from './health';
import { errorHandler, routeNotFound } from './http-errors';
import { rateLimitPerUser, type RateLimitSettings } from './rate-limit';
import { createApiMetrics, requestTelemetry, resumeRequestLogContext, type ApiMetrics } from './telemetry';

export interface AppDependencies {
  readonly logger: Logger;
  readonly db: DB;
  readonly redis: Redis;
  /** Liveness of each backing service: postgres, redis, temporal. */
  readonly healthChecks: readonly DependencyCheck[];
  /** Extra conditions to serve traffic: migrations applied, workers polling. */
  readonly readinessChecks: readonly DependencyCheck[];
  readonly rateLimit?: Omit<RateLimitSettings, 'prefix'>;
  /**
   * Feature routes (searches, resumes, jobs, /openapi.json…), each bound to its contract in
   * api/contract/routes.ts; those under /v1 are authenticated and rate limited.
   */
  readonly routes?: readonly BoundRoute[];
  /** Where the request series go (the process's registry, served by api/server.ts); a private one if absent. */
  readonly metrics?: ApiMetrics;
}

export const DEFAULT_RATE_LIMIT = { limit: 120, windowMs: 60_000 } as const;

export function createApp(deps: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(requestTelemetry(deps.metrics ?? createApiMetrics(new Registry()), deps.logger));
  app.use(express.json({ limit: '256kb' }));
  app.use(resumeRequestLogContext);

  const system = bindRoutes(ROUTES.system, {
    health: async (_input, _req, res) => {
      const report = await runChecks(deps.healthChecks);
      res.status(report.status === 'ok' ? 200 : 503).json(report);
    },
    ready: async (_input, _req, res) => {
      const report = await runChecks([...deps.healthChecks, ...deps.readinessChecks]);
      res.status(report.status === 'ok' ? 200 : 503).json(report);
    },
    me: (_input, _req, res) => {
      const user = currentUser(res);
      res.json({
        id: user.id,
        email: user.email,
        tier: user.tier,
        isAdmin: user.isAdmin,
        dailyCreditCap: user.dailyCreditCap,
      });
    },
  });

  // Everything under /v1 is authenticated by API key and rate limited per key.
  const v1 = Router();
  v1.use(authenticate(deps.db));
  v1.use(rateLimitPerUser(deps.redis, { ...(deps.rateLimit ?? DEFAULT_RATE_LIMIT), prefix: 'hh:api:rl' }, deps.logger));
  mountRoutes(app, v1, [...system, ...(deps.routes ?? [])]);
  app.use('/v1', v1);

  app.use(routeNotFound);
  app.use(errorHandler(deps.logger));
  return app;
}
