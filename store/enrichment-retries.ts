import { sql } from 'kysely';
import type { DB } from './database';

/**
 * The nightly stale-enrichment upkeep: jobs stuck half-way are reset, and failed enrichments that
 * a paid search asked for are retried a bounded number of times, each attempt counted per job.
 */

/** Jobs left `queued` or `in_progress` longer than any enrichment runs go back to `none`. */
export async function resetStuckEnrichments(db: DB, stuckSince: Date): Promise<number> {
  const result = await db
    .updateTable('jobs')
    .set({ enrichment_status: 'none', updated_at: sql<Date>`now()` })
    .where('enrichment_status', 'in', ['queued', 'in_progress'])
    .where('updated_at', '<', stuckSince)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface RetryCandidate {
  readonly jobId: string;
  /** The paid search that asked for the job first, and its user: the retry is charged to them. */
  readonly searchId: string;
  readonly userId: string;
  readonly attempts: number;
}

/**
 * Failed enrichments of fresh jobs that a paid search asked for (the ledger has that search's
 * calls for the job) and that have retries left, freshest jobs first.
 */
export async function findRetryCandidates(
  db: DB,
  options: { readonly maxAttempts: number; readonly freshSince: Date; readonly limit: number },
): Promise<RetryCandidate[]> {
  const rows = await db
    .selectFrom('jobs as j')
    .innerJoin(
      (eb) =>
        eb
          .selectFrom('credit_ledger as l')
          .innerJoin('searches as s', (join) => join.onRef('s.id', '=', 'l.search_id').on('s.tier', '=', 'paid'))
          .distinctOn('l.job_id')
          .select(['l.job_id', 'l.search_id', 's.user_id'])
          .where('l.job_id', 'is not', null)
          .orderBy('l.job_id')
          .orderBy('l.occurred_at')
          .as('asked'),
      (join) => join.onRef('asked.job_id', '=', 'j.id'),
    )
    .leftJoin('enrichment_retries as r', 'r.job_id', 'j.id')
    .select(['j.id', 'asked.search_id', 'asked.user_id', 'r.attempts'])
    .where('j.enrichment_status', '=', 'failed')
    .where('j.discovery_status', '=', 'discovered')
    .where('j.last_discovered_at', '>=', options.freshSince)
    .where((eb) =>
      eb.or([
        eb('r.job_id', 'is', null),
        eb.and([eb('r.gave_up_at', 'is', null), eb('r.attempts', '<', options.maxAttempts)]),
      ]),
    )
    .orderBy('j.last_discovered_at', 'desc')
    .orderBy('j.id')
    .limit(options.limit)
    .execute();
  return rows.map((r) => ({
    jobId: r.id,
    searchId: r.search_id as string,
    userId: r.user_id,
    attempts: r.attempts ?? 0,
  }));
}

export interface RetryAttempt {
  readonly jobId: string;
  readonly searchId: string;
  readonly userId: string;
  readonly outcome: string;
  readonly credits: number;
  readonly error: string | null;
}

/** Counts one attempt; returns the job's attempts so far. */
export async function recordRetryAttempt(db: DB, attempt: RetryAttempt): Promise<number> {
  const row = await db
    .insertInto('enrichment_retries')
    .values({
      job_id: attempt.jobId,
      search_id: attempt.searchId,
      user_id: attempt.userId,
      attempts: 1,
      credits: attempt.credits,
      last_attempt_at: sql<Date>`now()`,
      last_outcome: attempt.outcome,
      last_error: attempt.error,
    })
    .onConflict((oc) =>
      oc.column('job_id').doUpdateSet({
        attempts: sql<number>`enrichment_retries.attempts + 1`,
        credits: sql<number>`enrichment_retries.credits + ${attempt.credits}`,
        last_attempt_at: sql<Date>`now()`,
        last_outcome: attempt.outcome,
        last_error: attempt.error,
      }),
    )
    .returning('attempts')
    .executeTakeFirstOrThrow();
  return row.attempts;
}

/** No more nightly retries: the job stays `failed` for good (a requeued dead letter may try once more). */
export async function markRetriesExhausted(db: DB, jobId: string): Promise<void> {
  await db
    .updateTable('enrichment_retries')
    .set({ gave_up_at: sql<Date>`now()` })
    .where('job_id', '=', jobId)
    .execute();
}

export async function findRetryRecord(
  db: DB,
  jobId: string,
): Promise<{ attempts: number; credits: number; gaveUp: boolean; lastOutcome: string | null } | undefined> {
  const row = await db.selectFrom('enrichment_retries').selectAll().where('job_id', '=', jobId).executeTakeFirst();
  return row
    ? { attempts: row.attempts, credits: row.credits, gaveUp: row.gave_up_at !== null, lastOutcome: row.last_outcome }
    : undefined;
}
