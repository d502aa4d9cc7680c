import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Redis } from 'ioredis';
import { findFreePort } from '../../scripts/stack/ports';
import { findCreditEntry } from '../../store/credit-ledger';
import {
  createTestDatabase,
  createTestRedis,
  testRedisUrl,
  uniquePrefix,
  type TestDatabase,
} from '../harness/services';
import { SIMULATOR_KEY, startSimulator, type RunningSimulator } from '../simulator/fixtures';
import { INTERNAL_TOKEN, startGateway, type GatewayUnderTest } from './fixtures';

const ROOT = path.resolve(__dirname, '..', '..');
const LEASE_TTL_MS = 6000;

/** Polls until probe gives a value; the bound only turns a hang into a readable failure. */
async function until<T>(probe: () => Promise<T | undefined>, what: string, boundMs = 40_000): Promise<T> {
  const deadline = Date.now() + boundMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${boundMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Done when: a holder killed mid-call (lease not released) frees its slot within the lease TTL. */
describe('a gateway process killed mid-call', () => {
  let t: TestDatabase;
  let sim: RunningSimulator;
  let survivor: GatewayUnderTest;
  let redis: Redis;
  let child: ChildProcess | undefined;
  const prefix = uniquePrefix('gw-lease');
  const env = {
    HASDATA_MAX_CONCURRENCY: '1',
    GATEWAY_LEASE_TTL_MS: String(LEASE_TTL_MS),
    GATEWAY_REDIS_PREFIX: prefix,
  };

  beforeAll(async () => {
    t = await createTestDatabase();
    redis = await createTestRedis();
    // The provider takes far longer than the test: the call is still running when its holder dies.
    sim = await startSimulator({ corpusSize: 1000, latency: { medianMs: 60_000, p95Ms: 60_000 } });
    survivor = await startGateway({
      simulatorUrl: sim.url,
      db: t.db,
      databaseUrl: t.url,
      prefix,
      env,
      instanceId: 'survivor',
    });
  });
  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await survivor.close();
    await sim.close();
    redis.disconnect();
    await t.drop();
  });

  it('gets its slot back once the lease runs out, and books the abandoned call at full cost', async () => {
    const port = await findFreePort();
    child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'gateway', 'server.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        ...env,
        LOG_LEVEL: 'warn',
        DATABASE_URL: t.url,
        REDIS_URL: testRedisUrl(),
        TEMPORAL_ADDRESS: '127.0.0.1:1',
        HASDATA_API_KEY: SIMULATOR_KEY,
        HASDATA_BASE_URL: sim.url,
        GATEWAY_PORT: String(port),
        GATEWAY_INTERNAL_TOKEN: INTERNAL_TOKEN,
      },
      stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) => child?.once('exit', () => resolve()));
    const url = `http://127.0.0.1:${port}`;
    await until(
      async () => ((await fetch(`${url}/healthz`).catch(() => undefined))?.ok ? true : undefined),
      'child up',
    );

    const hanging = fetch(`${url}/v1/listings`, {
      method: 'POST',
      headers: { 'x-internal-token': INTERNAL_TOKEN, 'content-type': 'application/json' },
      body: JSON.stringify({ provider: 'indeed', keyword: 'nurse', location: 'Ohio' }),
    }).catch((err: unknown) => err);
    await until(async () => ((await sim.admin.stats()).inFlight === 1 ? true : undefined), 'call reaches the provider');
    const [holder, expiryText] = await redis.zrange(`{${prefix}}:leases`, '0', '-1', 'WITHSCORES');
    const expiry = Number(expiryText);
    expect(holder).toBeDefined();

    const [seconds, micros] = await redis.time();
    const killedAt = Number(seconds) * 1000 + Math.floor(Number(micros) / 1000);
    child.kill('SIGKILL');
    await exited;
    // The caller sees its connection drop.
    expect(await hanging).toMatchObject({ name: 'TypeError' });

    // The dead holder's lease still counts: the one slot is taken…
    const claim = { endpoint: 'indeed.listing' as const, cost: 10 };
    expect((await survivor.gateway.governor.admit({ ...claim, requestId: 'probe-0' })).kind).toBe('busy');
    // …until it runs out, at most one TTL after the holder died (it renewed while alive).
    expect(expiry - killedAt).toBeLessThanOrEqual(LEASE_TTL_MS);
    let attempt = 0;
    const granted = await until(async () => {
      const admission = await survivor.gateway.governor.admit({ ...claim, requestId: `probe-${++attempt}` });
      return admission.kind === 'granted' ? admission : undefined;
    }, 'slot comes back');
    const grantedAt = granted.leaseExpiresAt - LEASE_TTL_MS;
    expect(grantedAt).toBeGreaterThanOrEqual(expiry);
    await survivor.gateway.settlements.settle({
      requestId: `probe-${attempt}`,
      credits: 0,
      outcome: 'not_called',
      providerStatus: null,
      latencyMs: null,
      signal: 'neutral',
    });

    // What the dead holder spent is unknown: its reservation is booked as spent, never lost.
    await survivor.gateway.mirror.drain();
    expect(await findCreditEntry(t.db, String(holder))).toMatchObject({
      outcome: 'abandoned',
      credits: 10,
      endpoint: 'indeed.listing',
    });
    expect(await survivor.client.creditStatus()).toMatchObject({ used: 10, reserved: 0, inFlight: 0 });
  }, 60_000);
});
