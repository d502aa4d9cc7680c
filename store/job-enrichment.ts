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
  readonly enrichedAt: Date | null;
  readonly enrichmentStatus: string;
  readonly discoveryStatus: string;
}

export async function findJobForEnrichment(db: DB, jobId: string): Promise<JobForEnrichment | undefined> {
  const row = await db
    .selectFrom('jobs')
    .select(['id', 'source', 'external_id', 'url', 'title', 'enriched_at', 'enrichment_status', 'discovery_status'])
    .where('id', '=', jobId)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        source: row.source,
        externalId: row.external_id,
        url: row.url,
        title: row.title,
        enrichedAt: row.enriched_at,
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
}

export async function recordJobEnriched(db: DB, jobId: string, content: EnrichedContent): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      description_text: content.descriptionText,
      description_blob_key: content.blobKey,
      content_hash: content.contentHash,
      enrichment_status: 'enriched',
      enriched_at: sql<Date>`now()`,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', jobId)
    .execute();
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
