import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import * as tools from '../../scripts/tools.cjs';
import { startInfrastructure, type Infrastructure } from '../../scripts/stack/infrastructure';
import { startMinio, type RunningMinio } from '../../scripts/stack/minio';
import { findFreePort } from '../../scripts/stack/ports';
import { migrateToLatest } from '../../schema/migrator';
import { createDatabase } from '../../store/database';
import { HARNESS_ENV } from './environment';

declare global {
  var __HIREHOUND_INFRA__: { infra: Infrastructure; minio: RunningMinio; scratchDir: string } | undefined;
}

export const TEMPLATE_DATABASE = 'hirehound_template';

/**
 * Starts throwaway services on free ports in a temporary folder: a PostgreSQL cluster with
 * pgvector (no fsync), Redis (the ledger's and the caches', no persistence) and a headless Temporal dev server (in memory). A
 * template database carries the migrated schema; each test file clones it (tests/harness/services.ts).
 */
export default async function globalSetup(): Promise<void> {
  const scratchDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hirehound-test-'));
  fs.chmodSync(scratchDir, 0o755);
  const postgresUser = process.getuid?.() === 0 ? tools.lookupUser('postgres') : null;
  if (postgresUser) fs.chownSync(scratchDir, postgresUser.uid, postgresUser.gid);

  const started = Date.now();
  const [infra, minio] = await Promise.all([
    startInfrastructure({
      dataDir: scratchDir,
      ports: {
        postgres: await findFreePort(),
        redis: await findFreePort(),
        cacheRedis: await findFreePort(),
        temporal: await findFreePort(),
      },
      temporalUiPort: undefined,
      namespace: 'default',
      database: TEMPLATE_DATABASE,
      durable: false,
    }),
    startMinio({
      dataDir: path.join(scratchDir, 'minio'),
      port: await findFreePort(),
      logFile: path.join(scratchDir, 'logs', 'minio.log'),
    }),
  ]);
  globalThis.__HIREHOUND_INFRA__ = { infra, minio, scratchDir };

  const db = createDatabase({
    url: infra.databaseUrl,
    poolSize: 1,
    statementTimeoutMs: 120_000,
    applicationName: 'test-setup',
  });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
  // Nobody may stay connected to a template, or CREATE DATABASE … TEMPLATE fails.
  const admin = new pg.Client({ connectionString: infra.databaseUrl.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  await admin.query(`ALTER DATABASE ${TEMPLATE_DATABASE} WITH IS_TEMPLATE true`);
  await admin.end();

  process.env[HARNESS_ENV.databaseAdminUrl] = infra.databaseUrl.replace(/\/[^/]+$/, '/postgres');
  process.env[HARNESS_ENV.templateDatabase] = TEMPLATE_DATABASE;
  process.env[HARNESS_ENV.redisUrl] = infra.redisUrl;
  process.env[HARNESS_ENV.cacheRedisUrl] = infra.cacheRedisUrl ?? infra.redisUrl;
  process.env[HARNESS_ENV.temporalAddress] = infra.temporalAddress;
  process.env[HARNESS_ENV.scratchDir] = scratchDir;
  process.env[HARNESS_ENV.s3Endpoint] = minio.endpoint;
  process.env[HARNESS_ENV.s3AccessKeyId] = minio.accessKeyId;
  process.env[HARNESS_ENV.s3SecretAccessKey] = minio.secretAccessKey;
  process.stdout.write(`\n[harness] services up in ${((Date.now() - started) / 1000).toFixed(1)} s (${scratchDir})\n`);

  // If jest dies without running the teardown, do not leave servers behind.
  const emergencyStop = (): void => {
    for (const proc of [...infra.processes, minio.process]) {
      try {
        if (proc.pid) process.kill(-proc.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  };
  process.once('exit', emergencyStop);
}
