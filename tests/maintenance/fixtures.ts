import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import type { Registry } from 'prom-client';
import { NativeConnection, type Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { loadConfig, type Config } from '../../common/config';
import { createLogger } from '../../common/logger';
import { SCHEDULED_TASKS, type ScheduledTask } from '../../common/vocabulary/maintenance';
import { maintenanceScheduleId } from '../../temporal/schedules';
import { createQueueWorkers } from '../../workers/create-workers';
import { createWorkerDependencies, type WorkerDependencies } from '../../workers/dependencies';
import { startMaintenance } from '../../workers/maintenance';
import { temporalAddress, testRedisUrl, uniquePrefix } from '../harness/services';

/**
 * Triggers a schedule now (the dev server runs schedules; nobody waits for the clock) and waits
 * for the run it started: its result, or its failure thrown.
 */
export async function triggerAndWait(client: Client, scheduleId: string, timeoutMs = 120_000): Promise<unknown> {
  const handle = client.schedule.getHandle(scheduleId);
  const before = (await handle.describe()).info.numActionsTaken;
  // ALLOW_ALL: a trigger right after another run finished is never skipped as an overlap.
  await handle.trigger('ALLOW_ALL');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const info = (await handle.describe()).info;
    const latest = info.recentActions.at(-1);
    if (info.numActionsTaken > before && latest) {
      return client.workflow
        .getHandle(latest.action.workflow.workflowId, latest.action.workflow.firstExecutionRunId)
        .result();
    }
    if (Date.now() > deadline) throw new Error(`schedule ${scheduleId} took no action within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * A series' value in a process registry, summed over the series matching `labels` (0 when nothing
 * was counted under them yet). A histogram's series are named with their suffix (`…_count`).
 */
export async function metricValue(
  registry: Registry,
  name: string,
  labels: Readonly<Record<string, string>> = {},
): Promise<number> {
  const metric = registry.getSingleMetric(name) ?? registry.getSingleMetric(name.replace(/_(count|sum|bucket)$/, ''));
  if (!metric) throw new Error(`no series ${name}`);
  // Histograms and summaries name each value (`…_bucket`, `…_count`); counters and gauges do not.
  const values: { value: number; labels: Partial<Record<string, string | number>>; metricName?: string }[] = (
    await metric.get()
  ).values;
  const matching = values.filter(
    (v) => (v.metricName ?? name) === name && Object.entries(labels).every(([k, want]) => v.labels[k] === want),
  );
  return matching.reduce((sum, v) => sum + v.value, 0);
}

export async function deleteMaintenanceSchedules(client: Client, prefix: string): Promise<void> {
  for (const task of SCHEDULED_TASKS) {
    await client.schedule
      .getHandle(maintenanceScheduleId(prefix, task))
      .delete()
      .catch(() => undefined);
  }
}

export interface MaintenanceWorker {
  readonly config: Config;
  readonly deps: WorkerDependencies;
  readonly client: Client;
  readonly prefix: string;
  readonly objectsDir: string;
  scheduleId(task: ScheduledTask): string;
  close(): Promise<void>;
}

/** The environment of a worker polling the maintenance queue only, its schedules created paused. */
export function maintenanceWorkerEnv(options: {
  databaseUrl: string;
  prefix: string;
  objectsDir: string;
}): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: testRedisUrl(),
    TEMPORAL_ADDRESS: temporalAddress(),
    TEMPORAL_TASK_QUEUE_PREFIX: options.prefix,
    WORKER_QUEUES: 'maintenance',
    EMBEDDINGS_PROVIDER: 'hash',
    OBJECT_STORE_DIR: options.objectsDir,
    MAINTENANCE_SCHEDULES_PAUSED: '1',
  };
}

/**
 * A worker polling the maintenance queue only, built as workers/main.ts builds it, schedules
 * upserted (paused: tests trigger them), against a test database and the harness' Temporal.
 */
export async function startMaintenanceWorker(options: {
  databaseUrl: string;
  env?: Record<string, string>;
  bundle: WorkflowBundleWithSourceMap;
}): Promise<MaintenanceWorker> {
  const prefix = `${uniquePrefix('mnt')}-`;
  const objectsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hh-maintenance-objects-'));
  const config = loadConfig({
    LOG_LEVEL: 'warn',
    ...maintenanceWorkerEnv({ databaseUrl: options.databaseUrl, prefix, objectsDir }),
    ...options.env,
  });
  const logger = createLogger({ name: 'maintenance-test', level: 'error' });
  const { deps, close: closeDeps } = await createWorkerDependencies(config, logger);
  const native = await NativeConnection.connect({ address: config.temporal.address });
  const workers: Worker[] = await createQueueWorkers(native, config, deps, options.bundle);
  const runs = workers.map((w) => w.run());
  await startMaintenance(deps.temporal, config, deps, logger);
  return {
    config,
    deps,
    client: deps.temporal,
    prefix,
    objectsDir,
    scheduleId: (task) => maintenanceScheduleId(prefix, task),
    async close() {
      await deleteMaintenanceSchedules(deps.temporal, prefix);
      for (const w of workers) w.shutdown();
      await Promise.all(runs);
      await native.close();
      await closeDeps();
      fs.rmSync(objectsDir, { recursive: true, force: true });
    },
  };
}
