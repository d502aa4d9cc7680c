import type { Express } from 'express';
import pino from 'pino';
import { createApp, type AppDependencies } from '../../api/app';
import type { TestConnections } from '../harness/connections';

export const silentLogger = pino({ level: 'silent' });

/** The API app on a test file's database and Redis; no health or readiness checks unless given. */
export function createTestApp(
  connections: Pick<TestConnections, 'db' | 'redis'>,
  options: Partial<AppDependencies> = {},
): Express {
  return createApp({
    logger: silentLogger,
    db: connections.db,
    redis: connections.redis,
    healthChecks: [],
    readinessChecks: [],
    ...options,
  });
}
