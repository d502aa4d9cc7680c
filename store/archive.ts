import { sql } from 'kysely';
import type { DB } from './database';

/**
 * The purge's side of the jobs aggregate: jobs not discovered within the freshness window move to
 * `archived_jobs` (their payload keys kept), and after a grace period their raw payloads go.
 */

/** How long a purge statement may wait for a lock before it gives way (and the next run retries). */
const LOCK_TIMEOUT_MS = 2_000;

/**
 * Moves at most `batchSize` jobs last discovered before `cutoff` into `archived_jobs`, in one
 * statement and one short transaction. Rows another transaction holds (an enrichment writing its
 * result) are skipped, not waited for: `SKIP LOCKED`. Searches read on throughout (they take no
 * row locks), and a job leaves the search set the moment the statement commits. Vectors and the
 * full text are not archived: the payload key says where the raw posting is while it is kept.
 */
export async function archiveStaleJobs(
  db: DB,
  options: { readonly cutoff: Date; readonly batchSize: number },
): Promise<{ archived: number; withPayload: number; clusterIds: string[] }> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('lock_timeout', ${String(LOCK_TIMEOUT_MS)}, true)`.execute(trx);
    // Raw SQL: one DELETE … RETURNING feeding the INSERT, which the builder cannot express.
    const result = await sql<{ archived: number; with_payload: number; cluster_ids: string[] | null }>`
      WITH victims AS (
        SELECT id FROM jobs
        WHERE last_discovered_at < ${options.cutoff}
        ORDER BY last_discovered_at
        LIMIT ${options.batchSize}
        FOR UPDATE SKIP LOCKED
      ), moved AS (
        DELETE FROM jobs USING victims WHERE jobs.id = victims.id RETURNING jobs.*
      ), archived AS (
        INSERT INTO archived_jobs (id, source, external_id, url, title, company_name, onet_code,
                                   description_blob_key, first_discovered_at, last_discovered_at,
                                   enriched_at, reason, record)
        SELECT id, source, external_id, url, title, company_name, onet_code, description_blob_key,
               first_discovered_at, last_discovered_at, enriched_at, 'not_discovered_within_window',
               to_jsonb(moved) - 'listing_embedding' - 'fulltext_embedding' - 'description_text'
        FROM moved
        RETURNING description_blob_key
      )
      SELECT count(*)::int AS archived, count(description_blob_key)::int AS with_payload,
             (SELECT array_agg(DISTINCT cluster_id) FROM moved WHERE cluster_id IS NOT NULL) AS cluster_ids
      FROM archived`.execute(trx);
    const row = result.rows[0];
    return { archived: row?.archived ?? 0, withPayload: row?.with_payload ?? 0, clusterIds: row?.cluster_ids ?? [] };
  });
}

export interface ArchivedPayload {
  readonly jobId: string;
  readonly blobKey: string;
}

/** Archived jobs whose grace period is over and whose payloads are still stored, oldest first. */
export async function findPayloadsPastGrace(db: DB, archivedBefore: Date, limit: number): Promise<ArchivedPayload[]> {
  const rows = await db
    .selectFrom('archived_jobs')
    .select(['id', 'description_blob_key'])
    .where('payload_deleted_at', 'is', null)
    .where('description_blob_key', 'is not', null)
    .where('archived_at', '<', archivedBefore)
    .orderBy('archived_at')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ jobId: r.id, blobKey: r.description_blob_key as string }));
}

export async function markPayloadsDeleted(db: DB, jobIds: readonly string[]): Promise<void> {
  if (jobIds.length === 0) return;
  await db
    .updateTable('archived_jobs')
    .set({ payload_deleted_at: sql<Date>`now()` })
    .where('id', 'in', [...jobIds])
    .execute();
}

/** Who owns a payload folder `raw/<jobId>/`, as the object-store cleanup asks it. */
export type PayloadOwner =
  | { readonly kind: 'live'; readonly currentKey: string | null }
  | { readonly kind: 'archived'; readonly payloadDeleted: boolean }
  | { readonly kind: 'none' };

/** The owner of each job id's payloads: a live job (and its current payload), an archived one, or none. */
export async function findPayloadOwners(db: DB, jobIds: readonly string[]): Promise<Map<string, PayloadOwner>> {
  const owners = new Map<string, PayloadOwner>(jobIds.map((id) => [id, { kind: 'none' }]));
  if (jobIds.length === 0) return owners;
  const ids = [...new Set(jobIds)];
  const archived = await db
    .selectFrom('archived_jobs')
    .select(['id', 'payload_deleted_at'])
    .where('id', 'in', ids)
    .execute();
  for (const row of archived) owners.set(row.id, { kind: 'archived', payloadDeleted: row.payload_deleted_at !== null });
  const live = await db.selectFrom('jobs').select(['id', 'description_blob_key']).where('id', 'in', ids).execute();
  for (const row of live) owners.set(row.id, { kind: 'live', currentKey: row.description_blob_key });
  return owners;
}

/**
 * Which of these batch payloads (a listing page or a posting feed, `raw/listings/…`,
 * `raw/postings/…`) a job still refers to through its `raw_key`: a live job, or an archived one
 * whose payloads are still kept (within its grace period). Many jobs share one batch.
 */
export async function findReferencedBatchPayloads(db: DB, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const unique = [...new Set(keys)];
  const live = await db.selectFrom('jobs').select('raw_key').distinct().where('raw_key', 'in', unique).execute();
  // The archived row keeps the job's columns in `record`; raw SQL for the JSON field.
  const archived = await sql<{ raw_key: string }>`
    SELECT DISTINCT record ->> 'raw_key' AS raw_key FROM archived_jobs
    WHERE payload_deleted_at IS NULL AND record ->> 'raw_key' = ANY(${unique}::text[])`.execute(db);
  return new Set([...live.map((r) => r.raw_key), ...archived.rows.map((r) => r.raw_key)].filter((k) => k !== null));
}
