import { sql, type Transaction } from 'kysely';
import type { DedupStage, PublicationStatus } from '../common/vocabulary/ingestion';
import type { ClusterMemberKeys } from '../ingestion/duplicates';
import type { Database } from '../schema/database';
import type { DB } from './database';

/**
 * Clusters of postings that are one job. Clustering decisions are taken one posting at a time under
 * one transaction-scoped advisory lock, so two batches ingesting copies of the same job at the same
 * moment cannot both start a cluster for it.
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
 * Postings that may duplicate `row`: the same content hash, the same employer + title + place, or
 * a shared LSH band (the GIN index answers `&&`). Only postings already clustered (or stored before
 * ingestion existed) are candidates, so a batch's own postings meet each other in order.
 */
export async function findDuplicateCandidates(
  trx: Transaction<Database>,
  row: DedupRow,
  limit: number,
): Promise<DedupRow[]> {
  const rows = await trx
    .selectFrom('jobs')
    .select([...DEDUP_COLUMNS])
    .where('id', '!=', row.id)
    .where('discovery_status', '!=', 'expired')
    .where((eb) => eb.or([eb('cluster_id', 'is not', null), eb('ingest_fingerprint', 'is', null)]))
    .where((eb) =>
      eb.or([
        ...(row.contentHash ? [eb('content_hash', '=', row.contentHash)] : []),
        ...(row.companyKey
          ? [
              eb.and([
                eb('company_key', '=', row.companyKey),
                eb('title_key', '=', row.titleKey),
                eb('location_key', '=', row.locationKey),
              ]),
            ]
          : []),
        ...(row.lshKeys && row.lshKeys.length > 0
          ? [eb(sql`lsh_keys`, '&&', sql`${sql.val([...row.lshKeys])}::integer[]`)]
          : []),
        eb.val(false),
      ]),
    )
    .limit(limit)
    .execute();
  return rows.map(toDedupRow);
}

/** The keys every member of these clusters has, for the check that a posting fits all of them. */
export async function findClusterMemberKeys(
  trx: Transaction<Database>,
  clusterIds: readonly string[],
): Promise<Map<string, ClusterMemberKeys[]>> {
  const byCluster = new Map<string, ClusterMemberKeys[]>();
  if (clusterIds.length === 0) return byCluster;
  const rows = await trx
    .selectFrom('jobs')
    .select([
      'cluster_id',
      'source',
      'company_key',
      'title_key',
      'location_key',
      sql<boolean>`description_text IS NOT NULL`.as('has_description'),
    ])
    .where('cluster_id', 'in', [...clusterIds])
    .execute();
  for (const r of rows) {
    const keys: ClusterMemberKeys = {
      source: r.source,
      companyKey: r.company_key,
      titleKey: r.title_key ?? '',
      locationKey: r.location_key ?? '',
      hasDescription: r.has_description,
    };
    const list = byCluster.get(r.cluster_id as string);
    if (list) list.push(keys);
    else byCluster.set(r.cluster_id as string, [keys]);
  }
  return byCluster;
}

export async function createCluster(trx: Transaction<Database>): Promise<string> {
  const row = await trx.insertInto('job_clusters').defaultValues().returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export interface ClusterAssignment {
  readonly clusterId: string;
  readonly stage: DedupStage | null;
  readonly similarity: number | null;
  readonly fingerprint: string | null;
  readonly sameTextCompanies: number;
}

export async function assignCluster(
  trx: Transaction<Database>,
  jobId: string,
  assignment: ClusterAssignment,
): Promise<void> {
  await trx
    .updateTable('jobs')
    .set({
      cluster_id: assignment.clusterId,
      dedup_stage: assignment.stage,
      dedup_similarity: assignment.similarity,
      clustered_fingerprint: assignment.fingerprint,
      same_text_companies: assignment.sameTextCompanies,
    })
    .where('id', '=', jobId)
    .execute();
}

/** A posting stored before ingestion existed joins a cluster: it gets one of its own first. */
export async function setCluster(trx: Transaction<Database>, jobId: string, clusterId: string): Promise<void> {
  await trx.updateTable('jobs').set({ cluster_id: clusterId }).where('id', '=', jobId).execute();
}

/** Other postings of a text now seen under more employers: their spam context grows (never shrinks here). */
export async function raiseSameTextCompanies(
  trx: Transaction<Database>,
  jobIds: readonly string[],
  companies: number,
): Promise<string[]> {
  if (jobIds.length === 0) return [];
  const rows = await trx
    .updateTable('jobs')
    .set({ same_text_companies: companies })
    .where('id', 'in', [...jobIds])
    .where('same_text_companies', '<', companies)
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
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
  if (promote.length > 0) {
    await db.updateTable('jobs').set({ is_representative: true }).where('id', 'in', promote).execute();
    changed += promote.length;
  }
  if (demote.length > 0) {
    await db.updateTable('jobs').set({ is_representative: false }).where('id', 'in', demote).execute();
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
