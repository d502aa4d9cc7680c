import type { Client } from '@temporalio/client';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import type { Logger } from '../common/logger';
import { isVerdictOnFile } from '../store/resumes';
import { resumeIngestionWorkflowId } from '../temporal/workflow-ids';
import type { ResumeIngestionResult } from '../workflows/resume-ingestion/messages';

/**
 * What we say about a refused upload once its row is gone (nothing from a refused input is stored):
 * the verdict lives in the ingestion workflow's result, which Temporal keeps for its retention
 * period and which names its uploader in a memo, and for a day in Redis under the uploader and the
 * file's SHA-256, so the same file sent again is answered without being read again. Neither holds
 * the file, its name or its text.
 */

export const Verdict = z.object({ code: z.string(), message: z.string() });
export type Verdict = z.infer<typeof Verdict>;

/** The memo an ingestion is started with: whose upload it reads (for the answer's ownership check). */
export const ingestionMemo = (userId: string): Record<string, string> => ({ userId });

const VERDICT_TTL_SECONDS = 24 * 3600;
/** How long a poll waits for a run whose row is already gone to complete (its last step is quick). */
const FINISHING_WAIT_MS = 5_000;

export class ResumeVerdicts {
  constructor(
    private readonly redis: Redis,
    private readonly temporal: Client,
    private readonly logger: Logger,
  ) {}

  private key(userId: string, sha256: string): string {
    return `hh:resume-verdict:${userId}:${sha256}`;
  }

  /** The verdict this user's identical file got within the day; a Redis outage means "read it again". */
  async remembered(userId: string, sha256: string): Promise<Verdict | undefined> {
    try {
      const stored = await this.redis.get(this.key(userId, sha256));
      const parsed = stored ? Verdict.safeParse(JSON.parse(stored)) : undefined;
      return parsed?.success ? parsed.data : undefined;
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'resume verdict cache unavailable');
      return undefined;
    }
  }

  /** Keeps a verdict on the file (not a failure of ours, which a new upload may not repeat). */
  async remember(userId: string, sha256: string, verdict: Verdict): Promise<void> {
    if (!isVerdictOnFile(verdict.code)) return;
    try {
      await this.redis.set(this.key(userId, sha256), JSON.stringify(verdict), 'EX', VERDICT_TTL_SECONDS);
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'resume verdict cache unavailable');
    }
  }

  /** The verdict of this user's finished ingestion of `resumeId`, if it refused the file. */
  async ofIngestion(userId: string, resumeId: string): Promise<Verdict | undefined> {
    try {
      // Inside: an id the route accepts (the nil uuid) may not name a workflow at all.
      const handle = this.temporal.workflow.getHandle(resumeIngestionWorkflowId(resumeId));
      const run = await handle.describe();
      if (run.memo?.userId !== userId) return undefined;
      // The refusal deletes the row just before the run completes: a poll in between waits for it.
      if (run.status.name !== 'COMPLETED' && run.status.name !== 'RUNNING') return undefined;
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), FINISHING_WAIT_MS);
      const result = (await this.temporal
        .withAbortSignal(abort.signal, () => handle.result())
        .finally(() => clearTimeout(timer))) as ResumeIngestionResult;
      return result.status === 'failed' && result.error && isVerdictOnFile(result.error.code)
        ? result.error
        : undefined;
    } catch {
      // No such run (never, or past retention), or Temporal cannot answer: a 404 says as much.
      return undefined;
    }
  }
}
