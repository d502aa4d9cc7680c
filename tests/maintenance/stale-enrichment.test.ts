import crypto from 'node:crypto';
import { createLogger } from '../../common/logger';
import type { Stack } from '../e2e/stack';
import { startStack } from '../e2e/stack';
import { call, startSearch, waitFinished } from '../e2e/api-client';
import { createUser } from '../../store/users';
import { findRetryRecord } from '../../store/enrichment-retries';
import { maintenanceScheduleId } from '../../temporal/schedules';
import { startMaintenance } from '../../workers/maintenance';
import { uniquePrefix } from '../harness/services';
import { bundleWorkflows } from '../harness/workflow-bundle';
import { expectDocumented } from '../api/documented';
import { deleteMaintenanceSchedules, metricValue, triggerAndWait } from './fixtures';

interface Summary {
  readonly candidates: number;
  readonly outcomes: Record<string, number>;
  readonly creditsSpent: number;
  readonly gaveUp: number;
  readonly stoppedBy: string | null;
}

interface DeadLetterPage {
  total: number;
  items: { id: string; task: string; activity: string | null; state: string; inputSummary: { jobId?: string } }[];
}

/**
 * Done when: stale-enrichment retries are bounded and charged through the gateway (simulator);
 * a dead letter can be requeued. The whole system: a paid search whose enrichments failed, then
 * the nightly retries (two attempts at most, 33 credits a night: three retries of 11 at most).
 */
