import fs from 'node:fs';
import path from 'node:path';
import { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { createLogger } from '../common/logger';
import { connectTemporal } from '../temporal/connection';
import { bundleWorkflows } from '../workers/create-workers';

export interface ReplayCheck {
  /** 'ok', or the replay's error (the history is then kept in `keepDir` as `<workflowId>.pb`). */
  check(workflowId: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Replays a finished run's whole history against the workflows as this checkout bundles them, as a
 * worker that had evicted the run would: a benchmark reports whether its searches replay, and keeps
 * any history that does not (binary protobuf, for tests/histories).
 */
export async function createReplayCheck(address: string, keepDir: string): Promise<ReplayCheck> {
  const connection = await connectTemporal({ address });
  const client = new Client({ connection });
  // Bundled as the worker process bundles them; the bundler's warnings go to stderr.
  const bundle = await bundleWorkflows(createLogger({ level: 'warn', name: 'bench', destination: process.stderr }));
  return {
    async check(workflowId) {
      const history = await client.workflow.getHandle(workflowId).fetchHistory();
      try {
        await Worker.runReplayHistory({ workflowBundle: bundle }, history, workflowId);
        return 'ok';
      } catch (err) {
        fs.mkdirSync(keepDir, { recursive: true });
        fs.writeFileSync(
          path.join(keepDir, `${workflowId}.pb`),
          temporal.api.history.v1.History.encode(history).finish(),
        );
        return err instanceof Error ? err.message : String(err);
      }
    },
    close: () => connection.close(),
  };
}
