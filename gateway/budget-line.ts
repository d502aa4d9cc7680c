import type { Redis } from 'ioredis';
import type { ErrorCode } from '../common/errors';
import type { HasDataEndpoint } from '../common/hasdata-endpoints';
import type { Logger } from '../common/logger';
import type { GovernedEndpoint } from '../common/model-endpoints';
import { createRedis } from '../common/redis';
import type { DB } from '../store/database';
import type { RefusalReason } from './contract';
import { createGovernedCaller, type GovernedCaller } from './governed-call';
import { CreditGovernor, type FiredAlert, type GovernanceSettings } from './governance/governor';
import { SettlementBook } from './governance/settlement-book';
import { SlotQueue } from './governance/slot-queue';
import { LedgerMirror } from './ledger-mirror';
import type { GatewayMetrics } from './metrics';
import type { UserCaps } from './user-caps';

/**
 * One budget line of the gateway: a governor over its own Redis keys (month ledger, slots, token
 * buckets, circuit), the slot queue woken by its release channel, the settlement book, the mirror
 * of its outbox into Postgres' credit_ledger, and the governed caller that puts them together.
 * HasData is one line; each governed model (`hf.chat`) is another, so a model never spends HasData
 * credits and a spent model budget never stops a search.
 */

export interface BudgetLineOptions<E extends GovernedEndpoint> {
  /** Names the line in logs and connection names: `hasdata`, `hf-chat`. */
  readonly name: string;
  readonly settings: GovernanceSettings<E>;
  /** The governance connection (no offline queue, no resend: see gateway.ts); shared by the lines. */
  readonly redis: Redis;
  /** The pub/sub connection; each line subscribes its own release channel on it. */
  readonly subscriber: Redis;
  readonly redisUrl: string;
  readonly instanceId: string;
  readonly db: DB;
  readonly logger: Logger;
  readonly metrics: GatewayMetrics;
  readonly slotWaitMs: number;
  readonly onAlert: (alert: FiredAlert) => void;
  readonly userCaps?: UserCaps;
  readonly refusalCodes?: Readonly<Record<RefusalReason, ErrorCode>>;
  /** Told how many settlements wait for Redis after each booking. */
  readonly onBacklog?: (pending: number) => void;
}

export interface BudgetLine<E extends GovernedEndpoint = HasDataEndpoint> {
  readonly governor: CreditGovernor<E>;
  readonly slots: SlotQueue<E>;
  readonly settlements: SettlementBook<E>;
  readonly mirror: LedgerMirror;
  readonly call: GovernedCaller<E>;
  /** Books what is pending, stops the mirror after draining what it can, closes its connection. */
  close(): Promise<void>;
}

export function createBudgetLine<E extends GovernedEndpoint>(options: BudgetLineOptions<E>): BudgetLine<E> {
  const { logger, subscriber } = options;
  // The blocking outbox reader needs a connection of its own; it may queue commands while
  // reconnecting (it decides nothing about spend).
  const mirrorRedis = createRedis(options.redisUrl, `hirehound-gateway-mirror-${options.name}-${options.instanceId}`, {
    enableOfflineQueue: true,
    maxRetriesPerRequest: null,
  });
  mirrorRedis.on('error', (err: Error) => logger.debug({ err: err.message }, 'redis connection error'));

  const governor = new CreditGovernor<E>(options.redis, options.settings, options.onAlert);
  const slots = new SlotQueue<E>(governor, { maxWaitMs: options.slotWaitMs });

  // A slot freed here wakes a local waiter at once; the pub/sub echo of that release is ignored.
  const releasedHere = new Set<string>();
  const settlements = new SettlementBook<E>(governor, logger, {
    takeHandoff: () => slots.takeHandoff(),
    onBooked: (requestId, handedOff) => {
      options.onBacklog?.(settlements.backlog);
      // A slot handed to a waiter here was never announced; a freed one wakes a waiter here at
      // once, and its pub/sub echo is ignored.
      if (handedOff) return;
      if (releasedHere.size > 10_000) releasedHere.clear();
      releasedHere.add(requestId);
      slots.wake(1);
    },
  });
  const channel = governor.releaseChannel;
  subscriber.on('message', (from: string, requestId: string) => {
    if (from !== channel) return;
    if (releasedHere.delete(requestId)) return;
    slots.wake(1);
  });
  void subscriber.subscribe(channel).catch((err: Error) => {
    logger.warn(
      { err: err.message, line: options.name },
      'cannot subscribe to slot releases yet; waiters poll until it can',
    );
  });

  const mirror = new LedgerMirror({
    redis: mirrorRedis,
    db: options.db,
    keyPrefix: governor.keyPrefix,
    consumer: options.instanceId,
    logger,
  });
  mirror.start();

  const call = createGovernedCaller<E>({
    governor,
    slots,
    settlements,
    metrics: options.metrics,
    logger,
    leaseTtlMs: governor.settings.leaseTtlMs,
    ...(options.userCaps ? { userCaps: options.userCaps } : {}),
    ...(options.refusalCodes ? { refusalCodes: options.refusalCodes } : {}),
  });

  return {
    governor,
    slots,
    settlements,
    mirror,
    call,
    close: async () => {
      await settlements.flush(2000);
      settlements.stop();
      await mirror.drain(2000).catch(() => undefined);
      await mirror.stop();
      mirrorRedis.disconnect();
    },
  };
}
