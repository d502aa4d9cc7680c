import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { Logger } from '../common/logger';
import type { DB } from '../store/database';
import { recordCreditEntries, type CreditEntry } from '../store/credit-ledger';

/**
 * Moves settled calls from the Redis outbox (written by the same Lua script that books the credits,
 * so the two can never disagree) into Postgres' credit_ledger. Delivery is at least once: an entry
 * leaves the outbox only after Postgres has it, and the ledger ignores a request id it already has.
 * Any gateway instance may drain the outbox; entries a dead instance had claimed are taken over
 * after they sit unacknowledged for a while.
 */

const GROUP = 'ledger-mirror';
const BATCH = 500;
const TAKEOVER_IDLE_MS = 30_000;

type StreamEntry = [id: string, fields: string[]];

const Entries = z.array(z.tuple([z.string(), z.array(z.string())]));
/** RESP2 answers [[stream, entries]]; ioredis 6 may hand back [stream, entries] for one stream. */
const ReadReply = z.union([z.null(), z.tuple([z.string(), Entries]), z.array(z.tuple([z.string(), Entries]))]);

function entriesOf(reply: unknown): StreamEntry[] {
  const parsed = ReadReply.parse(reply);
  if (parsed === null) return [];
  if (typeof parsed[0] === 'string') return (parsed as [string, StreamEntry[]])[1];
  return (parsed as [string, StreamEntry[]][])[0]?.[1] ?? [];
}

function toEntry(fields: readonly string[]): CreditEntry {
  const f = new Map<string, string>();
  for (let i = 0; i + 1 < fields.length; i += 2) f.set(fields[i] as string, fields[i + 1] as string);
  const text = (name: string): string | null => {
    const value = f.get(name);
    return value === undefined || value === '' ? null : value;
  };
  const int = (name: string): number | null => {
    const value = text(name);
    return value === null ? null : Math.round(Number(value));
  };
  return {
    requestId: text('requestId') ?? '',
    month: text('month') ?? '',
    occurredAt: new Date(int('occurredAt') ?? Date.now()),
    endpoint: text('endpoint') ?? '',
    credits: int('credits') ?? 0,
    outcome: text('outcome') ?? '',
    providerStatus: int('providerStatus'),
    latencyMs: int('latencyMs'),
    searchId: text('searchId'),
    userId: text('userId'),
    jobId: text('jobId'),
  };
}

export interface LedgerMirrorOptions {
  /** A connection of its own: XREADGROUP blocks it. */
  readonly redis: Redis;
  readonly db: DB;
  /** The governor's key prefix, e.g. "{hh:gw}". */
  readonly keyPrefix: string;
  /** Unique per gateway instance. */
  readonly consumer: string;
  readonly logger: Logger;
  /** How long one read blocks waiting for new entries. */
  readonly blockMs?: number;
  /**
   * After a partial batch, how long to let entries accumulate before the next read: one insert of
   * many rows instead of one per call, which a busy gateway would otherwise pay in Postgres time.
   */
  readonly batchWindowMs?: number;
}

export class LedgerMirror {
  private running = false;
  private loop: Promise<void> | undefined;
  private readonly stream: string;
  private mirrored = 0;

  constructor(private readonly options: LedgerMirrorOptions) {
    this.stream = `${options.keyPrefix}:outbox`;
  }

  /** Entries written to Postgres by this instance since it started. */
  get entriesMirrored(): number {
    return this.mirrored;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    await this.loop;
  }

  /** Entries still waiting in the outbox (claimed or not). */
  async pending(): Promise<number> {
    return this.options.redis.xlen(this.stream);
  }

  /** Waits until the outbox is empty (tests, benchmarks, shutdown). */
  async drain(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.pending()) > 0) {
      if (Date.now() > deadline) throw new Error(`the credit ledger outbox did not drain within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  private async ensureGroup(): Promise<void> {
    try {
      // From the start of the stream: entries settled before any mirror ran are mirrored too.
      await this.options.redis.xgroup('CREATE', this.stream, GROUP, '0', 'MKSTREAM');
    } catch (err) {
      if (!(err instanceof Error && err.message.startsWith('BUSYGROUP'))) throw err;
    }
  }

  private async run(): Promise<void> {
    const { redis, logger } = this.options;
    let failures = 0;
    let groupReady = false;
    let claimOwn = true;
    while (this.running) {
      try {
        if (!groupReady) {
          await this.ensureGroup();
          groupReady = true;
        }
        // First what this consumer had claimed before (a crash or a Postgres error), then others'
        // abandoned claims, then new entries.
        let entries = claimOwn ? await this.read('0', 0) : [];
        if (entries.length === 0) {
          claimOwn = false;
          const claimed = await redis.xautoclaim(
            this.stream,
            GROUP,
            this.options.consumer,
            TAKEOVER_IDLE_MS,
            '0-0',
            'COUNT',
            BATCH,
          );
          entries = Entries.parse(claimed[1] ?? []);
        }
        if (entries.length === 0) entries = await this.read('>', this.options.blockMs ?? 1000);
        if (entries.length > 0) {
          await recordCreditEntries(
            this.options.db,
            entries.map(([, fields]) => toEntry(fields)),
          );
          const ids = entries.map(([id]) => id);
          await redis
            .multi()
            .xack(this.stream, GROUP, ...ids)
            .xdel(this.stream, ...ids)
            .exec();
          this.mirrored += entries.length;
          if (entries.length < BATCH)
            await new Promise((resolve) => setTimeout(resolve, this.options.batchWindowMs ?? 200));
        }
        failures = 0;
      } catch (err) {
        failures += 1;
        const message = err instanceof Error ? err.message : String(err);
        if (message.startsWith('NOGROUP')) groupReady = false;
        claimOwn = true;
        if (failures === 1 || failures % 20 === 0)
          logger.warn({ err: message, failures }, 'credit ledger mirror is retrying');
        await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 100 * 2 ** Math.min(failures, 6))));
      }
    }
  }

  private async read(from: '0' | '>', blockMs: number): Promise<StreamEntry[]> {
    const args: (string | number)[] = ['GROUP', GROUP, this.options.consumer, 'COUNT', BATCH];
    if (from === '>' && blockMs > 0) args.push('BLOCK', blockMs);
    return entriesOf(await this.options.redis.call('XREADGROUP', ...args, 'STREAMS', this.stream, from));
  }
}
