import fs from 'node:fs';
import path from 'node:path';
import { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { bundleWorkflowCode, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { connectTemporal } from '../temporal/connection';

/** webpack's statistics are a page per bundle; only its errors are worth a line. */
const errorsOnly = {
  log: () => undefined,
  trace: () => undefined,
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: (message: string) => process.stderr.write(`${message}\n`),
};

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
  const bundle: WorkflowBundleWithSourceMap = await bundleWorkflowCode({
    workflowsPath: require.resolve('../workflows'),
    logger: errorsOnly,
  });
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
