import { sql } from 'kysely';
import type { PublicationStatus, ScoreReason } from '../common/vocabulary/ingestion';
import type { RemoteType } from '../common/vocabulary/jobs';
import type { PreparedPosting } from '../ingestion/prepare';
import type { PostingForScoring } from '../ingestion/scores';
import type { SalaryRange } from '../understanding/features';
import type { DB } from './database';
import { analysisColumns, jobsLockedInIdOrder, salaryColumns, salaryFromColumns } from './jobs';
import { asEducationLevel } from './vocabulary';

/**
 * The ingestion side of the jobs aggregate: storing prepared postings, and reading and writing
 * what the scoring and publication steps decide. Every write compares with what is stored first,
 * so a step run twice on the same input writes nothing the second time.
 */

/** What staging needs to know about a posting already stored. */
export interface StoredPosting {
  readonly id: string;
  readonly source: string;
  readonly externalId: string;
  readonly url: string;
  readonly canonicalUrl: string | null;
  readonly ingestFingerprint: string | null;
  readonly title: string;
  readonly companyName: string | null;
  readonly location: string | null;
  readonly snippet: string | null;
  readonly descriptionText: string | null;
  readonly salary: {
    readonly min: number | null;
    readonly max: number | null;
    readonly currency: string | null;
    readonly period: SalaryRange['period'] | null;
  };
  readonly remoteType: RemoteType;
  readonly postedAt: Date | null;
  readonly listingEmbeddingModel: string | null;
}

export interface PostingIdentity {
  readonly source: string;
  readonly externalId: string;
  readonly url: string;
  readonly canonicalUrl: string | null;
}

const STORED_COLUMNS = [
  'id',
  'source',
  'external_id',
  'url',
  'canonical_url',
  'ingest_fingerprint',
  'title',
  'company_name',
  'location',
  'snippet',
  'description_text',
  'salary_min',
  'salary_max',
  'salary_currency',
  'salary_period',
  'remote_type',
  'posted_at',
  'listing_embedding_model',
] as const;

type StoredRow = {
  id: string;
  source: string;
  external_id: string;
  url: string;
  canonical_url: string | null;
  ingest_fingerprint: string | null;
  title: string;
  company_name: string | null;
  location: string | null;
  snippet: string | null;
  description_text: string | null;
  salary_min: number | null;
  salary_max: number | null;
  salary_currency: string | null;
  salary_period: SalaryRange['period'] | null;
  remote_type: RemoteType;
  posted_at: Date | null;
  listing_embedding_model: string | null;
};

function toStored(r: StoredRow): StoredPosting {
  return {
    id: r.id,
    source: r.source,
    externalId: r.external_id,
    url: r.url,
    canonicalUrl: r.canonical_url,
    ingestFingerprint: r.ingest_fingerprint,
    title: r.title,
    companyName: r.company_name,
    location: r.location,
    snippet: r.snippet,
    descriptionText: r.description_text,
    salary: { min: r.salary_min, max: r.salary_max, currency: r.salary_currency, period: r.salary_period },
    remoteType: r.remote_type,
    postedAt: r.posted_at,
    listingEmbeddingModel: r.listing_embedding_model,
  };
}

/**
 * The stored postings that are one of these (exact identity): the same source and external id,
 * or the same page by canonical URL (rows stored before canonical URLs by their URL as written).
 */
export async function findStoredPostings(db: DB, keys: readonly PostingIdentity[]): Promise<StoredPosting[]> {
  if (keys.length === 0) return [];
  const canonical = [...new Set(keys.map((k) => k.canonicalUrl).filter((u): u is string => u !== null))];
  const rows = await db
    .selectFrom('jobs')
    .select([...STORED_COLUMNS])
    .where((eb) =>
      eb.or([
        eb(sql`(source, external_id)`, 'in', sql`(${sql.join(keys.map((k) => sql`(${k.source}, ${k.externalId})`))})`),
        eb('url', 'in', [...new Set(keys.map((k) => k.url))]),
        ...(canonical.length > 0 ? [eb('canonical_url', 'in', canonical)] : []),
      ]),
    )
    .execute();
  return rows.map(toStored);
}

export async function findStoredPosting(db: DB, jobId: string): Promise<StoredPosting | undefined> {
  const row = await db
    .selectFrom('jobs')
    .select([...STORED_COLUMNS])
    .where('id', '=', jobId)
    .executeTakeFirst();
  return row ? toStored(row) : undefined;
}

/** Where a prepared posting came from, and when it was fetched. */
export interface PreparedWrite {
  readonly prepared: PreparedPosting;
  readonly rawKey: string;
  readonly rawItem: number | null;
  readonly fetchedAt: Date;
  /** A fetched full posting: the job is enriched from now on. */
  readonly enriched: boolean;
}

