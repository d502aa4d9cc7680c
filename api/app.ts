import express, { type Express } from 'express';
import type { Logger } from '../common/logger';
import { runChecks, type DependencyCheck } from './health';
import { errorHandler, routeNotFound } from './http-errors';

export interface AppDependencies {
  readonly logger: Logger;
  /** Liveness of each backing service: postgres, redis, temporal. */
  readonly healthChecks: readonly DependencyCheck[];
  /** Extra conditions to serve traffic: migrations applied, workers polling. */
  readonly readinessChecks: readonly DependencyCheck[];
}

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

  app.use(routeNotFound);
  app.use(errorHandler(deps.logger));
  return app;
}
