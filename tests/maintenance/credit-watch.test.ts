import type { WorkflowBundleWithSourceMap } from '@temporalio/worker';
import express from 'express';
import { INTERNAL_TOKEN, startGateway, type GatewayUnderTest } from '../gateway/fixtures';
import { listen, type Listening } from '../harness/listen';
import { createTestDatabase, type TestDatabase } from '../harness/services';
import { bundleWorkflows } from '../harness/workflow-bundle';
import { startSimulator, type RunningSimulator } from '../simulator/fixtures';
import { startMaintenanceWorker, triggerAndWait, type MaintenanceWorker } from './fixtures';

interface Alert {
  readonly threshold: number;
  readonly usedCredits: number;
  readonly budget: number;
  readonly month: string;
}

/**
 * Done when: the credit watch fires each alert once a month, even when no call crossed the line,
 * and reports an open circuit. The alerts go out through the gateway's own alert mechanism.
 */
describe('credit watch', () => {
  let t: TestDatabase;
  let sim: RunningSimulator;
  let webhook: Listening;
  let gateway: GatewayUnderTest;
  let worker: MaintenanceWorker;
  let bundle: WorkflowBundleWithSourceMap;
  const received: Alert[] = [];

  beforeAll(async () => {
    t = await createTestDatabase();
    bundle = await bundleWorkflows();
    sim = await startSimulator({ corpusSize: 1000 });
    const receiver = express();
    receiver.use(express.json());
    receiver.post('/alerts', (req, res) => {
      received.push(req.body as Alert);
      res.status(204).end();
    });
    webhook = await listen(receiver);
    const alerts = { GATEWAY_ALERT_WEBHOOK_URL: `${webhook.url}/alerts` };

    // 80 credits spent under a budget of 10,000: no threshold near.
    const before = await startGateway({
      simulatorUrl: sim.url,
      db: t.db,
      databaseUrl: t.url,
      env: { ...alerts, HASDATA_MONTHLY_BUDGET: '10000' },
    });
    for (let i = 0; i < 8; i++) {
      const page = await before.client.searchListings({ provider: 'indeed', keyword: 'cook', location: 'Ohio' });
      expect(page.outcome).toBe('ok');
    }
    await before.close();
    // The budget is lowered to 85 mid-month: 94% is spent, and no call crossed 70% or 90%.
    gateway = await startGateway({
      simulatorUrl: sim.url,
      db: t.db,
      databaseUrl: t.url,
      prefix: before.prefix,
      env: { ...alerts, HASDATA_MONTHLY_BUDGET: '85', GATEWAY_CIRCUIT_MIN_CALLS: '2' },
    });
    worker = await startMaintenanceWorker({
      databaseUrl: t.url,
      bundle,
      env: { GATEWAY_URL: gateway.url, GATEWAY_INTERNAL_TOKEN: INTERNAL_TOKEN },
    });
  }, 120_000);

  afterAll(async () => {
    await worker.close();
    await gateway.close();
    await webhook.close();
    await sim.close();
    await t.drop();
  });

  const alertLines = (): string[] => gateway.logs.filter((line) => line.includes('"alert":"credit_budget"'));

  it('sends the 70% and 90% alerts once each, though no call crossed them', async () => {
    expect(received).toEqual([]);
    const report = await triggerAndWait(worker.client, worker.scheduleId('credit-watch'));
    expect(report).toMatchObject({ used: 80, budget: 85, alertedThresholds: [0.7, 0.9], openCircuits: [] });
    const deadline = Date.now() + 10_000;
    while (received.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(received.map((a) => a.threshold).sort()).toEqual([0.7, 0.9]);
    for (const alert of received) expect(alert).toMatchObject({ usedCredits: 80, budget: 85 });

    // Every later check this month finds them sent.
    await triggerAndWait(worker.client, worker.scheduleId('credit-watch'));
    await triggerAndWait(worker.client, worker.scheduleId('credit-watch'));
    await new Promise((r) => setTimeout(r, 300));
    expect(received).toHaveLength(2);
    expect(alertLines()).toHaveLength(2);
  }, 120_000);

  it('reports an open circuit', async () => {
    await sim.admin.configure({ faults: { errorRate: 1 } });
    try {
      for (let i = 0; i < 3; i++) {
        const page = await gateway.client.scrapePage({ url: 'https://www.indeed.com/viewjob?jk=0123456789abcdef' });
        expect(page.outcome).not.toBe('ok');
      }
    } finally {
      await sim.admin.configure({ faults: { errorRate: 0 } });
    }
    const report = await triggerAndWait(worker.client, worker.scheduleId('credit-watch'));
    expect(report).toMatchObject({
      openCircuits: [{ endpoint: 'web.scrape', reason: 'errors', openUntil: expect.any(String) as unknown }],
    });
    const runs = await t.db
      .selectFrom('maintenance_runs')
      .select(['outcome'])
      .where('task', '=', 'credit-watch')
      .execute();
    expect(runs.map((r) => r.outcome)).toEqual(['completed', 'completed', 'completed', 'completed']);
  }, 60_000);

  it('sends them again, once each, when the next month’s spend is past the lines', async () => {
    // The gateways' clock moved to the 3rd of next month (UTC): a new month with nothing spent yet.
    const now = new Date();
    const target = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 3, 12);
    const nextMonth = new Date(target).toISOString().slice(0, 7);
    const governance = { clockOffsetMs: target - Date.now() };
    const nextMonthGateway = (budget: number) =>
      startGateway({
        simulatorUrl: sim.url,
        db: t.db,
        databaseUrl: t.url,
        prefix: gateway.prefix,
        env: { GATEWAY_ALERT_WEBHOOK_URL: `${webhook.url}/alerts`, HASDATA_MONTHLY_BUDGET: String(budget) },
        governance,
      });
    const spender = await nextMonthGateway(10_000);
    try {
      for (let i = 0; i < 8; i++) {
        const page = await spender.client.searchListings({ provider: 'indeed', keyword: 'cook', location: 'Ohio' });
        expect(page.outcome).toBe('ok');
      }
    } finally {
      await spender.close();
    }
    const next = await nextMonthGateway(85);
    const nextWorker = await startMaintenanceWorker({
      databaseUrl: t.url,
      bundle,
      env: { GATEWAY_URL: next.url, GATEWAY_INTERNAL_TOKEN: INTERNAL_TOKEN },
    });
    try {
      const report = await triggerAndWait(nextWorker.client, nextWorker.scheduleId('credit-watch'));
      expect(report).toMatchObject({ month: nextMonth, used: 80, alertedThresholds: [0.7, 0.9] });
      await triggerAndWait(nextWorker.client, nextWorker.scheduleId('credit-watch'));
      const deadline = Date.now() + 10_000;
      while (received.length < 4 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      expect(received).toHaveLength(4);
      expect(
        received
          .slice(2)
          .map((a) => [a.month, a.threshold])
          .sort(),
      ).toEqual([
        [nextMonth, 0.7],
        [nextMonth, 0.9],
      ]);
    } finally {
      await nextWorker.close();
      await next.close();
    }
  }, 120_000);
});