function preparedColumns(w: PreparedWrite) {
  const p = w.prepared;
  const a = p.analysis;
  return {
    url: p.url,
    canonical_url: p.canonicalUrl,
    title: p.title,
    company_name: p.companyName,
    location: p.location,
    remote_type: p.remoteType,
    snippet: p.snippet,
    ...salaryColumns(p.salary),
    employment_type: p.employmentType,
    visa_sponsorship: a.visaSponsorship,
    ...analysisColumns(a),
    posted_at: p.postedAt,
    raw_key: w.rawKey,
    raw_item: w.rawItem,
    ingest_fingerprint: p.fingerprint,
    company_key: p.dedup.companyKey,
    title_key: p.dedup.titleKey,
    location_key: p.dedup.locationKey,
    minhash: p.dedup.signature ? Array.from(p.dedup.signature, (v) => v | 0) : null,
    lsh_keys: p.lshKeys.length > 0 ? [...p.lshKeys] : null,
    ...(p.description !== null ? { description_text: p.description, content_hash: p.dedup.contentHash } : {}),
    ...(w.enriched
      ? {
          description_blob_key: w.rawKey,
          enrichment_status: 'enriched' as const,
          enriched_at: w.fetchedAt,
        }
      : {}),
  };
}

/**
 * Inserts new postings as `pending` (not searchable until published). A posting another batch
 * inserted meanwhile (same source and external id) is skipped; its index comes back in `taken`.
 */
export async function insertPreparedPostings(
  db: DB,
  writes: readonly PreparedWrite[],
): Promise<{ ids: (string | null)[] }> {
  if (writes.length === 0) return { ids: [] };
  const rows = await db
    .insertInto('jobs')
    .values(
      writes.map((w) => ({
        source: w.prepared.source,
        external_id: w.prepared.externalId,
        ...preparedColumns(w),
        publication_status: 'pending' as const,
        first_discovered_at: w.fetchedAt,
        last_discovered_at: w.fetchedAt,
      })),
    )
    .onConflict((oc) => oc.columns(['source', 'external_id']).doNothing())
    .returning(['id', 'source', 'external_id'])
    .execute();
  const byKey = new Map(rows.map((r) => [`${r.source}\u0000${r.external_id}`, r.id]));
  return { ids: writes.map((w) => byKey.get(`${w.prepared.source}\u0000${w.prepared.externalId}`) ?? null) };
}

