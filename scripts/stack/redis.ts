import fs from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import * as tools from '../tools.cjs';
import { ManagedProcess, reapOrphan, waitUntilReady } from './managed-process';
import { assertPortFree } from './ports';

export interface RedisOptions {
  readonly dataDir: string;
  readonly port: number;
  readonly logFile: string;
  /** Append-only persistence for the embedded default; tests run without it. */
  readonly appendOnly: boolean;
  readonly pidFile?: string;
}

export interface RunningRedis {
  readonly url: string;
  readonly process: ManagedProcess;
  stop(): Promise<void>;
}

export async function startRedis(options: RedisOptions): Promise<RunningRedis> {
  const binary = tools.findRedisServer();
  if (!binary) throw new Error('redis-server not found; run `node scripts/bootstrap.cjs` first.');
  fs.mkdirSync(options.dataDir, { recursive: true });
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  if (options.pidFile) await reapOrphan(options.pidFile, 'redis-server');
  await assertPortFree(options.port, 'Redis', 'REDIS_PORT');

  const args = [
    '--port',
    String(options.port),
    '--bind',
    '127.0.0.1',
    '--dir',
    options.dataDir,
    '--daemonize',
    'no',
    '--save',
    '',
    '--appendonly',
    options.appendOnly ? 'yes' : 'no',
    '--appendfsync',
    'everysec',
    '--logfile',
    '',
  ];
  const proc = ManagedProcess.start({
    name: 'redis',
    command: binary,
    args,
    logFile: options.logFile,
    ...(options.pidFile ? { pidFile: options.pidFile } : {}),
  });
  const url = `redis://127.0.0.1:${options.port}`;
  await waitUntilReady(
    proc,
    async () => {
      const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      client.on('error', () => undefined); // refused while starting: the probe just answers false
      try {
        await client.connect();
        return (await client.ping()) === 'PONG';
      } finally {
        client.disconnect();
      }
    },
    20_000,
  );
  return {
    url,
    process: proc,
    // SIGTERM makes Redis flush the append-only file before it exits.
    stop: async () => {
      await proc.stop({ signal: 'SIGTERM', timeoutMs: 15_000 });
    },
  };
}
