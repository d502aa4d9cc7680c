import { sql, type Transaction } from 'kysely';
import type { DedupStage, PublicationStatus } from '../common/vocabulary/ingestion';
import type { ClusterMemberKeys } from '../ingestion/duplicates';
import type { Database } from '../schema/database';
import type { DB } from './database';
import { jobsLockedInIdOrder } from './jobs';

/**
 * Clusters of postings that are one job. A batch's clustering decisions are read, taken and written
 * under one transaction-scoped advisory lock, so two batches ingesting copies of the same job at the
 * same moment cannot both start a cluster for it.
 */

/** Any constant works; it only has to be the same for every clustering transaction. */
const CLUSTERING_LOCK = 0x686f756e64;

export async function withClusteringLock<T>(db: DB, fn: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT pg_advisory_xact_lock(${CLUSTERING_LOCK})`.execute(trx);
    return fn(trx);
  });
}

/** A posting as the duplicate check reads it. */
export interface DedupRow {
  readonly id: string;
  readonly source: string;
  readonly companyKey: string | null;
  readonly titleKey: string;
  readonly locationKey: string;
  readonly contentHash: string | null;
  readonly minhash: readonly number[] | null;
  readonly lshKeys: readonly number[] | null;
  readonly hasDescription: boolean;
  readonly skills: readonly string[];
  readonly clusterId: string | null;
  readonly ingestFingerprint: string | null;
  readonly clusteredFingerprint: string | null;
  readonly sameTextCompanies: number;
  readonly expired: boolean;
}

const DEDUP_COLUMNS = [
  'id',
  'source',
  'company_key',
  'title_key',
  'location_key',
  'content_hash',
  'minhash',
  'lsh_keys',
  'skills',
  sql<boolean>`description_text IS NOT NULL`.as('has_description'),
  'cluster_id',
  'ingest_fingerprint',
  'clustered_fingerprint',
  'same_text_companies',
  'discovery_status',
] as const;

function toDedupRow(r: {
  id: string;
  source: string;
  company_key: string | null;
  title_key: string | null;
  location_key: string | null;
  content_hash: string | null;
  minhash: number[] | null;
  lsh_keys: number[] | null;
  has_description: boolean;
  skills: string[];
  cluster_id: string | null;
  ingest_fingerprint: string | null;
  clustered_fingerprint: string | null;
  same_text_companies: number;
  discovery_status: string;
}): DedupRow {
  return {
    id: r.id,
    source: r.source,
    companyKey: r.company_key,
    titleKey: r.title_key ?? '',
    locationKey: r.location_key ?? '',
    contentHash: r.content_hash,
    minhash: r.minhash,
    lshKeys: r.lsh_keys,
    hasDescription: r.has_description,
    skills: [...r.skills].sort(),
    clusterId: r.cluster_id,
    ingestFingerprint: r.ingest_fingerprint,
    clusteredFingerprint: r.clustered_fingerprint,
    sameTextCompanies: r.same_text_companies,
    expired: r.discovery_status === 'expired',
  };
}

export async function findDedupRows(trx: Transaction<Database>, jobIds: readonly string[]): Promise<DedupRow[]> {
  if (jobIds.length === 0) return [];
  const rows = await trx
    .selectFrom('jobs')
    .select([...DEDUP_COLUMNS])
    .where('id', 'in', [...jobIds])
    .execute();
  return rows.map(toDedupRow);
}

/**
 * Stored postings outside the batch that may duplicate one of its postings: the same content hash,
 * the same employer + title + place, or a shared LSH band, in one statement. Only postings already
 * clustered (or stored before ingestion existed) are candidates; which batch posting each may
 * duplicate, and the limit per posting, are applied in memory (ingestion/cluster-plan.ts), where
 * the batch's own postings meet each other too. `limit` bounds the whole answer.
 *
 * The bands go through the GIN index on lsh_keys (no pending list: its migration turned
 * `fastupdate` off). The batch's keys are passed as a scalar subquery on purpose: given the literal
 * array of about 2,000 keys, the planner estimates that nearly every row overlaps it and scans the
 * table, comparing every pair of keys on every row (18 s at 100,000 postings); hidden behind the
 * subquery it takes its default estimate and the index (15–25 ms). The earlier unnest of every
 * row's keys grew with the table: 0.6–0.8 s a page at 100,000 (docs/ingestion.md#the-database-steps).
 */
export async function findDuplicateCandidates(
  trx: Transaction<Database>,
  rows: readonly DedupRow[],
  limit: number,
): Promise<DedupRow[]> {
  if (rows.length === 0) return [];
  const hashes = [...new Set(rows.flatMap((r) => (r.contentHash ? [r.contentHash] : [])))];
  const named = rows.filter((r) => r.companyKey !== null);
  const bands = [...new Set(rows.flatMap((r) => r.lshKeys ?? []))];
  const batch = new Set(rows.map((r) => r.id));
  const found = await trx
    .selectFrom('jobs')
    .select([...DEDUP_COLUMNS])
    .where('discovery_status', '!=', 'expired')
    .where((eb) => eb.or([eb('cluster_id', 'is not', null), eb('ingest_fingerprint', 'is', null)]))
    // Raw SQL: Kysely cannot type a join on unnest(…) with its column list.
    .where(
      sql<boolean>`id IN (
        SELECT id FROM jobs WHERE content_hash = ANY(${sql.val(hashes)}::text[])
        UNION
        SELECT j.id FROM jobs j
          JOIN unnest(${sql.val(named.map((r) => r.companyKey))}::text[], ${sql.val(named.map((r) => r.titleKey))}::text[],
            ${sql.val(named.map((r) => r.locationKey))}::text[]) AS q(c, t, l)
          ON j.company_key IS NOT NULL AND j.company_key = q.c AND j.title_key = q.t AND j.location_key = q.l
        UNION
        SELECT id FROM jobs WHERE lsh_keys && (SELECT ${sql.val(bands)}::integer[]))`,
    )
    .limit(limit + rows.length)
    .execute();
  return found.map(toDedupRow).filter((r) => !batch.has(r.id));
}

/** A cluster's member, known by the keys the check that a posting fits all of them reads. */
export interface ClusterMemberKeyRow {
  readonly id: string;
  readonly clusterId: string;
  readonly keys: ClusterMemberKeys;
}

/** Every member of these clusters, for the check that a posting fits all of them. */
export async function findClusterMemberKeys(
  trx: Transaction<Database>,
  clusterIds: readonly string[],
): Promise<ClusterMemberKeyRow[]> {
  if (clusterIds.length === 0) return [];
  const rows = await trx
    .selectFrom('jobs')
    .select([
      'id',
      'cluster_id',
      'source',
      'company_key',
      'title_key',
      'location_key',
      sql<boolean>`description_text IS NOT NULL`.as('has_description'),
    ])
    .where('cluster_id', 'in', [...clusterIds])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    clusterId: r.cluster_id as string,
    keys: {
      source: r.source,
      companyKey: r.company_key,
      titleKey: r.title_key ?? '',
      locationKey: r.location_key ?? '',
      hasDescription: r.has_description,
    },
  }));
}

/** Clusters with ids chosen by the caller (the batch's plan refers to them before they exist). */
export async function createClusters(trx: Transaction<Database>, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await trx
    .insertInto('job_clusters')
    .values(ids.map((id) => ({ id })))
    .execute();
}

export interface ClusterAssignment {
  readonly jobId: string;
  readonly clusterId: string;
  readonly stage: DedupStage | null;
  readonly similarity: number | null;
  readonly fingerprint: string | null;
  readonly sameTextCompanies: number;
}

/** A batch's clustering decisions, in one statement. */
export async function assignClusters(
  trx: Transaction<Database>,
  assignments: readonly ClusterAssignment[],
): Promise<void> {
  if (assignments.length === 0) return;
  const values = sql.join(
    assignments.map(
      (a) => sql`(${a.jobId}::uuid, ${a.clusterId}::uuid, ${a.stage}::text, ${a.similarity}::real,
        ${a.fingerprint}::text, ${a.sameTextCompanies}::smallint)`,
    ),
  );
  // Raw SQL: Kysely has no UPDATE … FROM (VALUES …).
  await sql`UPDATE jobs AS j SET cluster_id = v.cluster_id, dedup_stage = v.stage, dedup_similarity = v.similarity,
      clustered_fingerprint = v.fingerprint, same_text_companies = v.same_text_companies
    FROM (VALUES ${values}) AS v(id, cluster_id, stage, similarity, fingerprint, same_text_companies)
    WHERE j.id = v.id`.execute(trx);
}

/** Postings stored before ingestion existed that a new posting joined: each gets its cluster. */
export async function adoptIntoClusters(
  trx: Transaction<Database>,
  adopted: readonly { readonly jobId: string; readonly clusterId: string }[],
): Promise<void> {
  if (adopted.length === 0) return;
  const values = sql.join(adopted.map((a) => sql`(${a.jobId}::uuid, ${a.clusterId}::uuid)`));
  await sql`UPDATE jobs AS j SET cluster_id = v.cluster_id
    FROM (VALUES ${values}) AS v(id, cluster_id) WHERE j.id = v.id`.execute(trx);
}

/** Other postings of a text now seen under more employers: their spam context grows (never shrinks here). */
export async function raiseSameTextCompanies(
  trx: Transaction<Database>,
  raised: readonly { readonly jobId: string; readonly sameTextCompanies: number }[],
): Promise<void> {
  if (raised.length === 0) return;
  const values = sql.join(raised.map((r) => sql`(${r.jobId}::uuid, ${r.sameTextCompanies}::smallint)`));
  await sql`UPDATE jobs AS j SET same_text_companies = v.companies
    FROM (VALUES ${values}) AS v(id, companies)
    WHERE j.id = v.id AND j.same_text_companies < v.companies`.execute(trx);
}

export interface ClusterMemberRow {
  readonly id: string;
  readonly clusterId: string;
  readonly source: string;
  readonly status: PublicationStatus;
  readonly qualityScore: number;
  readonly datedAt: Date;
  readonly enriched: boolean;
  readonly isRepresentative: boolean;
  readonly expired: boolean;
}

export async function findClusterMembers(db: DB, clusterIds: readonly string[]): Promise<ClusterMemberRow[]> {
  if (clusterIds.length === 0) return [];
  const rows = await db
    .selectFrom('jobs')
    .select([
      'id',
      'cluster_id',
      'source',
      'publication_status',
      'quality_score',
      'posted_at',
      'first_discovered_at',
      'enriched_at',
      'is_representative',
      'discovery_status',
    ])
    .where('cluster_id', 'in', [...clusterIds])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    clusterId: r.cluster_id as string,
    source: r.source,
    status: r.publication_status,
    qualityScore: r.quality_score ?? 0,
    datedAt: r.posted_at ?? r.first_discovered_at,
    enriched: r.enriched_at !== null,
    isRepresentative: r.is_representative,
    expired: r.discovery_status === 'expired',
  }));
}

export interface ClusterRepresentation {
  readonly clusterId: string;
  readonly members: readonly ClusterMemberRow[];
  readonly representativeId: string | null;
}

/**
 * Sets who represents each cluster and its counts, in three statements whatever the number of
 * clusters; writes only what differs. Returns rows changed.
 */
export async function recordClusterRepresentatives(
  db: DB,
  clusters: readonly ClusterRepresentation[],
): Promise<number> {
  if (clusters.length === 0) return 0;
  let changed = 0;
  const promote = clusters.flatMap((c) =>
    c.members.filter((m) => m.id === c.representativeId && !m.isRepresentative).map((m) => m.id),
  );
  const demote = clusters.flatMap((c) =>
    c.members.filter((m) => m.id !== c.representativeId && m.isRepresentative).map((m) => m.id),
  );
  // Rows locked in id order, as publication locks them: batches sharing postings cannot deadlock.
  if (promote.length > 0) {
    await sql`UPDATE jobs SET is_representative = true FROM ${jobsLockedInIdOrder(promote)}
      WHERE jobs.id = locked.id`.execute(db);
    changed += promote.length;
  }
  if (demote.length > 0) {
    await sql`UPDATE jobs SET is_representative = false FROM ${jobsLockedInIdOrder(demote)}
      WHERE jobs.id = locked.id`.execute(db);
    changed += demote.length;
  }
  const values = sql.join(
    clusters.map((c) => {
      const published = c.members.filter((m) => m.status === 'published' && !m.expired);
      return sql`(${c.clusterId}::uuid, ${c.representativeId}::uuid, ${c.members.length}::int,
        ${published.length}::int, ${new Set(published.map((m) => m.source)).size}::int)`;
    }),
  );
  // Raw SQL: Kysely has no UPDATE … FROM (VALUES …).
  const result = await sql`UPDATE job_clusters AS c SET
      representative_job_id = v.representative, member_count = v.members, published_count = v.published,
      source_count = v.sources, updated_at = now()
    FROM (VALUES ${values}) AS v(id, representative, members, published, sources)
    WHERE c.id = v.id AND (c.representative_job_id IS DISTINCT FROM v.representative
      OR c.member_count != v.members OR c.published_count != v.published OR c.source_count != v.sources)`.execute(db);
  return changed + Number(result.numAffectedRows ?? 0);
}

/** Clusters every member left (they moved to another cluster). */
export async function deleteEmptyClusters(db: DB, clusterIds: readonly string[]): Promise<number> {
  if (clusterIds.length === 0) return 0;
  const result = await db
    .deleteFrom('job_clusters')
    .where('id', 'in', [...clusterIds])
    .where((eb) =>
      eb.not(eb.exists(eb.selectFrom('jobs').select('id').whereRef('jobs.cluster_id', '=', 'job_clusters.id'))),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** How many published postings, and from how many boards, carry each of these jobs' clusters. */
export async function findClusterSpread(
  db: DB,
  jobIds: readonly string[],
): Promise<Map<string, { readonly postings: number; readonly sources: number }>> {
  const spread = new Map<string, { postings: number; sources: number }>();
  if (jobIds.length === 0) return spread;
  const rows = await db
    .selectFrom('jobs as j')
    .leftJoin('job_clusters as c', 'c.id', 'j.cluster_id')
    .select(['j.id', 'c.published_count', 'c.source_count'])
    .where('j.id', 'in', [...jobIds])
    .execute();
  for (const r of rows) {
    spread.set(r.id, { postings: Math.max(1, r.published_count ?? 1), sources: Math.max(1, r.source_count ?? 1) });
  }
  return spread;
}
