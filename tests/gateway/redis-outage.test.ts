import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { findFreePort } from '../../scripts/stack/ports';
import { startRedis, type RunningRedis } from '../../scripts/stack/redis';
import { monthlyCreditTotals } from '../../store/credit-ledger';
import type { ListingResult } from '../../gateway/client';
import { createTestDatabase, type TestDatabase } from '../harness/services';
import { startSimulator, type RunningSimulator } from '../simulator/fixtures';
import { startGateway, type GatewayUnderTest } from './fixtures';

/**
 * Done when: Redis stopped mid-load makes the gateway refuse with 503 and call nobody; nothing is
 * lost; when Redis returns, service resumes and the ledger is consistent. The test runs its own
 * Redis (append-only, like production) so stopping it disturbs no one else.
 */
describe('Redis outage', () => {
  let t: TestDatabase;
  let sim: RunningSimulator;
  let gw: GatewayUnderTest;
  let redis: RunningRedis;
  let port: number;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hirehound-outage-'));
  const startOwnRedis = () =>
    startRedis({ dataDir: path.join(dir, 'data'), port, logFile: path.join(dir, 'redis.log'), appendOnly: true });

  beforeAll(async () => {
    t = await createTestDatabase();
    port = await findFreePort();
    redis = await startOwnRedis();
    sim = await startSimulator({ corpusSize: 2000, latency: { medianMs: 40, p95Ms: 80 } });
    gw = await startGateway({
      simulatorUrl: sim.url,
      db: t.db,
      databaseUrl: t.url,
      redisUrl: redis.url,
      // Longer than the outage: calls in flight when Redis goes keep their reservations.
      env: { GATEWAY_LEASE_TTL_MS: '60000' },
    });
  });
  afterAll(async () => {
    await gw.close();
    await sim.close();
    await redis.stop();
    await t.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses with 503 and calls nobody while Redis is down; nothing is lost when it returns', async () => {
    const results: ListingResult[] = [];
    let stop = false;
    const load = Promise.all(
      Array.from({ length: 20 }, async () => {
        while (!stop) {
          results.push(await gw.client.searchListings({ provider: 'indeed', keyword: 'cook', location: 'Ohio' }));
        }
      }),
    );
    const settled = async (n: number) => {
      while (results.filter((r) => r.outcome === 'ok').length < n) await new Promise((r) => setTimeout(r, 20));
    };
    await settled(40);

    await redis.stop();
    const downFrom = results.length;
    // Calls admitted before the outage finish at the provider; after that, nothing more reaches it.
    await new Promise((r) => setTimeout(r, 300));
    const providerCallsAtOutage = (await sim.admin.stats()).calls;
    const refusedBefore = results.filter((r) => r.outcome === 'refused').length;
    while (results.filter((r) => r.outcome === 'refused').length < refusedBefore + 100) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect((await sim.admin.stats()).calls).toBe(providerCallsAtOutage);
    const duringOutage = results.slice(downFrom).filter((r) => r.outcome === 'refused');
    for (const r of duringOutage) {
      expect(r).toMatchObject({ reason: 'unavailable', creditsCharged: 0, error: { code: 'GATEWAY_UNAVAILABLE' } });
    }
    const raw = await fetch(`${gw.url}/v1/listings`, {
      method: 'POST',
      headers: { 'x-internal-token': 'gateway-internal-token-for-tests', 'content-type': 'application/json' },
      body: JSON.stringify({ provider: 'indeed', keyword: 'cook', location: 'Ohio' }),
    });
    expect(raw.status).toBe(503);
    expect(raw.headers.get('x-credits-charged')).toBe('0');
    const metrics = await (await fetch(`${gw.url}/metrics`)).text();
    expect(metrics).toContain('hirehound_gateway_governance_up 0');

    redis = await startOwnRedis();
    const okBefore = results.filter((r) => r.outcome === 'ok').length;
    await settled(okBefore + 40);
    stop = true;
    await load;

    // Calls in flight when Redis went finished at the provider and were booked after it returned.
    expect(gw.logs.some((line) => line.includes('could not book a finished call'))).toBe(true);
    // Every call the provider billed is in Redis and in Postgres, once.
    await gw.gateway.settlements.flush(10_000);
    expect(gw.gateway.settlements.backlog).toBe(0);
    await gw.gateway.mirror.drain();
    const status = await gw.client.creditStatus();
    const provider = await sim.admin.stats();
    const okCharged = results.reduce((sum, r) => sum + r.creditsCharged, 0);
    expect(status.reserved).toBe(0);
    expect(status.used).toBe(provider.creditsCharged);
    expect(okCharged).toBe(provider.creditsCharged);
    expect((await monthlyCreditTotals(t.db, status.month)).credits).toBe(status.used);
    const direct = new Redis(redis.url);
    expect(Number(await direct.hget(`{${gw.prefix}}:month:${status.month}`, 'used'))).toBe(status.used);
    direct.disconnect();
  }, 90_000);
});