/** Replaces a stored posting's prepared fields (its identity, cluster and publication stay). */
export async function updatePreparedPosting(db: DB, jobId: string, write: PreparedWrite): Promise<void> {
  await db
    .updateTable('jobs')
    .set({
      ...preparedColumns(write),
      last_discovered_at: sql<Date>`greatest(last_discovered_at, ${write.fetchedAt})`,
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', jobId)
    .execute();
}

/**
 * Seen again with nothing new: fresh for another freshness window. Only a later sighting moves the
 * date, so replaying the same batch changes nothing. Returns how many rows moved.
 */
export async function markPostingsSeen(db: DB, jobIds: readonly string[], at: Date): Promise<number> {
  if (jobIds.length === 0) return 0;
  const result = await db
    .updateTable('jobs')
    .set({ last_discovered_at: at })
    .where('id', 'in', [...jobIds])
    .where('discovery_status', '=', 'discovered')
    .where('last_discovered_at', '<', at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** What the scoring step reads about a posting. */
export interface PostingToScore extends PostingForScoring {
  readonly id: string;
  readonly clusterId: string | null;
  readonly ingestFingerprint: string | null;
  readonly publishedFingerprint: string | null;
  readonly sameTextCompanies: number;
  readonly stored: {
    readonly qualityScore: number | null;
    readonly spamScore: number | null;
    readonly status: PublicationStatus;
    readonly qualityReasons: readonly ScoreReason[] | null;
    readonly spamReasons: readonly ScoreReason[] | null;
    readonly publicationReasons: readonly ScoreReason[] | null;
  };
}

export async function findPostingsToScore(db: DB, jobIds: readonly string[]): Promise<PostingToScore[]> {
  if (jobIds.length === 0) return [];
  const rows = await db
    .selectFrom('jobs')
    .select([
      'id',
      'cluster_id',
      'ingest_fingerprint',
      'published_fingerprint',
      'title',
      'company_name',
      'location',
      'remote_type',
      'description_text',
      'snippet',
      'salary_min',
      'salary_max',
      'salary_currency',
      'salary_period',
      'salary_annual_min',
      'salary_annual_max',
      'employment_type',
      'posted_at',
      'skills',
      'years_required',
      'education_required',
      'onet_code',
      'same_text_companies',
      'quality_score',
      'spam_score',
      'publication_status',
      'quality_reasons',
      'spam_reasons',
      'publication_reasons',
    ])
    .where('id', 'in', [...jobIds])
    .execute();
  return rows.map((r) => ({
    id: r.id,
    clusterId: r.cluster_id,
    ingestFingerprint: r.ingest_fingerprint,
    publishedFingerprint: r.published_fingerprint,
    title: r.title,
    companyName: r.company_name,
    location: r.location,
    remoteType: r.remote_type,
    description: r.description_text,
    snippet: r.snippet,
    salary: salaryFromColumns(r),
    employmentType: r.employment_type,
    postedAt: r.posted_at,
    skillCount: r.skills.length,
    yearsRequired: r.years_required,
    educationRequired: asEducationLevel(r.education_required),
    onetCode: r.onet_code,
    sameTextCompanies: r.same_text_companies,
    stored: {
      qualityScore: r.quality_score,
      spamScore: r.spam_score,
      status: r.publication_status,
      qualityReasons: r.quality_reasons,
      spamReasons: r.spam_reasons,
      publicationReasons: r.publication_reasons,
    },
  }));
}

export interface PublicationRecord {
  readonly qualityScore: number;
  readonly qualityReasons: readonly ScoreReason[];
  readonly spamScore: number;
  readonly spamReasons: readonly ScoreReason[];
  readonly status: Exclude<PublicationStatus, 'pending'>;
  readonly publicationReasons: readonly ScoreReason[];
  readonly fingerprint: string | null;
}

export type PublicationWrite = PublicationRecord & { readonly jobId: string };

/**
 * Writes the scores and publication of a batch's postings in one statement; a held posting is
 * never its cluster's representative.
 */
export async function recordPublications(db: DB, records: readonly PublicationWrite[], at: Date): Promise<void> {
  if (records.length === 0) return;
  const values = sql.join(
    records.map(
      (r) => sql`(${r.jobId}::uuid, ${r.qualityScore}::int, ${JSON.stringify(r.qualityReasons)}::jsonb,
        ${r.spamScore}::int, ${JSON.stringify(r.spamReasons)}::jsonb, ${r.status}::text,
        ${r.publicationReasons.length > 0 ? JSON.stringify(r.publicationReasons) : null}::jsonb, ${r.fingerprint}::text)`,
    ),
  );
  // Raw SQL: Kysely has no UPDATE … FROM (VALUES …). The rows are locked in id order first:
  // batches that share postings would otherwise each lock in their own order and deadlock.
  await sql`UPDATE jobs SET
      quality_score = v.quality_score, quality_reasons = v.quality_reasons,
      spam_score = v.spam_score, spam_reasons = v.spam_reasons,
      publication_status = v.status, publication_reasons = v.publication_reasons,
      published_fingerprint = v.fingerprint,
      ingested_at = coalesce(jobs.ingested_at, ${at}::timestamptz),
      is_representative = CASE WHEN v.status = 'held' THEN false ELSE jobs.is_representative END
    FROM (VALUES ${values}) AS v(id, quality_score, quality_reasons, spam_score, spam_reasons, status,
      publication_reasons, fingerprint),
      ${jobsLockedInIdOrder(records.map((r) => r.jobId))}
    WHERE jobs.id = v.id AND locked.id = v.id`.execute(db);
}

/** The reason a released posting carries; ingestion keeps a release while the posting is unchanged. */
export const RELEASED_BY_ADMIN = 'released_by_admin';

export type ReleaseOutcome =
  | { readonly kind: 'released'; readonly clusterId: string | null }
  | { readonly kind: 'not_found' }
  | { readonly kind: 'not_held' };

/** Publishes a held posting by an admin's decision; refuses a posting that is not held. */
export async function releaseHeldPosting(db: DB, jobId: string, at: Date): Promise<ReleaseOutcome> {
  const reasons: ScoreReason[] = [
    { code: RELEASED_BY_ADMIN, points: 0, detail: `released by an admin on ${at.toISOString()}` },
  ];
  const released = await db
    .updateTable('jobs')
    .set({ publication_status: 'published', publication_reasons: JSON.stringify(reasons) })
    .where('id', '=', jobId)
    .where('publication_status', '=', 'held')
    .returning('cluster_id')
    .executeTakeFirst();
  if (released) return { kind: 'released', clusterId: released.cluster_id };
  const exists = await db.selectFrom('jobs').select('id').where('id', '=', jobId).executeTakeFirst();
  return exists ? { kind: 'not_held' } : { kind: 'not_found' };
}

/** A held posting as admins see it. */
export interface HeldPosting {
  readonly id: string;
  readonly source: string;
  readonly url: string;
  readonly title: string;
  readonly company: string | null;
  readonly qualityScore: number | null;
  readonly spamScore: number | null;
  readonly reasons: readonly ScoreReason[];
  readonly heldAt: string | null;
}

export async function listHeldPostings(
  db: DB,
  page: { readonly limit: number; readonly offset: number },
): Promise<{ total: number; items: HeldPosting[] }> {
  const held = db.selectFrom('jobs').where('publication_status', '=', 'held');
  const [count, rows] = await Promise.all([
    held.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst(),
    held
      .select([
        'id',
        'source',
        'url',
        'title',
        'company_name',
        'quality_score',
        'spam_score',
        'publication_reasons',
        'ingested_at',
      ])
      .orderBy('ingested_at', 'desc')
      .orderBy('id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
  ]);
  return {
    total: Number(count?.n ?? 0),
    items: rows.map((r) => ({
      id: r.id,
      source: r.source,
      url: r.url,
      title: r.title,
      company: r.company_name,
      qualityScore: r.quality_score,
      spamScore: r.spam_score,
      reasons: r.publication_reasons ?? [],
      heldAt: r.ingested_at?.toISOString() ?? null,
    })),
  };
}
