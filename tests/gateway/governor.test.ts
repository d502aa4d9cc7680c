import type { Redis } from 'ioredis';
import { HASDATA_ENDPOINTS } from '../../common/hasdata-endpoints';
import { CreditGovernor, type GovernanceSettings } from '../../gateway/governance/governor';
import { createTestRedis, uniquePrefix } from '../harness/services';

const bucket = { perSecond: 1000, burst: 1000 };
const base = (overrides: Partial<GovernanceSettings> = {}): GovernanceSettings => ({
  prefix: uniquePrefix('gov'),
  monthlyBudget: 1000,
  alertThresholds: [0.7, 0.9],
  maxConcurrency: 3,
  leaseTtlMs: 30_000,
  rateLimits: Object.fromEntries(HASDATA_ENDPOINTS.map((e) => [e, bucket])) as GovernanceSettings['rateLimits'],
  circuit: { windowMs: 60_000, minCalls: 10, failureRatio: 0.5, cooldownMs: 1000 },
  backoff: { baseMs: 1000, maxMs: 30_000 },
  ...overrides,
});

/** Moves the governor's clock (Redis TIME + offset) to a given instant. */
async function at(redis: Redis, iso: string): Promise<number> {
  const [seconds, micros] = await redis.time();
  return Date.parse(iso) - (Number(seconds) * 1000 + Math.floor(Number(micros) / 1000));
}

const claim = (requestId: string, cost = 10) => ({ requestId, endpoint: 'indeed.listing' as const, cost });
const done = (requestId: string, credits: number) => ({
  requestId,
  credits,
  outcome: credits > 0 ? 'ok' : 'server_error',
  providerStatus: credits > 0 ? 200 : 500,
  latencyMs: 5,
  signal: 'success' as const,
});

