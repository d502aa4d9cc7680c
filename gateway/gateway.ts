import os from 'node:os';
import type { Express } from 'express';
import { sql } from 'kysely';
import type { Config } from '../common/config';
import type { Logger } from '../common/logger';
import { connectRedis, createRedis } from '../common/redis';
import type { DB } from '../store/database';
import { createAlertSink } from './alerts';
import { createGatewayApp } from './app';
import { createBudgetLine, type BudgetLine } from './budget-line';
import { IdempotencyStore } from './idempotency';
import { governanceSettings, type CreditGovernor, type GovernanceSettings } from './governance/governor';
import type { SettlementBook } from './governance/settlement-book';
import type { SlotQueue } from './governance/slot-queue';
import { createHasDataClient } from './hasdata/client';
import { createHfChatClient } from './hf/chat-client';
import {
  createModelLineCalls,
  modelLineSettings,
  MODEL_LINE_REFUSAL_CODES,
  type HfChatSettings,
} from './hf/model-line';
import type { LedgerMirror } from './ledger-mirror';
import { createGatewayMetrics, type GatewayMetrics } from './metrics';
import { createProviderCalls } from './provider-calls';
import { UserCaps } from './user-caps';

/**
 * Builds a gateway instance from its configuration: two budget lines over Redis (HasData's, and
 * the Imaginator's chat model `hf.chat`), each with its governor, slot queue, settlement book and
 * ledger mirror into Postgres; the HasData and chat-model clients; and the HTTP app. The process
 * (server.ts), the tests and the benchmark all build it this way.
 */

export interface GatewayOptions {
  readonly hasdata: Config['hasdata'] & { readonly apiKey: string };
  readonly gateway: Config['gateway'] & { readonly internalToken: string };
  /** The chat-model line; its token is HF_TOKEN (none and no endpoint URL: the line refuses to call). */
  readonly hfChat: HfChatSettings;
  readonly redisUrl: string;
  readonly db: DB;
  readonly logger: Logger;
  /** Names this instance's ledger-mirror consumer; defaults to host and pid. */
  readonly instanceId?: string;
  /** Test hook: governance settings overriding the configured ones (a moved clock). */
  readonly governance?: Partial<GovernanceSettings>;
  /** Test hook: the fetch the chat-model client uses (a stand-in for the Hugging Face router). */
  readonly hfFetch?: typeof fetch;
}

export interface Gateway {
  readonly app: Express;
  readonly governor: CreditGovernor;
  readonly mirror: LedgerMirror;
  readonly metrics: GatewayMetrics;
  readonly settlements: SettlementBook;
  readonly slots: SlotQueue;
  /** The Imaginator's chat-model budget line (`hf.chat`). */
  readonly modelLine: BudgetLine<'hf.chat'>;
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
  // Pub/sub needs a connection of its own (each budget line subscribes its release channel on it);
  // it may queue commands while reconnecting (it decides nothing about spend).
  const subscriber = createRedis(options.redisUrl, `hirehound-gateway-sub-${instanceId}`, {
    enableOfflineQueue: true,
    maxRetriesPerRequest: null,
  });
  for (const client of [redis, subscriber]) {
    client.on('error', (err: Error) => logger.debug({ err: err.message }, 'redis connection error'));
  }

  // Metrics read the shared ledger when scraped (never before the line below exists).
  const metrics = createGatewayMetrics(() => hasdataLine.governor.status());
  const line = { redis, subscriber, redisUrl: options.redisUrl, instanceId, db: options.db, logger, metrics };
  const hasdataLine = createBudgetLine({
    ...line,
    name: 'hasdata',
    settings: { ...governanceSettings(options.gateway), ...options.governance },
    slotWaitMs: options.gateway.slotWaitMs,
    onAlert: createAlertSink({ logger, metrics, webhookUrl: options.gateway.alerts.webhookUrl }),
    userCaps: new UserCaps(options.db),
    onBacklog: (pending) => metrics.settlementBacklog.set(pending),
  });
  const modelLine = createBudgetLine({
    ...line,
    name: 'hf-chat',
    settings: modelLineSettings(options.gateway, options.hfChat, options.governance?.clockOffsetMs),
    slotWaitMs: options.gateway.slotWaitMs,
    onAlert: createAlertSink({
      logger,
      metrics,
      webhookUrl: options.gateway.alerts.webhookUrl,
      line: 'hf.chat',
    }),
    refusalCodes: MODEL_LINE_REFUSAL_CODES,
  });

  const hasdata = createHasDataClient({
    baseUrl: options.hasdata.baseUrl,
    apiKey: options.hasdata.apiKey,
    timeoutMs: options.hasdata.timeoutMs,
    serverDeadlineMs: options.hasdata.serverDeadlineMs,
  });
  const { hfChat } = options;
  const chatClient =
    hfChat.token || hfChat.endpointUrl
      ? createHfChatClient({
          token: hfChat.token,
          endpointUrl: hfChat.endpointUrl,
          model: hfChat.model,
          provider: hfChat.provider,
          timeoutMs: hfChat.timeoutMs,
          ...(options.hfFetch ? { fetch: options.hfFetch } : {}),
        })
      : undefined;
  const app = createGatewayApp({
    logger,
    calls: createProviderCalls({ hasdata, costs: options.hasdata.costs, call: hasdataLine.call }),
    governor: hasdataLine.governor,
    modelLine: {
      calls: createModelLineCalls({ client: chatClient, settings: hfChat, call: modelLine.call }),
      governor: modelLine.governor,
    },
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
    governor: hasdataLine.governor,
    mirror: hasdataLine.mirror,
    metrics,
    settlements: hasdataLine.settlements,
    slots: hasdataLine.slots,
    modelLine,
    ready: (timeoutMs = 10_000) => connectRedis(redis, timeoutMs),
    close: async () => {
      await Promise.all([hasdataLine.close(), modelLine.close()]);
      redis.disconnect();
      subscriber.disconnect();
    },
  };
}