describe('stale enrichment and dead letters', () => {
  let stack: Stack;
  let searchId: string;
  let failedJobs: string[];
  let admin: string;
  const scheduleId = (): string => maintenanceScheduleId(stack.config.temporal.taskQueuePrefix, 'stale-enrichment');
  const night = async (): Promise<Summary> => (await triggerAndWait(stack.temporal, scheduleId(), 240_000)) as Summary;
  const ledgerAfter = async (since: Date) => {
    await stack.gateway.gateway.mirror.drain();
    return stack.db.selectFrom('credit_ledger').selectAll().where('occurred_at', '>=', since).execute();
  };

  beforeAll(async () => {
    stack = await startStack({
      bundle: await bundleWorkflows(),
      env: {
        MAINTENANCE_SCHEDULES_PAUSED: '1',
        MAINTENANCE_ENRICH_RETRY_MAX_ATTEMPTS: '2',
        MAINTENANCE_ENRICH_RETRY_CREDITS: '33',
        SEARCH_ENRICH_LIMIT_PAID: '4',
        SEARCH_ENRICH_CONCURRENCY: '4',
        // The cache is always good enough: this search enriches, it does not discover.
        DISCOVERY_BEST_SCORE_BELOW: '0',
      },
      gatewayEnv: { GATEWAY_CIRCUIT_MIN_CALLS: '1000' },
    });
    await startMaintenance(stack.temporal, stack.config, stack.deps, createLogger({ name: 'test', level: 'silent' }));
    await stack.seedCache('registered nurse', 'United States', 1);
    const paid = await createUser(stack.db, { email: `${uniquePrefix('paid')}@example.com`, tier: 'paid' });
    admin = (await createUser(stack.db, { email: `${uniquePrefix('admin')}@example.com`, tier: 'free', isAdmin: true }))
      .apiKey;
    // The provider fails every call while the paid search enriches its top 4.
    await stack.sim.admin.configure({ faults: { errorRate: 1 } });
    await stack.withApi(async (base) => {
      searchId = await startSearch(base, paid.apiKey, { query: { keyword: 'registered nurse' } });
      const final = await waitFinished(base, paid.apiKey, searchId, 180_000);
      expect(final.progress.counts.enrichFailed).toBe(4);
    });
    await stack.sim.admin.configure({ faults: { errorRate: 0 } });
    failedJobs = (
      await stack.db.selectFrom('jobs').select('id').where('enrichment_status', '=', 'failed').execute()
    ).map((r) => r.id);
    expect(failedJobs).toHaveLength(4);
  }, 300_000);

  afterAll(async () => {
    await deleteMaintenanceSchedules(stack.temporal, stack.config.temporal.taskQueuePrefix);
    await stack.close();
  });

  it('retries within the night’s allowance, through the gateway, charged to the search that asked', async () => {
    const since = new Date();
    const charged = (await stack.sim.admin.stats()).creditsCharged;
    const summary = await night();
    expect(summary).toMatchObject({
      candidates: 4,
      outcomes: { enriched: 3 },
      creditsSpent: 30,
      stoppedBy: 'credit allowance',
    });
    expect((await stack.sim.admin.stats()).creditsCharged - charged).toBe(30);

    const enriched = await stack.db
      .selectFrom('jobs')
      .select('id')
      .where('id', 'in', failedJobs)
      .where('enrichment_status', '=', 'enriched')
      .execute();
    expect(enriched).toHaveLength(3);
    const ledger = await ledgerAfter(since);
    expect(ledger.filter((r) => r.credits > 0).map((r) => [r.job_id, r.search_id, r.credits])).toEqual(
      expect.arrayContaining(enriched.map((j) => [j.id, searchId, 10])),
    );
    expect(ledger.reduce((sum, r) => sum + r.credits, 0)).toBe(30);
    for (const { id } of enriched)
      expect(await findRetryRecord(stack.db, id)).toMatchObject({ attempts: 1, gaveUp: false });
  }, 240_000);

  it('gives up after the last attempt, leaves a dead letter, and calls the provider no more', async () => {
    await stack.sim.admin.configure({ faults: { errorRate: 1 } });
    try {
      const first = await night();
      expect(first).toMatchObject({ candidates: 1, outcomes: { failed: 1 }, gaveUp: 0 });
      const second = await night();
      expect(second).toMatchObject({ candidates: 1, outcomes: { failed: 1 }, gaveUp: 1 });
      const calls = (await stack.sim.admin.stats()).calls;
      expect(await night()).toMatchObject({ candidates: 0, creditsSpent: 0 });
      expect((await stack.sim.admin.stats()).calls).toBe(calls);
    } finally {
      await stack.sim.admin.configure({ faults: { errorRate: 0 } });
    }
    const remaining = await stack.db
      .selectFrom('jobs')
      .select('id')
      .where('id', 'in', failedJobs)
      .where('enrichment_status', '=', 'failed')
      .execute();
    expect(remaining).toHaveLength(1);
    expect(await findRetryRecord(stack.db, remaining[0]!.id)).toMatchObject({ attempts: 2, gaveUp: true });

    // The worker's metrics moved with the runs and the letter.
    const worker = stack.deps.metrics.registry;
    expect(
      await metricValue(worker, 'hirehound_maintenance_runs_total', { schedule: scheduleId(), outcome: 'completed' }),
    ).toBe(4);
    expect(await metricValue(worker, 'hirehound_maintenance_runs_total', { outcome: 'failed' })).toBe(0);
    expect(await metricValue(worker, 'hirehound_maintenance_run_seconds_count', { schedule: scheduleId() })).toBe(4);
    expect(
      await metricValue(worker, 'hirehound_dead_letters_total', {
        workflow: 'staleEnrichmentWorkflow',
        activity: 'workflow enrichJobWorkflow',
      }),
    ).toBe(1);
    expect(await metricValue(worker, 'hirehound_dead_letters_pending')).toBe(1);
  }, 300_000);

  it('requeues a dead letter from the admin API: the enrichment runs again and the letter is resolved', async () => {
    await stack.withApi(async (base, api) => {
      const listed = await call<DeadLetterPage>(base, admin, 'GET', '/v1/admin/dead-letters?state=pending');
      expect(listed.status).toBe(200);
      expectDocumented('GET', '/v1/admin/dead-letters', listed.status, listed.body);
      expect(listed.body.total).toBe(1);
      const [letter] = listed.body.items;
      expect(letter).toMatchObject({
        task: 'stale-enrichment',
        activity: 'workflow enrichJobWorkflow',
        state: 'pending',
      });
      const jobId = letter!.inputSummary.jobId!;

      const requeued = await call<{ workflowId: string; deadLetter: { state: string } }>(
        base,
        admin,
        'POST',
        `/v1/admin/dead-letters/${letter!.id}/requeue`,
      );
      expect(requeued.status).toBe(202);
      expectDocumented('POST', `/v1/admin/dead-letters/${letter!.id}/requeue`, requeued.status, requeued.body);
      expect(requeued.body.deadLetter.state).toBe('requeued');
      expect(
        await metricValue(api.registry, 'hirehound_dead_letters_requeued_total', {
          workflow: 'enrichmentRetryWorkflow',
        }),
      ).toBe(1);
      await stack.temporal.workflow.getHandle(requeued.body.workflowId).result();
      const job = await stack.db
        .selectFrom('jobs')
        .select('enrichment_status')
        .where('id', '=', jobId)
        .executeTakeFirstOrThrow();
      expect(job.enrichment_status).toBe('enriched');

      const resolved = await call<DeadLetterPage>(base, admin, 'GET', '/v1/admin/dead-letters');
      expect(resolved.body.items.map((l) => l.state)).toEqual(['resolved']);
      const again = await call(base, admin, 'POST', `/v1/admin/dead-letters/${letter!.id}/requeue`);
      expect(again.status).toBe(409);
      expectDocumented('POST', `/v1/admin/dead-letters/${letter!.id}/requeue`, again.status, again.body);
      expect(again.body.error?.code).toBe('MAINTENANCE_DEAD_LETTER_NOT_PENDING');
      const unknown = await call(base, admin, 'POST', `/v1/admin/dead-letters/${crypto.randomUUID()}/requeue`);
      expect(unknown.body.error?.code).toBe('MAINTENANCE_DEAD_LETTER_NOT_FOUND');

      const record = await call<{
        tasks: Record<string, { runs: number; failures: number }>;
        deadLetters: Record<string, number>;
      }>(base, admin, 'GET', '/v1/admin/maintenance');
      expectDocumented('GET', '/v1/admin/maintenance', record.status, record.body);
      expect(record.body.tasks['stale-enrichment']).toMatchObject({ runs: 4, failures: 0, lastOutcome: 'completed' });
      expect(record.body.tasks['enrichment-retry']).toMatchObject({ runs: 1, failures: 0 });
      expect(record.body.deadLetters).toEqual({ pending: 0, requeued: 0, resolved: 1 });
      expect(await metricValue(api.registry, 'hirehound_dead_letters_pending')).toBe(0);
      expect(
        await metricValue(stack.deps.metrics.registry, 'hirehound_maintenance_runs_total', {
          schedule: maintenanceScheduleId(stack.config.temporal.taskQueuePrefix, 'enrichment-retry'),
          outcome: 'completed',
        }),
      ).toBe(1);
    });
  }, 120_000);
});
