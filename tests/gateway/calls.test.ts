import crypto from 'node:crypto';
import type { Redis } from 'ioredis';
import { findCreditEntry, monthlyCreditTotals, searchCreditTotals } from '../../store/credit-ledger';
import { createUser } from '../../store/users';
import { createTestDatabase, createTestRedis, type TestDatabase } from '../harness/services';
import { startSimulator, type RunningSimulator } from '../simulator/fixtures';
import { INTERNAL_TOKEN, startGateway, type GatewayUnderTest } from './fixtures';

/** The gateway end to end: worker client → gateway → simulator, Redis ledger → Postgres ledger. */
describe('gateway calls', () => {
  let t: TestDatabase;
  let sim: RunningSimulator;
  let gw: GatewayUnderTest;
  let redis: Redis;
  beforeAll(async () => {
    t = await createTestDatabase();
    redis = await createTestRedis();
    sim = await startSimulator({ corpusSize: 20_000 });
    gw = await startGateway({ simulatorUrl: sim.url, db: t.db, databaseUrl: t.url });
  });
  afterAll(async () => {
    await gw.close();
    await sim.close();
    redis.disconnect();
    await t.drop();
  });

  it('searches Indeed and Glassdoor, normalized, and pages with opaque cursors', async () => {
    const searchId = crypto.randomUUID();
    const first = await gw.client.searchListings({
      provider: 'indeed',
      keyword: 'registered nurse',
      location: 'Texas',
      context: { searchId },
    });
    if (first.outcome !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(first)}`);
    expect(first.creditsCharged).toBe(10);
    expect(first.data.items).toHaveLength(10);
    const item = first.data.items[0];
    expect(item?.source).toBe('indeed');
    const posting = sim.corpus.findByIndeedKey(item?.externalId ?? '');
    expect(posting).toBeDefined();
    expect(item).toMatchObject({
      url: `https://www.indeed.com/viewjob?jk=${posting?.indeedJobKey}`,
      title: posting?.title,
      company: posting?.company.name,
      location: posting?.location.label,
      postedAt: posting?.postedAt,
    });
    expect(first.nextCursor).not.toBeNull();
    const second = await gw.client.searchListings({
      provider: 'indeed',
      keyword: 'registered nurse',
      location: 'Texas',
      cursor: first.nextCursor ?? '',
      context: { searchId },
    });
    if (second.outcome !== 'ok') throw new Error('expected ok');
    const firstIds = new Set(first.data.items.map((i) => i.externalId));
    expect(second.data.items.some((i) => firstIds.has(i.externalId))).toBe(false);

    const gd = await gw.client.searchListings({
      provider: 'glassdoor',
      keyword: 'manager',
      location: 'United States',
      context: { searchId },
    });
    if (gd.outcome !== 'ok') throw new Error('expected ok');
    expect(gd.data.items).toHaveLength(30);
    expect(gd.data.totalResults).toBeGreaterThan(30);
    const gdPage2 = await gw.client.searchListings({
      provider: 'glassdoor',
      keyword: 'manager',
      location: 'United States',
      cursor: gd.nextCursor ?? '',
      context: { searchId },
    });
    if (gdPage2.outcome !== 'ok') throw new Error('expected ok');
    const gdIds = new Set(gd.data.items.map((i) => i.externalId));
    expect(gdPage2.data.items.some((i) => gdIds.has(i.externalId))).toBe(false);
    await gw.gateway.mirror.drain(3000).catch((e) => {
      console.log(gw.logs.join('\n'));
      throw e;
    });
    const totals = await searchCreditTotals(t.db, searchId);
    expect(totals).toEqual({ credits: 40, calls: 4, byEndpoint: { 'indeed.listing': 20, 'glassdoor.listing': 20 } });
  });

  it('fetches full job details, and reports expired postings as a business outcome', async () => {
    let live = 0;
    while (sim.corpus.summary(live).expired) live++;
    let gone = 0;
    while (!sim.corpus.summary(gone).expired) gone++;
    const jobId = crypto.randomUUID();
    const posting = sim.corpus.posting(live);
    const ok = await gw.client.fetchJob({ provider: 'indeed', url: posting.indeedUrl, context: { jobId } });
    if (ok.outcome !== 'ok') throw new Error(`expected ok, got ${JSON.stringify(ok)}`);
    expect(ok.data.description).toBe(posting.description);
    expect(ok.data.externalId).toBe(posting.indeedJobKey);
    expect(ok.creditsCharged).toBe(10);

    const glassdoor = await gw.client.fetchJob({
      provider: 'glassdoor',
      url: posting.glassdoorUrl,
      context: { jobId },
    });
    if (glassdoor.outcome !== 'ok') throw new Error('expected ok');
    expect(glassdoor.data).toMatchObject({
      source: 'glassdoor',
      externalId: String(posting.glassdoorId),
      title: posting.title,
    });

    const expired = sim.corpus.posting(gone);
    const indeedGone = await gw.client.fetchJob({ provider: 'indeed', url: expired.indeedUrl, context: { jobId } });
    expect(indeedGone).toMatchObject({
      outcome: 'expired',
      creditsCharged: 0,
      error: { code: 'PROVIDER_POSTING_EXPIRED' },
    });
    // Glassdoor bills a listing it still serves marked expired: the gateway says so.
    const glassdoorGone = await gw.client.fetchJob({
      provider: 'glassdoor',
      url: expired.glassdoorUrl,
      context: { jobId },
    });
    expect(glassdoorGone).toMatchObject({ outcome: 'expired', creditsCharged: 10 });

    const page = await gw.client.scrapePage({ url: posting.indeedUrl, context: { jobId } });
    if (page.outcome !== 'ok') throw new Error('expected ok');
    expect(page.creditsCharged).toBe(1);
    expect(page.data.statusCode).toBe(200);
    expect(page.data.text).toContain(posting.description);
    // JS rendering and residential proxies are the operator's choice, priced as such.
    const rendering = await startGateway({
      simulatorUrl: sim.url,
      db: t.db,
      databaseUrl: t.url,
      prefix: gw.prefix,
      instanceId: `${gw.prefix}-rendering`,
      env: { GATEWAY_SCRAPE_JS_RENDERING: 'true', GATEWAY_SCRAPE_PROXY_TYPE: 'residential' },
    });
    try {
      const rendered = await rendering.client.scrapePage({ url: posting.indeedUrl });
      expect(rendered.creditsCharged).toBe(15);
      await rendering.gateway.mirror.drain();
    } finally {
      await rendering.close();
    }

    await gw.gateway.mirror.drain();
    const entry = await findCreditEntry(t.db, indeedGone.requestId);
    expect(entry).toMatchObject({ endpoint: 'indeed.job', credits: 0, outcome: 'expired', providerStatus: 400, jobId });
    expect((await findCreditEntry(t.db, ok.requestId))?.credits).toBe(10);
  });

  it("enforces a paid user's daily cap, and attributes every credit to the user", async () => {
    const { user } = await createUser(t.db, {
      email: `capped-${Date.now()}@example.com`,
      tier: 'paid',
      dailyCreditCap: 25,
    });
    const results = [];
    for (let i = 0; i < 3; i++) {
      results.push(
        await gw.client.searchListings({
          provider: 'indeed',
          keyword: 'cook',
          location: 'Ohio',
          context: { userId: user.id },
        }),
      );
    }
    expect(results.map((r) => r.outcome)).toEqual(['ok', 'ok', 'refused']);
    expect(results[2]).toMatchObject({
      reason: 'user_cap_reached',
      creditsCharged: 0,
      error: { code: 'GATEWAY_USER_CAP_REACHED' },
    });
    const stranger = await fetch(`${gw.url}/v1/listings`, {
      method: 'POST',
      headers: { 'x-internal-token': INTERNAL_TOKEN, 'content-type': 'application/json' },
      body: JSON.stringify({
        provider: 'indeed',
        keyword: 'cook',
        location: 'Ohio',
        context: { userId: crypto.randomUUID() },
      }),
    });
    expect(stranger.status).toBe(422);
    expect(((await stranger.json()) as { error: { code: string } }).error.code).toBe('GATEWAY_UNKNOWN_USER');
  });

  it('reports credits on every answer, in /status/credits and in /metrics; Redis and Postgres agree', async () => {
    const raw = await fetch(`${gw.url}/v1/listings`, {
      method: 'POST',
      headers: { 'x-internal-token': INTERNAL_TOKEN, 'content-type': 'application/json' },
      body: JSON.stringify({ provider: 'indeed', keyword: 'welder', location: 'Ohio' }),
    });
    expect(raw.status).toBe(200);
    expect(raw.headers.get('x-credits-charged')).toBe('10');
    const status = await gw.client.creditStatus();
    const simulated = await sim.admin.stats();
    expect(status.used).toBe(simulated.creditsCharged);
    expect(status).toMatchObject({ budget: 200_000, reserved: 0, inFlight: 0, maxConcurrency: 15 });
    expect(status.remaining).toBe(200_000 - status.used);
    expect(status.circuits['indeed.listing'].state).toBe('closed');
    await gw.gateway.mirror.drain();
    expect((await monthlyCreditTotals(t.db, status.month)).credits).toBe(status.used);
    expect(Number(await redis.hget(`{${gw.prefix}}:month:${status.month}`, 'used'))).toBe(status.used);

    const metrics = await (await fetch(`${gw.url}/metrics`)).text();
    expect(metrics).toContain(`hirehound_gateway_credits_used ${status.used}`);
    expect(metrics).toMatch(/hirehound_gateway_calls_total\{endpoint="indeed.listing",outcome="ok"\} \d+/);
    expect(metrics).toContain('hirehound_gateway_governance_up 1');
    const health = await fetch(`${gw.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
