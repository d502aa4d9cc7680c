import os from 'node:os';
import type { Express } from 'express';
import { sql } from 'kysely';
import type { Config } from '../common/config';
import type { Logger } from '../common/logger';
import { connectRedis, createRedis } from '../common/redis';
import type { DB } from '../store/database';
import { createAlertSink } from './alerts';
import { createGatewayApp } from './app';
import { createGovernedCaller } from './governed-call';
import { IdempotencyStore } from './idempotency';
import { CreditGovernor, governanceSettings, type GovernanceSettings } from './governance/governor';
import { SettlementBook } from './governance/settlement-book';
import { SlotQueue } from './governance/slot-queue';
import { createHasDataClient } from './hasdata/client';
import { LedgerMirror } from './ledger-mirror';
import { createGatewayMetrics, type GatewayMetrics } from './metrics';
import { createProviderCalls } from './provider-calls';
import { UserCaps } from './user-caps';

/**
 * Builds a gateway instance from its configuration: the governor over Redis, the slot queue woken
 * by Redis pub/sub, the settlement book, the ledger mirror into Postgres, the HasData client and
 * the HTTP app. The process (server.ts), the tests and the benchmark all build it this way.
 */

export interface GatewayOptions {
  readonly hasdata: Config['hasdata'] & { readonly apiKey: string };
  readonly gateway: Config['gateway'] & { readonly internalToken: string };
  readonly redisUrl: string;
  readonly db: DB;
  readonly logger: Logger;
  /** Names this instance's ledger-mirror consumer; defaults to host and pid. */
  readonly instanceId?: string;
  /** Test hook: governance settings overriding the configured ones (a moved clock). */
  readonly governance?: Partial<GovernanceSettings>;
}

export interface Gateway {
  readonly app: Express;
  readonly governor: CreditGovernor;
  readonly mirror: LedgerMirror;
  readonly metrics: GatewayMetrics;
  readonly settlements: SettlementBook;
  readonly slots: SlotQueue;
  /** Resolves once Redis answers (calls before that are refused: fail closed). */
  ready(timeoutMs?: number): Promise<void>;
  /** Stops the mirror (after draining what it can), books what is pending, closes connections. */
  close(): Promise<void>;
}

export function createGateway(options: GatewayOptions): Gateway {
  const { logger } = options;
  const instanceId = options.instanceId ?? `${os.hostname()}-${process.pid}`;
  // Governance commands are never resent behind our back after a dropped connection: a caller that
  // sees the error compensates explicitly (governed-call.ts), and a resend could not tell it apart.
  const redis = createRedis(options.redisUrl, `hirehound-gateway-${instanceId}`, {
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
  });
  // Pub/sub and the blocking outbox reader need connections of their own; they may queue commands
  // while reconnecting (neither decides anything about spend).
  const subscriber = createRedis(options.redisUrl, `hirehound-gateway-sub-${instanceId}`, {
    enableOfflineQueue: true,
    maxRetriesPerRequest: null,
  });
  const mirrorRedis = createRedis(options.redisUrl, `hirehound-gateway-mirror-${instanceId}`, {
    enableOfflineQueue: true,
    maxRetriesPerRequest: null,
  });
  for (const client of [redis, subscriber, mirrorRedis]) {
    client.on('error', (err: Error) => logger.debug({ err: err.message }, 'redis connection error'));
  }

  // Metrics read the shared ledger when scraped (never before the governor below exists).
  const metrics = createGatewayMetrics(() => governor.status());
  const governor = new CreditGovernor(
    redis,
    { ...governanceSettings(options.gateway), ...options.governance },
    createAlertSink({ logger, metrics, webhookUrl: options.gateway.alerts.webhookUrl }),
  );
  const slots = new SlotQueue(governor, { maxWaitMs: options.gateway.slotWaitMs });

  // A slot freed here wakes a local waiter at once; the pub/sub echo of that release is ignored.
  const releasedHere = new Set<string>();
  const settlements = new SettlementBook(governor, logger, {
    takeHandoff: () => slots.takeHandoff(),
    onBooked: (requestId, handedOff) => {
      metrics.settlementBacklog.set(settlements.backlog);
      // A slot handed to a waiter here was never announced; a freed one wakes a waiter here at
      // once, and its pub/sub echo is ignored.
      if (handedOff) return;
      if (releasedHere.size > 10_000) releasedHere.clear();
      releasedHere.add(requestId);
      slots.wake(1);
    },
  });
  subscriber.on('message', (_channel: string, requestId: string) => {
    if (releasedHere.delete(requestId)) return;
    slots.wake(1);
  });
  void subscriber.subscribe(governor.releaseChannel).catch((err: Error) => {
    logger.warn({ err: err.message }, 'cannot subscribe to slot releases yet; waiters poll until it can');
  });

  const mirror = new LedgerMirror({
    redis: mirrorRedis,
    db: options.db,
    keyPrefix: governor.keyPrefix,
    consumer: instanceId,
    logger,
  });
  mirror.start();

  const hasdata = createHasDataClient({
    baseUrl: options.hasdata.baseUrl,
    apiKey: options.hasdata.apiKey,
    timeoutMs: options.hasdata.timeoutMs,
    serverDeadlineMs: options.hasdata.serverDeadlineMs,
  });
  const call = createGovernedCaller({
    governor,
    slots,
    settlements,
    userCaps: new UserCaps(options.db),
    metrics,
    logger,
    leaseTtlMs: governor.settings.leaseTtlMs,
  });
  const app = createGatewayApp({
    logger,
    calls: createProviderCalls({ hasdata, costs: options.hasdata.costs, call, scrapePolicy: options.gateway.scrape }),
    governor,
    metrics,
    internalToken: options.gateway.internalToken,
    // A day is longer than any retry of an activity; a claim left by a call that died outlives
    // the gateway's own deadline for that call.
    idempotency: new IdempotencyStore(redis, options.gateway.redisPrefix, 24 * 3600_000, 15 * 60_000),
    healthChecks: {
      redis: async () => {
        await redis.ping();
      },
      postgres: async () => {
        await sql`select 1`.execute(options.db);
      },
    },
  });

  return {
    app,
    governor,
    mirror,
    metrics,
    settlements,
    slots,
    ready: (timeoutMs = 10_000) => connectRedis(redis, timeoutMs),
    close: async () => {
      await settlements.flush(2000);
      settlements.stop();
      await mirror.drain(2000).catch(() => undefined);
      await mirror.stop();
      redis.disconnect();
      subscriber.disconnect();
      mirrorRedis.disconnect();
    },
  };
}
