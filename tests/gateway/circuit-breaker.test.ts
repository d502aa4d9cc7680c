import { Redis } from 'ioredis';
import type { ListingResult } from '../../gateway/client';
import { CreditGovernor } from '../../gateway/governance/governor';
import { createTestDatabase, testRedisUrl, type TestDatabase } from '../harness/services';
import { startSimulator, type RunningSimulator } from '../simulator/fixtures';
import { startGateway, type GatewayUnderTest } from './fixtures';

const CIRCUIT = {
  GATEWAY_CIRCUIT_MIN_CALLS: '10',
  GATEWAY_CIRCUIT_FAILURE_RATIO: '0.4',
  GATEWAY_CIRCUIT_WINDOW_MS: '60000',
  GATEWAY_CIRCUIT_COOLDOWN_MS: '800',
  GATEWAY_BACKOFF_BASE_MS: '20',
  GATEWAY_BACKOFF_MAX_MS: '80',
};

async function poll<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within 30 s`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Done when: 50% 5xx opens the circuit, it half-opens with one probe and closes; 429s never open it. */
describe('provider-aware circuit breaker', () => {
  let t: TestDatabase;
  let sim: RunningSimulator;
  const gateways: GatewayUnderTest[] = [];
  const start = async (env: Record<string, string> = {}) => {
    const gw = await startGateway({ simulatorUrl: sim.url, db: t.db, databaseUrl: t.url, env: { ...CIRCUIT, ...env } });
    gateways.push(gw);
    return gw;
  };
  const listing = (gw: GatewayUnderTest, provider: 'indeed' | 'glassdoor' = 'indeed'): Promise<ListingResult> =>
    gw.client.searchListings({ provider, keyword: 'nurse', location: 'Texas' });

  beforeAll(async () => {
    t = await createTestDatabase();
    sim = await startSimulator({ corpusSize: 2000 });
  });
  beforeEach(async () => {
    await sim.admin.configure({
      faults: { errorRate: 0, rateLimitRate: 0 },
      latency: { medianMs: 5, p95Ms: 5 },
      credits: 1_000_000,
    });
  });
  afterAll(async () => {
    for (const gw of gateways) await gw.close();
    await sim.close();
    await t.drop();
  });

  it('opens on 50% 5xx, stops calling the provider, half-opens with one probe and closes on recovery', async () => {
    // A cooldown long enough that a loaded machine cannot let it pass before the calls made while open.
    const gw = await start({ GATEWAY_CIRCUIT_COOLDOWN_MS: '4000' });
    await sim.admin.configure({ faults: { errorRate: 0.5 } });
    const seen: ListingResult[] = [];
    await poll(async () => {
      const r = await listing(gw);
      seen.push(r);
      return r.outcome === 'refused' ? r : undefined;
    }, 'the circuit opens');
    const failures = seen.filter((r) => r.outcome === 'provider_error');
    expect(failures.length).toBeGreaterThanOrEqual(4);
    for (const f of failures) expect(f).toMatchObject({ kind: 'server_error', retryable: true, creditsCharged: 0 });
    expect(seen.at(-1)).toMatchObject({
      outcome: 'refused',
      reason: 'circuit_open',
      error: { code: 'GATEWAY_CIRCUIT_OPEN' },
    });
    expect((await gw.client.creditStatus()).circuits['indeed.listing']).toMatchObject({
      state: 'open',
      reason: 'errors',
    });

    // Open: nothing reaches the provider on this endpoint.
    const callsWhenOpened = (await sim.admin.stats()).calls;
    const whileOpen = await Promise.all(Array.from({ length: 20 }, () => listing(gw)));
    for (const r of whileOpen)
      expect(r).toMatchObject({ outcome: 'refused', reason: 'circuit_open', creditsCharged: 0 });
    expect((await sim.admin.stats()).calls).toBe(callsWhenOpened);

    // The provider recovers; after the cooldown exactly one probe goes through.
    await sim.admin.configure({ faults: { errorRate: 0 }, latency: { medianMs: 400, p95Ms: 400 } });
    await poll(
      async () =>
        (await gw.client.creditStatus()).circuits['indeed.listing'].state === 'half_open' ? true : undefined,
      'half-open',
    );
    const before = (await sim.admin.stats()).calls;
    const probes = await Promise.all(Array.from({ length: 6 }, () => listing(gw)));
    expect(probes.filter((r) => r.outcome === 'ok')).toHaveLength(1);
    expect(probes.filter((r) => r.outcome === 'refused' && r.reason === 'circuit_open')).toHaveLength(5);
    expect((await sim.admin.stats()).calls).toBe(before + 1);
    expect((await gw.client.creditStatus()).circuits['indeed.listing'].state).toBe('closed');
    await sim.admin.configure({ latency: { medianMs: 5, p95Ms: 5 } });
    expect((await listing(gw)).outcome).toBe('ok');
  });

  it('reopens when the half-open probe fails', async () => {
    const gw = await start({ GATEWAY_CIRCUIT_MIN_CALLS: '2', GATEWAY_CIRCUIT_FAILURE_RATIO: '0.5' });
    await sim.admin.configure({ faults: { errorRate: 1 } });
    await poll(async () => ((await listing(gw)).outcome === 'refused' ? true : undefined), 'open');
    await poll(
      async () =>
        (await gw.client.creditStatus()).circuits['indeed.listing'].state === 'half_open' ? true : undefined,
      'half-open',
    );
    expect(await listing(gw)).toMatchObject({ outcome: 'provider_error', kind: 'server_error' });
    expect((await gw.client.creditStatus()).circuits['indeed.listing'].state).toBe('open');
  });

  it('never opens on 429s alone: it backs off instead', async () => {
    const gw = await start();
    await sim.admin.configure({ faults: { rateLimitRate: 1 } });
    // More provider 429s than it takes 5xx to open the circuit (GATEWAY_CIRCUIT_MIN_CALLS = 10).
    let fromProvider = 0;
    while (fromProvider < 15) {
      const r = await listing(gw);
      if (r.outcome === 'provider_error') {
        expect(r).toMatchObject({ kind: 'rate_limited', retryable: true, creditsCharged: 0 });
        fromProvider++;
      } else {
        // Between them the gateway backs off by itself, without calling the provider.
        expect(r).toMatchObject({ outcome: 'refused', reason: 'rate_limited', creditsCharged: 0 });
        await new Promise((resolve) => setTimeout(resolve, r.outcome === 'refused' ? (r.retryAfterMs ?? 10) : 10));
      }
    }
    const status = await gw.client.creditStatus();
    expect(status.circuits['indeed.listing']).toMatchObject({ state: 'closed', windowFailures: 0 });
    await sim.admin.configure({ faults: { rateLimitRate: 0 } });
    await poll(async () => ((await listing(gw)).outcome === 'ok' ? true : undefined), 'calls resume');
    expect((await gw.client.creditStatus()).backoffUntil).toBeNull();
  });

  it('closes on the provider 403 (out of credits) until the budget changes or the month turns', async () => {
    const gw = await start();
    await sim.admin.configure({ credits: 0 });
    expect(await listing(gw)).toMatchObject({ outcome: 'provider_error', kind: 'out_of_credits', retryable: false });
    const calls = (await sim.admin.stats()).calls;
    expect(await listing(gw, 'glassdoor')).toMatchObject({ outcome: 'refused', reason: 'budget_exhausted' });
    expect((await sim.admin.stats()).calls).toBe(calls);
    const status = await gw.client.creditStatus();
    expect(status.circuits['glassdoor.job']).toMatchObject({ state: 'open', reason: 'out_of_credits' });

    const redis = new Redis(testRedisUrl());
    try {
      const base = gw.gateway.governor.settings;
      const claim = { endpoint: 'indeed.listing' as const, cost: 10 };
      const admitAndRelease = async (governor: CreditGovernor, requestId: string) => {
        const admission = await governor.admit({ ...claim, requestId });
        if (admission.kind === 'granted') {
          await governor.settle({
            requestId,
            credits: 0,
            outcome: 'not_called',
            providerStatus: null,
            latencyMs: null,
            signal: 'neutral',
          });
        }
        return admission.kind === 'refused' ? admission.reason : admission.kind;
      };
      // A new calendar month lifts it (the block belongs to the month it happened in)…
      const nextMonth = new CreditGovernor(redis, { ...base, clockOffsetMs: 32 * 86_400_000 });
      expect(await admitAndRelease(nextMonth, 'next-month')).toBe('granted');
      // …and so does a changed budget, once the provider has said 403 again this month.
      expect(await listing(gw)).toMatchObject({ outcome: 'provider_error', kind: 'out_of_credits' });
      expect(await admitAndRelease(gw.gateway.governor, 'same-budget')).toBe('budget_exhausted');
      const raised = new CreditGovernor(redis, { ...base, monthlyBudget: base.monthlyBudget + 100_000 });
      expect(await admitAndRelease(raised, 'raised')).toBe('granted');
    } finally {
      redis.disconnect();
    }
  });
});
