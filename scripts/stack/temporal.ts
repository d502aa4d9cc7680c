import fs from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { SEARCH_ATTRIBUTES } from '../../temporal/search-attributes';
import { ensureSearchAttributes } from '../../temporal/registration';
import * as tools from '../tools.cjs';
import { ManagedProcess, reapOrphan, waitUntilReady } from './managed-process';
import { assertPortFree } from './ports';

export interface TemporalOptions {
  /** SQLite file for workflow history; undefined keeps everything in memory (tests). */
  readonly dbFile: string | undefined;
  /** SQLite pragmas for the file (`--sqlite-pragma name=value`). */
  readonly sqlitePragmas?: Readonly<Record<string, string>>;
  readonly port: number;
  /** Web UI port; undefined runs headless. */
  readonly uiPort: number | undefined;
  readonly namespace: string;
  readonly logFile: string;
  readonly pidFile?: string;
}

export interface RunningTemporal {
  readonly address: string;
  readonly uiUrl: string | undefined;
  readonly process: ManagedProcess;
  stop(): Promise<void>;
}

const SEARCH_ATTRIBUTE_FLAG_TYPES: Record<string, string> = {
  KEYWORD: 'Keyword',
  INT: 'Int',
  BOOL: 'Bool',
  TEXT: 'Text',
  DOUBLE: 'Double',
  DATETIME: 'Datetime',
  KEYWORD_LIST: 'KeywordList',
};

export async function startTemporal(options: TemporalOptions): Promise<RunningTemporal> {
  const cli = tools.findTemporalCli();
  if (!cli) throw new Error('Temporal CLI not found; run `node scripts/bootstrap.cjs` first.');
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  if (options.dbFile) fs.mkdirSync(path.dirname(options.dbFile), { recursive: true });
  if (options.pidFile) await reapOrphan(options.pidFile, 'start-dev');
  await assertPortFree(options.port, 'Temporal', 'TEMPORAL_PORT');
  if (options.uiPort !== undefined) await assertPortFree(options.uiPort, 'the Temporal UI', 'TEMPORAL_UI_PORT');

  const args = [
    'server',
    'start-dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(options.port),
    '--namespace',
    options.namespace,
    '--log-format',
    'json',
    '--log-level',
    'warn',
    ...(options.dbFile ? ['--db-filename', options.dbFile] : []),
    ...Object.entries(options.sqlitePragmas ?? {}).flatMap(([name, value]) => ['--sqlite-pragma', `${name}=${value}`]),
    ...(options.uiPort !== undefined ? ['--ui-port', String(options.uiPort)] : ['--headless']),
    ...SEARCH_ATTRIBUTES.flatMap((key) => [
      '--search-attribute',
      `${key.name}=${SEARCH_ATTRIBUTE_FLAG_TYPES[key.type]}`,
    ]),
  ];
  const proc = ManagedProcess.start({
    name: 'temporal',
    command: cli,
    args,
    logFile: options.logFile,
    ...(options.pidFile ? { pidFile: options.pidFile } : {}),
  });
  const address = `127.0.0.1:${options.port}`;
  await waitUntilReady(
    proc,
    async () => {
      const connection = await Connection.connect({ address, connectTimeout: 1000 });
      try {
        await connection.workflowService.describeNamespace({ namespace: options.namespace });
        return true;
      } finally {
        await connection.close();
      }
    },
    60_000,
  );
  const connection = await Connection.connect({ address });
  try {
    await ensureSearchAttributes(connection, options.namespace);
  } finally {
    await connection.close();
  }
  return {
    address,
    uiUrl: options.uiPort !== undefined ? `http://127.0.0.1:${options.uiPort}` : undefined,
    process: proc,
    stop: async () => {
      await proc.stop({ signal: 'SIGTERM', timeoutMs: 20_000 });
    },
  };
}
