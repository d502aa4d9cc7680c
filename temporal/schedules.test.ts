import { loadConfig } from '../common/config';
import { SCHEDULED_TASKS } from '../common/vocabulary/maintenance';
import { definitionHash, maintenanceSchedules } from './schedules';

const base = {
  DATABASE_URL: 'postgres://u@127.0.0.1:5432/db',
  REDIS_URL: 'redis://127.0.0.1:6379',
  TEMPORAL_ADDRESS: '127.0.0.1:7233',
  TEMPORAL_TASK_QUEUE_PREFIX: 'x-',
};

describe('maintenance schedule definitions', () => {
  const schedules = maintenanceSchedules(loadConfig(base));

  it('has one schedule per task, with a stable id, on the maintenance queue, its policies set explicitly', () => {
    expect(schedules.map((s) => s.task)).toEqual([...SCHEDULED_TASKS]);
    for (const s of schedules) {
      expect(s.scheduleId).toBe(`x-maintenance-${s.task}`);
      expect(s.action).toMatchObject({ type: 'startWorkflow', taskQueue: 'x-maintenance', workflowId: s.scheduleId });
      expect(s.action.workflowExecutionTimeout).toBeDefined();
      expect(s.policies).toEqual({
        overlap: 'SKIP',
        catchupWindow: expect.any(String) as unknown,
        pauseOnFailure: false,
      });
    }
    expect(schedules.find((s) => s.task === 'credit-watch')?.spec).toEqual({ intervals: [{ every: '5 minutes' }] });
  });

  it('gives the stale-enrichment run its allowance and the most one enrichment can cost', () => {
    const stale = schedules.find((s) => s.task === 'stale-enrichment')!;
    expect(stale.action.args).toEqual([
      expect.objectContaining({ maxAttempts: 3, creditAllowance: 500, maxCreditsPerEnrichment: 11 }),
    ]);
  });

  it('changes the definition hash of exactly the schedules whose spec or action changed', () => {
    const edited = maintenanceSchedules(loadConfig({ ...base, MAINTENANCE_PURGE_BATCH_SIZE: '50' }));
    const changed = edited.filter((s, i) => definitionHash(s) !== definitionHash(schedules[i]!)).map((s) => s.task);
    expect(changed).toEqual(['purge']);
    const respecified = { ...schedules[0]!, spec: { cronExpressions: ['0 4 * * *'] } };
    expect(definitionHash(respecified)).not.toBe(definitionHash(schedules[0]!));
    expect(definitionHash({ ...schedules[0]! })).toBe(definitionHash(schedules[0]!));
  });
});
