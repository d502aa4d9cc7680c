import fs from 'node:fs';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import { temporal as proto } from '@temporalio/proto';

const HISTORY_DIR = path.join(__dirname, '..', 'histories');

/**
 * Keeps a finished run's history for the replay test (only with RECORD_HISTORIES=1), as binary
 * protobuf: the SDK's JSON converters trip over the duplicate protobufjs copies under jest.
 */
export async function recordHistory(temporal: Client, name: string, workflowId: string): Promise<void> {
  if (process.env.RECORD_HISTORIES !== '1') return;
  const history = await temporal.workflow.getHandle(workflowId).fetchHistory();
  fs.mkdirSync(HISTORY_DIR, { recursive: true });
  fs.writeFileSync(path.join(HISTORY_DIR, `${name}.pb`), proto.api.history.v1.History.encode(history).finish());
}
