import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createGatewayClient, type GatewayClient, type ListingResult, type ScrapeResult } from '../gateway/client';
import { migrateToLatest } from '../schema/migrator';
import { createSimulatorAdmin } from '../simulator/admin-client';
import { runPool } from './load';
import { startNodeProcess } from './node-process';
import { httpReady, sleep, waitUntilReady, type ManagedProcess } from '../scripts/stack/managed-process';
import { findFreePort } from '../scripts/stack/ports';
import { startPostgres } from '../scripts/stack/postgres';
import { startRedis } from '../scripts/stack/redis';
import * as tools from '../scripts/tools.cjs';
import { monthlyCreditTotals } from '../store/credit-ledger';
import { createDatabase } from '../store/database';
import { Redis } from 'ioredis';

/**
 * `npm run bench:gateway`: the gateway and the HasData simulator as separate processes, on their
 * own PostgreSQL and Redis, driven over HTTP like workers drive them.
 *
 *   1. saturation: 200 callers, far more than the 15 slots; the provider must never see more than
 *      15 at once, and should be kept busy (utilisation of its 15-slot capacity);
 *   2. the race: the budget is spent down to its last 50 credits, then 1,000 callers race for them.
 *
 * Then Redis, the Postgres ledger and the provider's own bill are compared. The last line printed
 * is one JSON object with the figures.
 */

const CALLERS = 200;
const SATURATION_CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const RACE_CALLERS = 1000;
// HasData's latency varies from call to call; a log-normal spread also keeps completions from
// arriving in lock-step bursts, which a fixed latency would produce and no real provider does.
const LATENCY_MEDIAN_MS = Number(process.env.BENCH_LATENCY_MEDIAN_MS ?? 300);
const LATENCY_P95_MS = Number(process.env.BENCH_LATENCY_P95_MS ?? 700);
const LISTING_COST = 10;
const LAST_CREDITS = 50;
const WARM_UP_CALLS = 60;
const UNLOADED_CALLS = 100;
// Enough for every listing call, plus a margin spent down with 1-credit scrapes before the race.
const BUDGET = (WARM_UP_CALLS + SATURATION_CALLS + UNLOADED_CALLS) * LISTING_COST + 200 + LAST_CREDITS;
const TOKEN = crypto.randomBytes(24).toString('base64url');
const PROVIDER_KEY = crypto.randomBytes(24).toString('base64url');

function say(message: string): void {
  process.stderr.write(`[bench:gateway] ${message}\n`);
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

const round = (v: number, digits = 2): number => Math.round(v * 10 ** digits) / 10 ** digits;

function startNode(name: string, entry: string, env: NodeJS.ProcessEnv, logFile: string): ManagedProcess {
  return startNodeProcess(name, entry, { ...process.env, ...env }, logFile);
}

/** CPU time (user + system) a process has used, in ms, from /proc (Linux); null elsewhere. */
function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return null;
  }
}

type Result = ListingResult | ScrapeResult;

