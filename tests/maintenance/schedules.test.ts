import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { loadConfig } from '../../common/config';
import { SCHEDULED_TASKS } from '../../common/vocabulary/maintenance';
import { maintenanceScheduleId, maintenanceSchedules, upsertSchedules } from '../../temporal/schedules';
import { createTestDatabase, temporalAddress, uniquePrefix, type TestDatabase } from '../harness/services';
import { killGroup, startWorkerProcess, type WorkerProcess } from '../harness/worker-process';
import { deleteMaintenanceSchedules, maintenanceWorkerEnv, triggerAndWait } from './fixtures';

/**
 * Done when: each schedule exists after the workers start and again after a restart, with no
 * duplicate; an edited spec is updated in place. Against the real worker process and the dev server.
 */
describe('maintenance schedules', () => {
  let t: TestDatabase;
  let connection: Connection;
  let client: Client;
  let worker: WorkerProcess | undefined;
  const prefix = `${uniquePrefix('sched')}-`;
  const objectsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hh-sched-objects-'));
  const env = (): Record<string, string> => maintenanceWorkerEnv({ databaseUrl: t.url, prefix, objectsDir });
  const ids = SCHEDULED_TASKS.map((task) => maintenanceScheduleId(prefix, task)).sort();

  /** The schedules of this deployment as the server lists them (eventually consistent: polled). */
  async function listed(expected: number): Promise<string[]> {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const found: string[] = [];
      for await (const schedule of client.schedule.list()) {
        if (schedule.scheduleId.startsWith(prefix)) found.push(schedule.scheduleId);
      }
      if (found.length >= expected || Date.now() > deadline) return found.sort();
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  beforeAll(async () => {
    t = await createTestDatabase();
    connection = await Connection.connect({ address: temporalAddress() });
    client = new Client({ connection });
  });
  afterAll(async () => {
    if (worker) await killGroup(worker.child, 'SIGTERM');
    await deleteMaintenanceSchedules(client, prefix);
    await connection.close();
    await t.drop();
    fs.rmSync(objectsDir, { recursive: true, force: true });
  });

  it('exist once each after the workers start, and after a restart still once, untouched', async () => {
    worker = startWorkerProcess(env());
    await worker.ready;
    expect(await listed(ids.length)).toEqual(ids);
    const created = new Map<string, number>();
    for (const id of ids) {
      const description = await client.schedule.getHandle(id).describe();
      expect(description.state.paused).toBe(true);
      expect(description.action).toMatchObject({ type: 'startWorkflow', taskQueue: `${prefix}maintenance` });
      expect(description.policies.overlap).toBe('SKIP');
      created.set(id, description.info.createdAt.getTime());
    }
    expect(worker.output()).toContain(`"${prefix}maintenance-purge":"created"`);

    await killGroup(worker.child, 'SIGTERM');
    worker = startWorkerProcess(env());
    await worker.ready;
    await new Promise((r) => setTimeout(r, 1000));
    expect(worker.output()).toContain(`"${prefix}maintenance-purge":"unchanged"`);
    expect(await listed(ids.length)).toEqual(ids);
    for (const id of ids) {
      const description = await client.schedule.getHandle(id).describe();
      expect(description.info.createdAt.getTime()).toBe(created.get(id));
      expect(description.info.lastUpdatedAt).toBeUndefined();
    }
  }, 120_000);

  it('updates an edited spec in place, keeping the schedule and its paused state', async () => {
    const config = loadConfig(env());
    const id = maintenanceScheduleId(prefix, 'credit-watch');
    const before = await client.schedule.getHandle(id).describe();
    const edited = maintenanceSchedules(config).map((s) =>
      s.task === 'credit-watch' ? { ...s, spec: { intervals: [{ every: '10 minutes' }] } } : s,
    );
    const outcomes = await upsertSchedules(client, edited, { startPaused: false });
    expect(outcomes[id]).toBe('updated');
    expect(Object.values(outcomes).filter((o) => o !== 'unchanged')).toEqual(['updated']);

    const after = await client.schedule.getHandle(id).describe();
    expect(after.spec.intervals).toMatchObject([{ every: 600_000 }]);
    expect(after.info.createdAt.getTime()).toBe(before.info.createdAt.getTime());
    expect(after.info.lastUpdatedAt).toBeDefined();
    // The operator's state is the operator's: still paused although startPaused is false now.
    expect(after.state.paused).toBe(true);
    expect(await listed(ids.length)).toEqual(ids);

    // The same definition again changes nothing.
    expect((await upsertSchedules(client, edited, { startPaused: false }))[id]).toBe('unchanged');
  }, 60_000);

  it('runs a paused schedule when triggered, on the maintenance worker, and records the run', async () => {
    const summary = await triggerAndWait(client, maintenanceScheduleId(prefix, 'credit-watch'));
    expect(summary).toEqual({ skipped: expect.stringContaining('no gateway') as unknown });
    const runs = await t.db.selectFrom('maintenance_runs').selectAll().where('task', '=', 'credit-watch').execute();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ outcome: 'completed' });
    expect(runs[0]!.workflow_id.startsWith(maintenanceScheduleId(prefix, 'credit-watch'))).toBe(true);
  }, 60_000);
});