/** The Lua governance on its own, against the real Redis. */
describe('CreditGovernor', () => {
  let redis: Redis;
  beforeAll(async () => {
    redis = await createTestRedis('governor-test');
  });
  afterAll(() => redis.disconnect());

  it('keys the ledger by calendar month (UTC), leap days and year ends included', async () => {
    for (const [instant, month] of [
      ['2027-02-28T23:59:00.000Z', '2027-02'],
      ['2027-03-01T00:00:00.500Z', '2027-03'],
      ['2028-02-29T12:00:00.000Z', '2028-02'],
      ['2027-12-31T23:58:00.000Z', '2027-12'],
      ['2028-01-01T00:00:01.000Z', '2028-01'],
    ] as const) {
      const governor = new CreditGovernor(redis, base({ clockOffsetMs: await at(redis, instant) }));
      const admission = await governor.admit(claim('c'));
      expect(`${instant} ${admission.kind === 'granted' ? admission.month : admission.kind}`).toBe(
        `${instant} ${month}`,
      );
      await governor.settle(done('c', 10));
      expect((await governor.status()).month).toBe(month);
    }
  });

  it('refuses what would pass the budget until the month turns, and refunds what was not billed', async () => {
    const settings = base({ monthlyBudget: 25, clockOffsetMs: await at(redis, '2027-12-31T23:00:00.000Z') });
    const governor = new CreditGovernor(redis, settings);
    expect((await governor.admit(claim('a'))).kind).toBe('granted');
    expect((await governor.admit(claim('b'))).kind).toBe('granted');
    // 20 reserved of 25: a third 10-credit call does not fit, a 5-credit one does.
    const refused = await governor.admit(claim('c'));
    expect(refused).toMatchObject({ kind: 'refused', reason: 'budget_exhausted' });
    // Retry when the month turns: in an hour.
    expect(refused.kind === 'refused' && Math.abs(refused.retryAfterMs - 3_600_000) < 60_000).toBe(true);
    expect((await governor.admit(claim('d', 5))).kind).toBe('granted');
    await governor.settle(done('a', 0));
    await governor.settle(done('b', 10));
    await governor.settle(done('d', 5));
    // Settling twice changes nothing.
    expect(await governor.settle(done('b', 10))).toBe(false);
    expect(await governor.status()).toMatchObject({ used: 15, reserved: 0, remaining: 10, inFlight: 0 });
    const nextYear = new CreditGovernor(redis, { ...settings, clockOffsetMs: settings.clockOffsetMs! + 2 * 3_600_000 });
    expect(await nextYear.status()).toMatchObject({ month: '2028-01', used: 0 });
  });

  it('caps a user per UTC day', async () => {
    const governor = new CreditGovernor(redis, base({ clockOffsetMs: await at(redis, '2027-06-10T23:30:00.000Z') }));
    const user = { userId: '0b6f5b4e-7d1c-4b7e-9a44-2f4b0e6c1d11', userDailyCap: 15 };
    expect((await governor.admit({ ...claim('u1'), ...user })).kind).toBe('granted');
    const capped = await governor.admit({ ...claim('u2'), ...user });
    expect(capped).toMatchObject({ kind: 'refused', reason: 'user_cap_reached' });
    expect(capped.kind === 'refused' && Math.abs(capped.retryAfterMs - 1_800_000) < 60_000).toBe(true);
    // Another user, or no cap, is not affected.
    expect(
      (await governor.admit({ ...claim('u3'), userId: '5d0e1c1a-3f1e-4c1b-8d7e-8f2f3c4b5a69', userDailyCap: 15 })).kind,
    ).toBe('granted');
    for (const id of ['u1', 'u3']) await governor.settle(done(id, 10));
    const tomorrow = new CreditGovernor(redis, {
      ...governor.settings,
      clockOffsetMs: governor.settings.clockOffsetMs! + 3_600_000,
    });
    expect((await tomorrow.admit({ ...claim('u4'), ...user })).kind).toBe('granted');
  });

  it('holds at most maxConcurrency leases, renews them, and gives an expired one back', async () => {
    const governor = new CreditGovernor(redis, base({ maxConcurrency: 2, leaseTtlMs: 400 }));
    const first = await governor.admit(claim('l1'));
    expect(first).toMatchObject({ kind: 'granted', freeSlots: 1 });
    expect(await governor.admit(claim('l2'))).toMatchObject({ kind: 'granted', freeSlots: 0 });
    expect((await governor.admit(claim('l3'))).kind).toBe('busy');
    // l1 keeps renewing; l2 is left to expire (its holder "died").
    const renewals = setInterval(() => void governor.renew('l1'), 100);
    try {
      let admission = await governor.admit(claim('l4'));
      while (admission.kind === 'busy') {
        await new Promise((resolve) => setTimeout(resolve, 50));
        admission = await governor.admit(claim('l4'));
      }
      expect(admission.kind).toBe('granted');
      expect(await governor.renew('l2')).toBe(false);
      expect(await governor.renew('l1')).toBe(true);
    } finally {
      clearInterval(renewals);
    }
    // The abandoned call's reservation was booked as spent.
    expect((await governor.status()).used).toBe(10);
  });

  it('hands a freed slot straight to the next call in the same script', async () => {
    const governor = new CreditGovernor(redis, base({ maxConcurrency: 1, monthlyBudget: 30 }));
    expect((await governor.admit(claim('h1'))).kind).toBe('granted');
    expect((await governor.admit(claim('h2'))).kind).toBe('busy');
    const handed = await governor.settleAndAdmit(done('h1', 10), claim('h2'));
    expect(handed).toMatchObject({ booked: true, admission: { kind: 'granted', freeSlots: 0 } });
    // A next call that cannot be afforded is refused, and the slot stays free for others.
    const refused = await governor.settleAndAdmit(done('h2', 10), claim('h3', 20));
    expect(refused).toMatchObject({ booked: true, admission: { kind: 'refused', reason: 'budget_exhausted' } });
    expect(await governor.status()).toMatchObject({ used: 20, reserved: 0, inFlight: 0 });
    expect(await governor.settleAndAdmit(done('h2', 10), undefined)).toEqual({ booked: false, admission: undefined });
  });

  it('rate limits per endpoint with a token bucket, and says when to retry', async () => {
    const rateLimits = { ...base().rateLimits, 'web.scrape': { perSecond: 2, burst: 2 } };
    const governor = new CreditGovernor(redis, base({ rateLimits, maxConcurrency: 10 }));
    const scrape = (id: string) => governor.admit({ requestId: id, endpoint: 'web.scrape', cost: 1 });
    expect((await scrape('s1')).kind).toBe('granted');
    expect((await scrape('s2')).kind).toBe('granted');
    const limited = await scrape('s3');
    expect(limited).toMatchObject({ kind: 'refused', reason: 'rate_limited' });
    expect(limited.kind === 'refused' && limited.retryAfterMs > 0 && limited.retryAfterMs <= 500).toBe(true);
    // Other endpoints have their own bucket.
    expect((await governor.admit(claim('other'))).kind).toBe('granted');
  });
});