function countRefusals(results: readonly Result[], into: Record<string, number>): void {
  for (const r of results) {
    if (r.outcome === 'refused') into[r.reason] = (into[r.reason] ?? 0) + 1;
    if (r.outcome === 'provider_error') into[`provider_${r.kind}`] = (into[`provider_${r.kind}`] ?? 0) + 1;
  }
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'hirehound-bench-gateway-'));
  fs.chmodSync(scratch, 0o755);
  const postgresUser = process.getuid?.() === 0 ? tools.lookupUser('postgres') : null;
  if (postgresUser) fs.chownSync(scratch, postgresUser.uid, postgresUser.gid);
  const logs = path.join(scratch, 'logs');
  fs.mkdirSync(logs, { recursive: true });
  const stops: (() => Promise<unknown>)[] = [];
  const stopAll = async (): Promise<void> => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    fs.rmSync(scratch, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));

  try {
    say('starting PostgreSQL and Redis');
    const [postgres, redisServer] = await Promise.all([
      startPostgres({
        dataDir: path.join(scratch, 'pg'),
        port: await findFreePort(),
        database: 'bench',
        logFile: path.join(logs, 'postgres.log'),
        durable: false,
      }),
      startRedis({
        dataDir: path.join(scratch, 'redis'),
        port: await findFreePort(),
        logFile: path.join(logs, 'redis.log'),
        appendOnly: false,
      }),
    ]);
    stops.push(
      () => postgres.stop(),
      () => redisServer.stop(),
    );
    const db = createDatabase({ url: postgres.url, poolSize: 2, statementTimeoutMs: 60_000, applicationName: 'bench' });
    stops.push(() => db.destroy());
    await migrateToLatest(db);

    const simulatorPort = await findFreePort();
    const gatewayPort = await findFreePort();
    const simulatorUrl = `http://127.0.0.1:${simulatorPort}`;
    const gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
    say('starting the simulator (100,000 postings) and the gateway');
    const simulator = startNode(
      'simulator',
      'simulator/server.ts',
      {
        LOG_LEVEL: 'warn',
        SIMULATOR_PORT: String(simulatorPort),
        SIMULATOR_API_KEY: PROVIDER_KEY,
        SIMULATOR_CREDITS: String(BUDGET * 10),
        SIMULATOR_LATENCY_MEDIAN_MS: String(LATENCY_MEDIAN_MS),
        SIMULATOR_LATENCY_P95_MS: String(LATENCY_P95_MS),
      },
      path.join(logs, 'simulator.log'),
    );
    stops.push(() => simulator.stop({ timeoutMs: 5000 }));
    await waitUntilReady(simulator, httpReady(`${simulatorUrl}/healthz`, 1000), 120_000);
    const gateway = startNode(
      'gateway',
      'gateway/server.ts',
      {
        LOG_LEVEL: 'warn',
        DATABASE_URL: postgres.url,
        REDIS_URL: redisServer.url,
        TEMPORAL_ADDRESS: '127.0.0.1:1',
        HASDATA_API_KEY: PROVIDER_KEY,
        HASDATA_BASE_URL: simulatorUrl,
        HASDATA_MONTHLY_BUDGET: String(BUDGET),
        GATEWAY_PORT: String(gatewayPort),
        GATEWAY_INTERNAL_TOKEN: TOKEN,
        // Far above what 15 slots at 100 ms can use: the slots, not the buckets, are measured.
        GATEWAY_RATE_PER_SECOND: '5000',
        GATEWAY_RATE_BURST: '5000',
      },
      path.join(logs, 'gateway.log'),
    );
    stops.push(() => gateway.stop({ timeoutMs: 10_000 }));
    await waitUntilReady(gateway, httpReady(`${gatewayUrl}/healthz`, 1000), 60_000);

    const client: GatewayClient = createGatewayClient({
      baseUrl: gatewayUrl,
      internalToken: TOKEN,
      timeoutMs: 120_000,
    });
    const admin = createSimulatorAdmin(simulatorUrl);
    const keywords = [
      'registered nurse',
      'software developer',
      'cashier',
      'truck driver',
      'accountant',
      'cook',
      'electrician',
      'teacher',
    ];
    const places = ['Texas', 'California', 'New York, NY', 'Remote', 'Ohio', 'United States', 'Chicago, IL', 'Florida'];
    const refusals: Record<string, number> = {};

    // Warm-up: connections, JIT, the simulator's search cache.
    await runPool(WARM_UP_CALLS, 15, (i) =>
      client.searchListings({
        provider: 'indeed',
        keyword: keywords[i % keywords.length] ?? 'nurse',
        location: places[i % places.length] ?? 'Texas',
      }),
    );
    // The provider's bill so far; its counters restart for the measured phase.
    const warmUpBilled = (await admin.stats()).creditsCharged;
    await admin.resetStats();

    say(
      `saturation: ${SATURATION_CALLS} calls by ${CALLERS} callers, provider latency median ${LATENCY_MEDIAN_MS} ms, p95 ${LATENCY_P95_MS} ms, limit 15`,
    );
    const cpuBefore = { gateway: cpuMs(gateway.pid), simulator: cpuMs(simulator.pid), bench: process.cpuUsage() };
    const callsStarted = Date.now();
    const results = await runPool(SATURATION_CALLS, CALLERS, (i) =>
      client.searchListings({
        provider: i % 4 === 3 ? 'glassdoor' : 'indeed',
        keyword: keywords[i % keywords.length] ?? 'nurse',
        location: places[(i >> 3) % places.length] ?? 'Texas',
        context: { searchId: crypto.randomUUID() },
      }),
    );
    const saturationMs = Date.now() - callsStarted;
    const cpuPerCall = (now: number | null, before: number | null): number | null =>
      now === null || before === null ? null : round((now - before) / SATURATION_CALLS);
    const gatewayCpu = cpuPerCall(cpuMs(gateway.pid), cpuBefore.gateway);
    const simulatorCpu = cpuPerCall(cpuMs(simulator.pid), cpuBefore.simulator);
    const benchUsage = process.cpuUsage(cpuBefore.bench);
    const benchCpu = round((benchUsage.user + benchUsage.system) / 1000 / SATURATION_CALLS);
    countRefusals(results, refusals);
    const saturated = await admin.stats();
    const ok = results.filter((r) => r.outcome === 'ok');
    const overhead = ok.map((r) => r.timing.overheadMs);
    const clientObserved: number[] = [];
    const unloadedOverhead: number[] = [];
    say(
      `  ${ok.length} ok in ${saturationMs} ms; provider peak in flight ${saturated.peakInFlight}, utilisation ${saturated.utilisation.toFixed(3)}`,
    );

    // Client-observed overhead, measured unloaded: one caller at a time, so no queueing is mixed in.
    for (let i = 0; i < UNLOADED_CALLS; i++) {
      const started = performance.now();
      const r = await client.searchListings({ provider: 'indeed', keyword: 'cook', location: 'Ohio' });
      if (r.outcome === 'ok') {
        clientObserved.push(performance.now() - started - r.timing.providerMs);
        unloadedOverhead.push(r.timing.overheadMs);
      }
    }

    // Spend down to the last 50 credits, then race for them.
    let status = await client.creditStatus();
    const posting = `https://www.indeed.com/viewjob?jk=${'0'.repeat(16)}`;
    while (status.remaining > LAST_CREDITS) {
      const spend = Math.min(status.remaining - LAST_CREDITS, 40);
      await runPool(spend, 15, () => client.scrapePage({ url: posting }));
      status = await client.creditStatus();
    }
    say(`race: ${RACE_CALLERS} callers for the last ${status.remaining} credits`);
    const raceResults: Result[] = await Promise.all(
      Array.from({ length: RACE_CALLERS }, (_, i) =>
        i % 3 === 0
          ? client.scrapePage({ url: posting })
          : client.searchListings({ provider: 'indeed', keyword: 'nurse', location: 'Texas' }),
      ),
    );
    countRefusals(raceResults, refusals);
    const raceCharged = raceResults.reduce((sum, r) => sum + r.creditsCharged, 0);

    // Reconcile: the gateway's Redis ledger, the Postgres ledger and the provider's own bill.
    status = await client.creditStatus();
    const provider = await admin.stats();
    const providerTotal = provider.creditsCharged + warmUpBilled;
    let ledgerCredits = -1;
    for (let attempt = 0; attempt < 100; attempt++) {
      ledgerCredits = (await monthlyCreditTotals(db, status.month)).credits;
      if (ledgerCredits === status.used) break;
      await sleep(100);
    }
    const redis = new Redis(redisServer.url);
    const redisUsed = Number(await redis.hget(`{hh:gw}:month:${status.month}`, 'used'));
    redis.disconnect();
    const overspend = Math.max(0, providerTotal - BUDGET, redisUsed - BUDGET);
    const mismatch = Math.abs(redisUsed - ledgerCredits) + Math.abs(ledgerCredits - providerTotal);
    // What 15 always-busy slots would have done with the provider's actual per-call time.
    const meanProviderMs = saturated.busyMs / Math.max(1, saturated.calls);
    const idealThroughput = (15 / meanProviderMs) * 1000;

    say(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s; logs were in ${logs}`);
    process.stdout.write(
      `${JSON.stringify({
        bench: 'gateway',
        callers: CALLERS,
        calls: SATURATION_CALLS,
        provider_latency_ms: {
          median: LATENCY_MEDIAN_MS,
          p95: LATENCY_P95_MS,
          mean_observed: round(meanProviderMs, 1),
        },
        peak_in_flight: Math.max(saturated.peakInFlight, provider.peakInFlight),
        limit: 15,
        provider_429s: provider.rejectedOverConcurrency + saturated.rejectedOverConcurrency,
        overspend_credits: overspend,
        ledger_mismatch_credits: mismatch,
        utilisation: round(saturated.utilisation, 3),
        throughput_per_s: round((ok.length / saturationMs) * 1000, 1),
        ideal_throughput_per_s: round(idealThroughput, 1),
        saturation_ms: saturationMs,
        added_latency_ms: {
          p50: round(percentile(overhead, 50)),
          p95: round(percentile(overhead, 95)),
          p99: round(percentile(overhead, 99)),
        },
        added_latency_unloaded_ms: {
          p50: round(percentile(unloadedOverhead, 50)),
          p95: round(percentile(unloadedOverhead, 95)),
        },
        client_observed_overhead_ms: {
          p50: round(percentile(clientObserved, 50)),
          p95: round(percentile(clientObserved, 95)),
        },
        cpu_ms_per_call: { gateway: gatewayCpu, simulator: simulatorCpu, callers: benchCpu },
        load_average: os.loadavg().map((l) => round(l, 1)),
        race: {
          callers: RACE_CALLERS,
          last_credits: LAST_CREDITS,
          charged: raceCharged,
          budget: BUDGET,
          used: status.used,
        },
        refusals,
        ledger: { redis: redisUsed, postgres: ledgerCredits, provider: providerTotal },
        seconds: round((Date.now() - t0) / 1000, 1),
      })}\n`,
    );
  } finally {
    await stopAll();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench:gateway failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
