import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { findFreePort } from '../../scripts/stack/ports';
import {
  CACHE_REDIS_MEMORY,
  LEDGER_REDIS_MEMORY,
  startRedis,
  type RedisMemory,
  type RunningRedis,
} from '../../scripts/stack/redis';
import { startGateway, type GatewayUnderTest } from '../gateway/fixtures';
import { createTestDatabase, type TestDatabase } from '../harness/services';
import { startSimulator, type RunningSimulator } from '../simulator/fixtures';

/**
 * Done when: under memory pressure the gateway ledger's keys survive. The embedded stack runs the
 * ledger's Redis and the caches' Redis apart (scripts/stack/redis.ts says why); these run each
 * with the stack's policy and a tiny `maxmemory`, fill them far past it with entries shaped like
 * the results cache's (tens of KB, each with a TTL), and look at what is left.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hirehound-redis-memory-'));
const TINY = '4mb';
const ENTRY_BYTES = 48 * 1024;

async function ownRedis(name: string, memory: RedisMemory): Promise<{ server: RunningRedis; client: Redis }> {
  const port = await findFreePort();
  const server = await startRedis({
    name,
    dataDir: path.join(dir, `${name}-${port}`),
    port,
    logFile: path.join(dir, `${name}-${port}.log`),
    appendOnly: false,
    memory,
  });
  const client = new Redis(server.url, { maxRetriesPerRequest: 0 });
  return { server, client };
}

/** Writes `entries` keys of `bytes` each, with a TTL, as a results cache does; how many were refused. */
async function flood(client: Redis, entries: number, bytes = ENTRY_BYTES): Promise<number> {
  const value = 'x'.repeat(bytes);
  let refused = 0;
  for (let i = 0; i < entries; i++) {
    try {
      await client.set(`hh:results:v1:${crypto.randomBytes(16).toString('hex')}`, value, 'PX', 600_000);
    } catch (err) {
      if (!/OOM/.test((err as Error).message)) throw err;
      refused++;
    }
  }
  return refused;
}

async function info(client: Redis, field: string): Promise<number> {
  const text = await client.info();
  const match = new RegExp(`^${field}:(\\d+)`, 'm').exec(text);
  if (!match) throw new Error(`no ${field} in INFO`);
  return Number(match[1]);
}

describe('Redis memory: the ledger is never evicted', () => {
  let t: TestDatabase;
  let sim: RunningSimulator;
  const stops: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    t = await createTestDatabase();
    sim = await startSimulator({ corpusSize: 1000 });
  });
  afterAll(async () => {
    for (const stop of stops.reverse()) await stop();
    await sim.close();
    await t.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A gateway on that Redis with three paid calls booked: a month ledger, alerts, call records. */
  async function ledgerOn(
    redisUrl: string,
  ): Promise<{ gw: GatewayUnderTest; monthKey: () => Promise<string | undefined> }> {
    const gw = await startGateway({ simulatorUrl: sim.url, db: t.db, databaseUrl: t.url, redisUrl });
    stops.push(() => gw.close());
    for (let i = 0; i < 3; i++) {
      const answer = await gw.client.searchListings({ provider: 'indeed', keyword: 'welder', location: 'Ohio' });
      expect(answer.outcome).toBe('ok');
    }
    const probe = new Redis(redisUrl, { maxRetriesPerRequest: 0 });
    stops.push(async () => probe.disconnect());
    const prefix = gw.gateway.governor.keyPrefix;
    return {
      gw,
      monthKey: async () => (await probe.keys(`${prefix}:month:*`))[0],
    };
  }

  it('lets the caches’ Redis evict under pressure, within its bound', async () => {
    const { server, client } = await ownRedis('redis-cache', { ...CACHE_REDIS_MEMORY, maxmemory: TINY });
    stops.push(async () => {
      client.disconnect();
      await server.stop();
    });
    expect(await flood(client, 400)).toBe(0);
    expect(await info(client, 'evicted_keys')).toBeGreaterThan(300);
    expect(await info(client, 'used_memory')).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it('makes the ledger’s Redis refuse writes at its limit, evict nothing, and the gateway fail closed', async () => {
    const { server, client } = await ownRedis('redis', { ...LEDGER_REDIS_MEMORY, maxmemory: TINY });
    stops.push(async () => {
      client.disconnect();
      await server.stop();
    });
    const { gw, monthKey } = await ledgerOn(server.url);
    const key = await monthKey();
    const used = await client.hget(key!, 'used');
    expect(Number(used)).toBe(30);
    // Something misrouted fills the ledger's Redis far past its limit, down to the last bytes
    // (a refused write leaves room for smaller ones)…
    expect(await flood(client, 400)).toBeGreaterThan(300);
    for (const bytes of [4096, 256, 16]) await flood(client, 4000, bytes);
    expect(await flood(client, 10, 16)).toBe(10);
    // …and nothing was evicted: the month's spend is still there.
    expect(await info(client, 'evicted_keys')).toBe(0);
    expect(await client.hget(key!, 'used')).toBe(used);
    // The gateway cannot book a call, so it makes none.
    const callsBefore = (await sim.admin.stats()).calls;
    const refused = await gw.client.searchListings({ provider: 'indeed', keyword: 'welder', location: 'Ohio' });
    expect(refused.outcome).toBe('refused');
    expect((await sim.admin.stats()).calls).toBe(callsBefore);
  });

  it('would lose the ledger if caches shared its Redis under volatile-lru (why they do not)', async () => {
    const { server, client } = await ownRedis('redis', { ...LEDGER_REDIS_MEMORY, maxmemory: TINY });
    stops.push(async () => {
      client.disconnect();
      await server.stop();
    });
    await client.config('SET', 'maxmemory-policy', 'volatile-lru');
    const { monthKey } = await ledgerOn(server.url);
    expect(await monthKey()).toBeDefined();
    expect(await flood(client, 400)).toBe(0);
    // The month's ledger carries a TTL (400 days), so it was as evictable as any cache entry.
    expect(await monthKey()).toBeUndefined();
  });
});
