import { sql } from 'kysely';
import type { DB } from './database';

/**
 * The enrichment side of the jobs aggregate: status transitions of one job's full-text fetch.
 * Only the `enrich-<jobId>` workflow's activities call these, one run per job at a time.
 */

export interface JobForEnrichment {
  readonly id: string;
  readonly source: string;
  readonly externalId: string;
  readonly url: string;
  readonly title: string;
  readonly location: string | null;
  readonly enrichedAt: Date | null;
  readonly enrichmentRunId: string | null;
  readonly enrichmentCredits: number | null;
  readonly enrichmentStatus: string;
  readonly discoveryStatus: string;
}

export async function findJobForEnrichment(db: DB, jobId: string): Promise<JobForEnrichment | undefined> {
  const row = await db
    .selectFrom('jobs')
    .select([
      'id',
      'source',
      'external_id',
      'url',
      'title',
      'location',
      'enriched_at',
      'enrichment_run_id',
      'enrichment_credits',
      'enrichment_status',
      'discovery_status',
    ])
    .where('id', '=', jobId)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        source: row.source,
        externalId: row.external_id,
        url: row.url,
        title: row.title,
        location: row.location,
        enrichedAt: row.enriched_at,
        enrichmentRunId: row.enrichment_run_id,
        enrichmentCredits: row.enrichment_credits,
        enrichmentStatus: row.enrichment_status,
        discoveryStatus: row.discovery_status,
      }
    : undefined;
}

/**
 * When each of these jobs was last enriched (null: never), for jobs that still exist. A ranking
 * kept for a few minutes reads it again, since other searches enrich jobs meanwhile.
 */
export async function findEnrichedAt(db: DB, jobIds: readonly string[]): Promise<Map<string, Date | null>> {
  if (jobIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('jobs')
    .select(['id', 'enriched_at'])
    .where('id', 'in', [...jobIds])
    .execute();
  return new Map(rows.map((r) => [r.id, r.enriched_at]));
}

export async function markJobEnrichmentStarted(db: DB, jobId: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      enrichment_status: 'in_progress',
      enrichment_attempts: sql<number>`enrichment_attempts + 1`,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', jobId)
    .execute();
}

/**
 * A run fetched (and paid for) the full posting: recorded before ingestion stores its text, so an
 * attempt retried after a crash knows what the run was charged. Ingestion marks the job enriched.
 */
export async function recordJobFetched(
  db: DB,
  jobId: string,
  fetch: { readonly runId: string; readonly credits: number },
): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ enrichment_run_id: fetch.runId, enrichment_credits: fetch.credits, updated_at: sql<Date>`now()` })
    .where('id', '=', jobId)
    .execute();
}

/**
 * A duplicate of this job (same cluster) whose full posting was fetched since `since`: enrichment
 * is paid once per cluster.
 */
export async function findEnrichedClusterMate(db: DB, jobId: string, since: Date): Promise<string | undefined> {
  const row = await db
    .selectFrom('jobs as mate')
    .innerJoin('jobs as self', 'self.cluster_id', 'mate.cluster_id')
    .select('mate.id')
    .where('self.id', '=', jobId)
    .where('mate.id', '!=', jobId)
    .where('mate.enrichment_status', '=', 'enriched')
    .where('mate.enriched_at', '>=', since)
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}

/** The provider says the posting is gone (400 expired): it leaves every ranking. */
export async function markJobExpired(db: DB, jobId: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ discovery_status: 'expired', enrichment_status: 'expired', updated_at: sql<Date>`now()` })
    .where('id', '=', jobId)
    .execute();
}

export async function markJobEnrichmentFailed(db: DB, jobId: string, _reason: string): Promise<void> {
  await db
    .updateTable('jobs')
    .set({ enrichment_status: 'failed', updated_at: sql<Date>`now()` })
    .where('id', '=', jobId)
    .where('enrichment_status', '!=', 'enriched')
    .execute();
}

/** Jobs whose enrichment was asked for and has not succeeded: the enrichment backlog (metrics). */
export async function countEnrichmentBacklog(db: DB): Promise<Record<'queued' | 'in_progress' | 'failed', number>> {
  const rows = await db
    .selectFrom('jobs')
    .select(['enrichment_status', (eb) => eb.fn.countAll<string>().as('n')])
    .where('enrichment_status', 'in', ['queued', 'in_progress', 'failed'])
    .groupBy('enrichment_status')
    .execute();
  const backlog = { queued: 0, in_progress: 0, failed: 0 };
  for (const row of rows) backlog[row.enrichment_status as keyof typeof backlog] = Number(row.n);
  return backlog;
}
