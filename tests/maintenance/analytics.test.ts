import { createLogger } from '../../common/logger';
import type { SearchView } from '../e2e/api-client';
import { call, startSearch, waitFinished } from '../e2e/api-client';
import { startStack, type Stack } from '../e2e/stack';
import { createUser } from '../../store/users';
import { maintenanceScheduleId } from '../../temporal/schedules';
import { startMaintenance } from '../../workers/maintenance';
import { uniquePrefix } from '../harness/services';
import { bundleWorkflows } from '../harness/workflow-bundle';
import { expectDocumented } from '../api/documented';
import { deleteMaintenanceSchedules, triggerAndWait } from './fixtures';

interface Figures {
  searches: number;
  cacheHitRate: number | null;
  discoveryRate: number | null;
  credits: number;
  creditsPerSearch: number | null;
  results: number;
  usefulResults: number;
  openedResults: number;
  creditsPerUsefulResult: number | null;
  enrichment: { done: number; failed: number; expired: number; successRate: number | null };
}
interface Analytics {
  hours: (Figures & { tier: string; hour: string; firstResultsMs: { p50: number | null; p95: number | null } })[];
  totals: { free: Figures; paid: Figures; all: Figures };
}

/** The hourly roll-up of real searches (one free, one paid), served at GET /v1/admin/analytics. */
describe('analytics roll-up', () => {
  let stack: Stack;
  const free = { key: '', search: undefined as SearchView | undefined };
  const paid = { key: '', search: undefined as SearchView | undefined };
  let admin: string;

  beforeAll(async () => {
    stack = await startStack({ bundle: await bundleWorkflows(), env: { MAINTENANCE_SCHEDULES_PAUSED: '1' } });
    await startMaintenance(stack.temporal, stack.config, stack.deps, createLogger({ name: 'test', level: 'silent' }));
    await stack.seedCache('truck driver', 'United States', 1);
    free.key = (await createUser(stack.db, { email: `${uniquePrefix('free')}@example.com`, tier: 'free' })).apiKey;
    paid.key = (await createUser(stack.db, { email: `${uniquePrefix('paid')}@example.com`, tier: 'paid' })).apiKey;
    admin = (await createUser(stack.db, { email: `${uniquePrefix('admin')}@example.com`, tier: 'free', isAdmin: true }))
      .apiKey;
    await stack.withApi(async (base) => {
      for (const user of [free, paid]) {
        const id = await startSearch(base, user.key, { query: { keyword: 'truck driver' } });
        user.search = await waitFinished(base, user.key, id, 180_000);
      }
      // The free user opens two of the results: both count as opened, once each.
      const [first, second] = free.search!.results.items;
      for (const jobId of [first!.job.id, second!.job.id, first!.job.id]) {
        expect((await call(base, free.key, 'GET', `/v1/jobs/${jobId}`)).status).toBe(200);
      }
    });
  }, 300_000);

  afterAll(async () => {
    await deleteMaintenanceSchedules(stack.temporal, stack.config.temporal.taskQueuePrefix);
    await stack.close();
  });

  it('rolls up searches by tier: cache hits, discovery, credits per useful result, enrichment, time to first results', async () => {
    const rollup = await triggerAndWait(
      stack.temporal,
      maintenanceScheduleId(stack.config.temporal.taskQueuePrefix, 'analytics-rollup'),
    );
    // One hour, or two when the searches straddled the hour.
    expect((rollup as { hours: number }).hours).toBeGreaterThanOrEqual(1);
    await stack.withApi(async (base) => {
      expect((await call(base, free.key, 'GET', '/v1/admin/analytics')).status).toBe(403);
      const { status, body } = await call<Analytics>(base, admin, 'GET', '/v1/admin/analytics');
      expect(status).toBe(200);
      expectDocumented('GET', '/v1/admin/analytics', status, body);

      const freeSearch = free.search!;
      expect(body.totals.free).toMatchObject({
        searches: 1,
        cacheHitRate: 1,
        discoveryRate: 0,
        credits: 0,
        results: freeSearch.results.total,
        usefulResults: freeSearch.results.total,
        openedResults: 2,
        creditsPerUsefulResult: 0,
      });

      const paidProgress = paid.search!.progress;
      const { enrichDone, enrichFailed } = paidProgress.counts;
      expect(body.totals.paid).toMatchObject({
        searches: 1,
        discoveryRate: paidProgress.discoveryTriggered ? 1 : 0,
        cacheHitRate: paidProgress.discoveryTriggered ? 0 : 1,
        credits: paidProgress.creditsUsed,
        creditsPerSearch: paidProgress.creditsUsed,
        openedResults: 0,
        enrichment: {
          done: enrichDone,
          failed: enrichFailed,
          successRate: enrichDone + enrichFailed > 0 ? enrichDone / (enrichDone + enrichFailed) : null,
        },
      });
      expect(body.totals.all.searches).toBe(2);

      const freeHour = body.hours.find((h) => h.tier === 'free')!;
      expect(freeHour.firstResultsMs.p50).toBe(freeSearch.progress.timings.cacheMs);
      expect(freeHour.firstResultsMs.p95).toBe(freeSearch.progress.timings.cacheMs);
      expect(new Date(freeHour.hour).getUTCMinutes()).toBe(0);
    });
  }, 120_000);

  it('recomputes the same hours on every run: running it again changes nothing', async () => {
    const before = await stack.db.selectFrom('analytics_hourly').selectAll().orderBy('tier').execute();
    await triggerAndWait(
      stack.temporal,
      maintenanceScheduleId(stack.config.temporal.taskQueuePrefix, 'analytics-rollup'),
    );
    const after = await stack.db.selectFrom('analytics_hourly').selectAll().orderBy('tier').execute();
    expect(after.map(({ computed_at: _c, ...row }) => row)).toEqual(before.map(({ computed_at: _c, ...row }) => row));
  }, 60_000);
});
