import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as tools from '../tools.cjs';
import { ManagedProcess, reapOrphan, waitUntilReady } from './managed-process';
import { assertPortFree } from './ports';

export interface MinioOptions {
  readonly dataDir: string;
  readonly port: number;
  readonly logFile: string;
  readonly pidFile?: string;
}

export interface RunningMinio {
  readonly endpoint: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly process: ManagedProcess;
  stop(): Promise<void>;
}

/** A throwaway MinIO server with random credentials, for tests and benchmarks of the S3 store. */
export async function startMinio(options: MinioOptions): Promise<RunningMinio> {
  const binary = tools.findMinio();
  if (!binary) throw new Error('minio not found; run `node scripts/bootstrap.cjs --for test` first.');
  fs.mkdirSync(options.dataDir, { recursive: true });
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  if (options.pidFile) await reapOrphan(options.pidFile, 'minio');
  await assertPortFree(options.port, 'MinIO', 'a free port');
  const accessKeyId = `hh${crypto.randomBytes(6).toString('hex')}`;
  const secretAccessKey = crypto.randomBytes(24).toString('base64url');
  const proc = ManagedProcess.start({
    name: 'minio',
    command: binary,
    args: ['server', options.dataDir, '--address', `127.0.0.1:${options.port}`, '--quiet'],
    env: {
      ...process.env,
      MINIO_ROOT_USER: accessKeyId,
      MINIO_ROOT_PASSWORD: secretAccessKey,
      MINIO_BROWSER: 'off',
      MINIO_UPDATE: 'off',
    },
    logFile: options.logFile,
    ...(options.pidFile ? { pidFile: options.pidFile } : {}),
  });
  const endpoint = `http://127.0.0.1:${options.port}`;
  await waitUntilReady(
    proc,
    async () => (await fetch(`${endpoint}/minio/health/ready`, { signal: AbortSignal.timeout(1000) })).ok,
    30_000,
  );
  return {
    endpoint,
    accessKeyId,
    secretAccessKey,
    process: proc,
    stop: async () => {
      await proc.stop({ signal: 'SIGTERM', timeoutMs: 10_000 });
    },
  };
}
