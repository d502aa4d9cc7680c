import { sql } from 'kysely';
import type { JobFeatures } from '../understanding/features';
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

export interface EnrichedContent {
  readonly descriptionText: string;
  readonly blobKey: string;
  readonly contentHash: string;
  /** The run that fetched it and what that cost (for an attempt of the same run retried later). */
  readonly runId: string;
  readonly credits: number;
  /** Hermes' reading of the full posting; what it found replaces what the listing snippet gave. */
  readonly features: JobFeatures;
}

export async function recordJobEnriched(db: DB, jobId: string, content: EnrichedContent): Promise<void> {
  const f = content.features;
  const skillsFound = f.skillsRequired.length + f.skillsPreferred.length > 0;
  await db
    .updateTable('jobs')
    .set({
      description_text: content.descriptionText,
      description_blob_key: content.blobKey,
      content_hash: content.contentHash,
      enrichment_run_id: content.runId,
      enrichment_credits: content.credits,
      enrichment_status: 'enriched',
      enriched_at: sql<Date>`now()`,
      updated_at: sql<Date>`now()`,
      ...(skillsFound
        ? {
            skills: [...new Set([...f.skillsRequired, ...f.skillsPreferred])],
            skills_required: [...f.skillsRequired],
            skills_preferred: [...f.skillsPreferred],
          }
        : {}),
      ...(f.yearsRequired !== null ? { years_required: f.yearsRequired } : {}),
      ...(f.educationRequired !== null ? { education_required: f.educationRequired } : {}),
      ...(f.seniority !== null ? { seniority: f.seniority } : {}),
      ...(f.visaSponsorship !== null ? { visa_sponsorship: f.visaSponsorship } : {}),
      ...(f.onetCode !== null ? { onet_code: f.onetCode } : {}),
    })
    .where('id', '=', jobId)
    .execute();
  // A salary stated only in the full text fills a gap; the board's structured one is kept.
  if (f.salary) {
    await db
      .updateTable('jobs')
      .set({
        salary_min: f.salary.min,
        salary_max: f.salary.max,
        salary_currency: f.salary.currency,
        salary_period: f.salary.period,
        salary_annual_min: f.salary.annualMin,
        salary_annual_max: f.salary.annualMax,
      })
      .where('id', '=', jobId)
      .where('salary_min', 'is', null)
      .where('salary_max', 'is', null)
      .execute();
  }
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
