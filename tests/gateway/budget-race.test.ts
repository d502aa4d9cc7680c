import type { Redis } from 'ioredis';
import { monthlyCreditTotals } from '../../store/credit-ledger';
import { createTestDatabase, createTestRedis, type TestDatabase } from '../harness/services';
import { startSimulator, type RunningSimulator } from '../simulator/fixtures';
import { startGateway, type GatewayUnderTest } from './fixtures';

/** Done when: 1,000 concurrent callers racing for the last 50 credits never pass the budget. */
describe('the monthly budget under a race', () => {
  let t: TestDatabase;
  let sim: RunningSimulator;
  let gw: GatewayUnderTest;
  let redis: Redis;
  const BUDGET = 100;
  beforeAll(async () => {
    t = await createTestDatabase();
    redis = await createTestRedis();
    sim = await startSimulator({ corpusSize: 2000, latency: { medianMs: 20, p95Ms: 40 } });
    gw = await startGateway({
      simulatorUrl: sim.url,
      db: t.db,
      databaseUrl: t.url,
      env: { HASDATA_MONTHLY_BUDGET: String(BUDGET) },
    });
  });
  afterAll(async () => {
    await gw.close();
    await sim.close();
    redis.disconnect();
    await t.drop();
  });

  it('1,000 callers for the last 50 credits: charged ≤ budget, typed refusals, Redis = Postgres = provider', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await gw.client.searchListings({ provider: 'indeed', keyword: 'cook', location: 'Ohio' });
      expect(r.outcome).toBe('ok');
    }
    expect((await gw.client.creditStatus()).remaining).toBe(50);

    // Listings cost 10, cheap scrapes 1: the last credits can go to either.
    const posting = sim.corpus.posting(1);
    const results = await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        i % 3 === 0
          ? gw.client.scrapePage({ url: posting.indeedUrl })
          : gw.client.searchListings({ provider: 'indeed', keyword: 'nurse', location: 'Texas' }),
      ),
    );

    const ok = results.filter((r) => r.outcome === 'ok');
    const refused = results.filter((r) => r.outcome === 'refused');
    expect(ok.length + refused.length).toBe(1000);
    // Every refusal is the budget's; any other (a transport failure under load) is named in the failure.
    expect(refused.filter((r) => r.reason !== 'budget_exhausted').map((r) => r.error.message)).toEqual([]);
    for (const r of refused) {
      expect(r).toMatchObject({
        reason: 'budget_exhausted',
        creditsCharged: 0,
        error: { code: 'GATEWAY_BUDGET_EXHAUSTED' },
      });
      expect(r.retryAfterMs).toBeGreaterThan(0);
    }
    const charged = ok.reduce((sum, r) => sum + r.creditsCharged, 0);
    expect(charged).toBeLessThanOrEqual(50);
    // Hundreds of 1-credit scrapes were refused, each only when nothing was left: all 50 were spent.
    expect(refused.length).toBeGreaterThan(900);
    expect(charged).toBe(50);

    const status = await gw.client.creditStatus();
    expect(status.used).toBe(50 + charged);
    expect(status.used).toBeLessThanOrEqual(BUDGET);
    expect(status.reserved).toBe(0);
    const provider = await sim.admin.stats();
    expect(provider.creditsCharged).toBe(status.used);
    await gw.gateway.mirror.drain();
    const ledger = await monthlyCreditTotals(t.db, status.month);
    expect(ledger.credits).toBe(status.used);
    expect(ledger.calls).toBe(5 + ok.length);
    expect(Number(await redis.hget(`{${gw.prefix}}:month:${status.month}`, 'used'))).toBe(ledger.credits);
  });
});
