import express from 'express';
import { createTestDatabase, type TestDatabase } from '../harness/services';
import { listen, type Listening } from '../harness/listen';
import { startSimulator, type RunningSimulator } from '../simulator/fixtures';
import { startGatewayInstances, type GatewayUnderTest } from './fixtures';

/** Done when: alerts fire exactly once each at 70% and 90% (log, metric, webhook), across instances. */
describe('budget alerts', () => {
  let t: TestDatabase;
  let sim: RunningSimulator;
  let webhook: Listening;
  const received: { threshold: number; usedCredits: number; budget: number; month: string }[] = [];
  const gateways: GatewayUnderTest[] = [];

  beforeAll(async () => {
    t = await createTestDatabase();
    sim = await startSimulator({ corpusSize: 1000, latency: { medianMs: 10, p95Ms: 30 } });
    const receiver = express();
    receiver.use(express.json());
    receiver.post('/alerts', (req, res) => {
      received.push(req.body as (typeof received)[number]);
      res.status(204).end();
    });
    webhook = await listen(receiver);
    const env = { HASDATA_MONTHLY_BUDGET: '200', GATEWAY_ALERT_WEBHOOK_URL: `${webhook.url}/alerts` };
    gateways.push(...(await startGatewayInstances(2, { simulatorUrl: sim.url, db: t.db, databaseUrl: t.url, env })));
  });
  afterAll(async () => {
    for (const gw of gateways) await gw.close();
    await webhook.close();
    await sim.close();
    await t.drop();
  });

  it('fires 70% and 90% once each, whichever instance crosses them, however many calls race past', async () => {
    // 25 calls of 10 credits against a budget of 200, from two instances at once: 20 fit.
    const results = await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        (gateways[i % 2] as GatewayUnderTest).client.searchListings({
          provider: 'indeed',
          keyword: 'cook',
          location: 'Ohio',
        }),
      ),
    );
    expect(results.filter((r) => r.outcome === 'ok')).toHaveLength(20);
    const status = await gateways[0]!.client.creditStatus();
    expect(status.used).toBe(200);
    expect(status.alerts.fired.map((a) => a.threshold)).toEqual([0.7, 0.9]);

    // A further burst adds nothing: each alert is once per month.
    await Promise.all(
      Array.from({ length: 5 }, () =>
        gateways[1]!.client.searchListings({ provider: 'indeed', keyword: 'cook', location: 'Ohio' }),
      ),
    );
    const deadline = Date.now() + 10_000;
    while (received.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => setTimeout(r, 200));

    expect(received.map((a) => a.threshold).sort()).toEqual([0.7, 0.9]);
    for (const alert of received) {
      expect(alert).toMatchObject({ budget: 200, month: status.month });
      expect(alert.usedCredits).toBeGreaterThanOrEqual(alert.threshold * 200);
    }
    const logged = gateways.flatMap((gw) => gw.logs.filter((line) => line.includes('"alert":"credit_budget"')));
    expect(logged).toHaveLength(2);
    let fired = 0;
    for (const gw of gateways) {
      const metrics = await (await fetch(`${gw.url}/metrics`)).text();
      for (const match of metrics.matchAll(/hirehound_gateway_budget_alerts_total\{threshold="0\.[79]"\} (\d+)/g))
        fired += Number(match[1]);
    }
    expect(fired).toBe(2);
  });
});
