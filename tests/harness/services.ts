import crypto from 'node:crypto';
import pg from 'pg';
import type { Redis } from 'ioredis';
import { createRedis, connectRedis } from '../../common/redis';
import { createDatabase, type DB } from '../../store/database';
import { harnessValue } from './environment';

export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  readonly db: DB;
  /** Closes the pool and drops the database. */
  drop(): Promise<void>;
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: harnessValue('databaseAdminUrl') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * pg-pool's end() resolves once it has asked its clients to end, not once their sessions are gone.
 * Dropping WITH (FORCE) at that moment terminates a session that was still saying goodbye, and its
 * client reports the termination as an error no one listens for. So wait (briefly) for the test's
 * own sessions to leave; FORCE then only ends sessions a test forgot to close.
 */
async function waitForDisconnects(client: pg.Client, database: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
      [database],
    );
    if ((rows[0]?.n ?? 0) === 0 || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * A fresh database for one test file, cloned from the migrated template (fast: a file copy). Pass
 * `{ empty: true }` for a database without the schema (to test migrations themselves).
 */
export async function createTestDatabase(options: { empty?: boolean; poolSize?: number } = {}): Promise<TestDatabase> {
  const name = `t_${crypto.randomBytes(6).toString('hex')}`;
  const template = options.empty ? 'template0' : harnessValue('templateDatabase');
  await withAdmin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const url = harnessValue('databaseAdminUrl').replace(/\/[^/]+$/, `/${name}`);
  const db = createDatabase({
    url,
    poolSize: options.poolSize ?? 5,
    statementTimeoutMs: 60_000,
    applicationName: 'test',
  });
  return {
    url,
    name,
    db,
    drop: async () => {
      await db.destroy();
      await withAdmin(async (c) => {
        await waitForDisconnects(c, name);
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      });
    },
  };
}

export function testRedisUrl(): string {
  return harnessValue('redisUrl');
}

/** The caches' Redis (bounded, evicting), as CACHE_REDIS_URL names it to the processes. */
export function testCacheRedisUrl(): string {
  return harnessValue('cacheRedisUrl');
}

/** A connected client; tests namespace their keys (see uniquePrefix) since Redis is shared. */
export async function createTestRedis(name = 'test'): Promise<Redis> {
  const client = createRedis(testRedisUrl(), name);
  await connectRedis(client);
  return client;
}

export function temporalAddress(): string {
  return harnessValue('temporalAddress');
}

/** A unique prefix for Redis keys, task queues and workflow ids, so test files never collide. */
export function uniquePrefix(label: string): string {
  return `${label}-${crypto.randomBytes(4).toString('hex')}`;
}

/** The harness' MinIO server (a real S3-compatible server) and credentials for it. */
export function testS3(): { endpoint: string; accessKeyId: string; secretAccessKey: string } {
  return {
    endpoint: harnessValue('s3Endpoint'),
    accessKeyId: harnessValue('s3AccessKeyId'),
    secretAccessKey: harnessValue('s3SecretAccessKey'),
  };
}
