import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database } from '../schema/database';
import type { RemoteType } from '../common/vocabulary/jobs';
import type { SearchFilters } from '../common/vocabulary/search';
import type { JobRow } from '../schema/jobs.table';
import type { EducationLevel, JobFeatures, SalaryRange, Seniority } from '../understanding/features';
import type { DB } from './database';
import { asEducationLevel, asSeniority } from './vocabulary';
import { toVectorBinary, toVectorLiteral } from './vector';

export interface CandidateQuery {
  /** The profile's embedding (unit length, 384-d). */
  readonly embedding: ArrayLike<number>;
  /** Stored vectors are comparable only when made by the same model (embeddings/embedder.ts). */
  readonly modelTags: readonly string[];
  /** The user's hard filters: a job that fails one is never a candidate. */
  readonly filters: SearchFilters;
  /** Jobs seen by discovery within this many days of `now`. */
  readonly freshnessDays: number;
  readonly now: Date;
  readonly limit: number;
  /** hnsw.ef_search; raised to `limit` if lower, since one HNSW scan yields at most ef_search rows. */
  readonly efSearch: number;
  /** hnsw.max_scan_tuples: how far an iterative scan may go before it gives up. */
  readonly maxScanTuples: number;
  /** Skip the index and search exhaustively (the reference that benchmarks measure recall against). */
  readonly exact?: boolean;
  /**
   * A second source of candidates: of the jobs of these occupations (O*NET codes) the `scan` seen
   * most recently, the `limit` nearest to the profile that the vector search did not find. The
   * composite score is mostly ATS, and the jobs it ranks first for a profile often lie thousands
   * of places down the vector order (docs/performance.md#a-second-source-of-candidates).
   */
  readonly occupation?: { readonly codes: readonly string[]; readonly limit: number; readonly scan: number };
}

/** A fresh job that passed every hard filter, with what scoring and a result card need. */
export interface CacheCandidate {
  readonly id: string;
  readonly title: string;
  readonly companyName: string | null;
  readonly location: string | null;
  readonly url: string;
  readonly features: JobFeatures;
  /** Cosine distance (1 − cosine) between the profile and the listing embedding. */
  readonly listingDistance: number;
  /** Same for the full-description embedding, when the job is enriched with a comparable vector. */
  readonly fulltextDistance: number | null;
  readonly postedAt: Date | null;
  readonly firstDiscoveredAt: Date;
  /** When the full posting was fetched (null: listing only). */
  readonly enrichedAt: Date | null;
  /** The employer as matched by ingestion (its company key when unmatched); null when unnamed. */
  readonly company: string | null;
  /** Completeness 0–100 (ingestion/quality.ts); null for postings stored before ingestion scored them. */
  readonly qualityScore: number | null;
}

export interface CandidateResult {
  readonly candidates: readonly CacheCandidate[];
  /**
   * `hnsw`: the index-eligible query answered in full (on a small table the planner may still
   * prefer an exact scan, which is then cheap). `exact`: the hard filters are so selective (by the
   * planner's estimate, or because the HNSW scan came back short) that the iterative scan would
   * give up, so the filtered set was searched exhaustively.
   */
  readonly strategy: 'hnsw' | 'exact';
}

/** Columns a candidate carries as they are stored. */
const CANDIDATE_COLUMNS = [
  'id',
  'title',
  'company_name',
  'location',
  'url',
  'remote_type',
  'salary_min',
  'salary_max',
  'salary_currency',
  'salary_period',
  'salary_annual_min',
  'salary_annual_max',
  'visa_sponsorship',
  'skills_preferred',
  'years_required',
  'education_required',
  'seniority',
  'onet_code',
  'company_id',
  'company_key',
  'quality_score',
] as const;

/**
 * A candidate as the database sends it: one JSON array per lookup (`json_agg`), which the driver
 * parses in one native `JSON.parse` instead of converting 500 rows field by field (timestamps,
 * text arrays and floats were a sixth of the worker's time, docs/performance.md). Each candidate is
 * itself an array of its fields in `CANDIDATE_FIELDS` order: as objects, the field names were half
 * of the 420 kB a lookup sent, to be written by PostgreSQL and parsed again by the worker.
 * Timestamps travel as epoch milliseconds; the required/preferred split is resolved in SQL.
 */
interface CandidateRow extends Pick<JobRow, (typeof CANDIDATE_COLUMNS)[number] | 'skills_required'> {
  readonly posted_at_ms: number | null;
  readonly first_discovered_at_ms: number;
  readonly enriched_at_ms: number | null;
  readonly distance: number;
  readonly fulltext_distance: number | null;
}

/** The order of a candidate's fields in its JSON array: every column `candidateSelection` names. */
const CANDIDATE_FIELDS = [
  ...CANDIDATE_COLUMNS,
  'skills_required',
  'posted_at_ms',
  'first_discovered_at_ms',
  'enriched_at_ms',
  'distance',
  'fulltext_distance',
] as const satisfies readonly (keyof CandidateRow)[];

type CandidateField = (typeof CANDIDATE_FIELDS)[number];

/** Where each field sits in a candidate's array. */
const FIELD_AT = Object.fromEntries(CANDIDATE_FIELDS.map((f, i) => [f, i])) as Record<CandidateField, number>;

/** One field of a candidate's array, read in place: no object per row is built just to be copied. */
const field = <K extends CandidateField>(values: readonly unknown[], name: K): CandidateRow[K] =>
  values[FIELD_AT[name]] as CandidateRow[K];

/** LIKE treats % and _ as wildcards and \ as the escape character; a location is literal text. */
function likeContaining(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function hardFilterConditions(eb: ExpressionBuilder<Database, 'jobs'>, f: SearchFilters): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  if (f.remoteTypes && f.remoteTypes.length > 0) conditions.push(eb('remote_type', 'in', [...f.remoteTypes]));
  if (f.minAnnualSalary) {
    const { amount, currency, includeUnknown } = f.minAnnualSalary;
    const top = eb.fn.coalesce('salary_annual_max', 'salary_annual_min');
    const known = eb.and([
      eb(top, 'is not', null),
      ...(currency ? [eb(eb.fn('upper', ['salary_currency']), '=', currency.toUpperCase())] : []),
    ]);
    conditions.push(
      includeUnknown ? eb.or([eb(top, '>=', amount), eb.not(known)]) : eb.and([known, eb(top, '>=', amount)]),
    );
  }
  if (f.visaSponsorship) {
    conditions.push(
      f.visaSponsorship.includeUnknown
        ? eb.or([eb('visa_sponsorship', '=', true), eb('visa_sponsorship', 'is', null)])
        : eb('visa_sponsorship', '=', true),
    );
  }
  if (f.location) {
    const here = eb('location', 'ilike', likeContaining(f.location.text));
    conditions.push(f.location.includeRemote ? eb.or([here, eb('remote_type', '=', 'remote')]) : here);
  }
  return conditions;
}

/**
 * Only published postings are searchable, and of a cluster of duplicates only its representative
 * (ingestion/publication.ts chooses it; docs/ingestion.md#publication).
 */
function isSearchable(eb: ExpressionBuilder<Database, 'jobs'>): Expression<SqlBool> {
  return eb.and([eb('publication_status', '=', 'published'), eb('is_representative', '=', true)]);
}

/**
 * These jobs, or whichever posting now represents their cluster: a search's pool keeps the ids it
 * ranked, and a later duplicate may have replaced one as its cluster's representative.
 */
function isOrRepresents(eb: ExpressionBuilder<Database, 'jobs'>, ids: readonly string[]): Expression<SqlBool> {
  return eb.or([
    eb('id', 'in', [...ids]),
    eb(
      'cluster_id',
      'in',
      eb
        .selectFrom('jobs as pooled')
        .select('pooled.cluster_id')
        .where('pooled.id', 'in', [...ids])
        .where('pooled.cluster_id', 'is not', null),
    ),
  ]);
}

/**
 * What makes a job a candidate for a profile, shared by the cache lookup and the pool re-read so
 * both judge a job the same way: discovered, seen within the freshness window, with a listing
 * vector of a model comparable to the profile's; and its cosine distances (`<=>`) to the profile.
 * The full-text distance is null where the full-text vector is of another model.
 */
function candidateExpressions(query: Pick<CandidateQuery, 'embedding' | 'modelTags' | 'freshnessDays' | 'now'>) {
  // A Buffer parameter travels in binary, which pgvector reads without parsing 384 decimals.
  const vector = toVectorBinary(query.embedding);
  const cutoff = new Date(query.now.getTime() - query.freshnessDays * 86_400_000);
  const modelTags = [...query.modelTags];
  return {
    isFreshAndComparable: (eb: ExpressionBuilder<Database, 'jobs'>): Expression<SqlBool> =>
      eb.and([
        eb('discovery_status', '=', 'discovered'),
        eb('last_discovered_at', '>=', cutoff),
        eb('listing_embedding_model', 'in', modelTags),
        isSearchable(eb),
      ]),
    listingDistance: sql<number>`listing_embedding <=> ${vector}::vector`,
    // The HNSW index serves exactly `ORDER BY listing_embedding <=> value`: `+ 0` is how an exact
    // scan keeps the planner off the index.
    listingDistanceUnindexed: sql<number>`(listing_embedding <=> ${vector}::vector) + 0`,
    fulltextDistance: sql<number | null>`CASE WHEN fulltext_embedding_model IN (${sql.join(
      modelTags,
    )}) THEN fulltext_embedding <=> ${vector}::vector END`,
  };
}

const epochMs = (column: 'posted_at' | 'first_discovered_at' | 'enriched_at') =>
  sql<number>`(extract(epoch from ${sql.ref(column)}) * 1000)::float8`;

/** What a candidate row selects: its columns, its distances, and timestamps as epoch milliseconds. */
function candidateSelection(distances: { listing: Expression<number>; fulltext: Expression<number | null> }) {
  return [
    ...CANDIDATE_COLUMNS,
    // Postings analysed without the required/preferred split keep every skill in `skills`; they
    // then all count as required.
    sql<
      string[]
    >`CASE WHEN cardinality(skills_required) > 0 OR cardinality(skills_preferred) > 0 THEN skills_required ELSE skills END`.as(
      'skills_required',
    ),
    epochMs('posted_at').as('posted_at_ms'),
    epochMs('first_discovered_at').as('first_discovered_at_ms'),
    epochMs('enriched_at').as('enriched_at_ms'),
    sql<number>`${distances.listing}`.as('distance'),
    sql<number | null>`${distances.fulltext}`.as('fulltext_distance'),
  ] as const;
}

/**
 * The rows of the CTE `nearest` as one JSON array of field arrays, nearest first. Raw SQL: Kysely's
 * jsonAgg does not take the `+ 0` that keeps PostgreSQL 16+ from trusting a presorted input (see
 * below).
 */
const nearestAsJson = sql<unknown[][] | null>`json_agg(json_build_array(${sql.join(
  CANDIDATE_FIELDS.map((f) => sql.ref(`nearest.${f}`)),
)}) ORDER BY nearest.distance + 0)`.as('candidates');

/** The aggregated candidates as rows (none when nothing matched: `json_agg` of no rows is null). */
const candidateRows = (found: { readonly candidates: unknown[][] | null } | undefined): (readonly unknown[])[] =>
  found?.candidates ?? [];

/**
 * The cache lookup's database half: the `limit` fresh jobs nearest to the profile by cosine over
 * listing embeddings, among those passing every hard filter, nearest first.
 *
 * pgvector's HNSW scan returns at most `hnsw.ef_search` rows, and filters are applied after the
 * scan, so a plain filtered HNSW query returns fewer rows than asked. We set ef_search ≥ limit and
 * enable iterative scans (`relaxed_order`: the scan continues until `limit` rows pass the filters
 * or `hnsw.max_scan_tuples` is reached), then re-sort, since relaxed order may be slightly out of
 * order. If the scan still comes back short, the filtered set is small or very sparse in the
 * graph, and an exact scan over it is both cheap and complete. Measured in bench/cache.ts.
 */
export async function findCacheCandidates(db: DB, query: CandidateQuery): Promise<CandidateResult> {
  if (query.modelTags.length === 0) return { candidates: [], strategy: 'hnsw' };
  const candidate = candidateExpressions(query);
  // pgvector accepts ef_search up to 1000; a larger limit relies on the iterative scan alone.
  const efSearch = Math.min(1000, Math.max(query.efSearch, query.limit));

  return db.transaction().execute(async (trx) => {
    // SET LOCAL (via set_config(…, true)) needs this transaction: settings end with it, so a
    // pooled connection never carries them into someone else's query.
    await sql`SELECT set_config('hnsw.ef_search', ${String(efSearch)}, true),
                     set_config('hnsw.iterative_scan', 'relaxed_order', true),
                     set_config('hnsw.max_scan_tuples', ${String(query.maxScanTuples)}, true)`.execute(trx);

    /** Fresh jobs with a comparable vector. */
    const fresh = () => trx.selectFrom('jobs').where(candidate.isFreshAndComparable);
    /** … that pass every hard filter. */
    const passing = () => fresh().where((eb) => eb.and(hardFilterConditions(eb, query.filters)));

    const selection = candidateSelection({ listing: candidate.listingDistance, fulltext: candidate.fulltextDistance });
    /** Jobs with what a candidate row selects. */
    const candidateRowsOf = () => trx.selectFrom('jobs').select(selection);
    /** The rows `nearest` selects, as the CTE `nearest` aggregated into one JSON array. */
    const aggregated = async (nearest: ReturnType<typeof candidateRowsOf>): Promise<(readonly unknown[])[]> =>
      candidateRows(
        await trx
          .with(
            (cte) => cte('nearest').materialized(),
            () => nearest,
          )
          .selectFrom('nearest')
          // Re-sorted in the aggregate: relaxed iterative scans may return rows slightly out of
          // order. `+ 0` keeps PostgreSQL 17+ from trusting the CTE's order and dropping the sort.
          .select(nearestAsJson)
          .executeTakeFirst(),
      );

    const run = (exact: boolean): Promise<(readonly unknown[])[]> =>
      aggregated(
        passing()
          .select(selection)
          .orderBy(exact ? candidate.listingDistanceUnindexed : candidate.listingDistance)
          .limit(query.limit),
      );

    /** The occupation's recent jobs nearest the profile, other than those already found. */
    const byOccupation = async (found: readonly (readonly unknown[])[]): Promise<(readonly unknown[])[]> => {
      const source = query.occupation;
      const codes = [...new Set(source?.codes ?? [])];
      if (!source || codes.length === 0 || source.limit <= 0) return [];
      const foundIds = found.map((row) => String(row[0]));
      // Each recent job's row is read once, its distance taken there; only the chosen few are read
      // again for their columns (joining all of them back cost as much again, 30 ms a lookup for
      // an occupation of 1,600 fresh jobs).
      const recent = passing()
        .where('onet_code', 'in', codes)
        .$if(foundIds.length > 0, (qb) => qb.where((eb) => eb.not(eb('id', '=', eb.fn.any(eb.val(foundIds))))))
        .select(['id', candidate.listingDistance.as('distance')])
        .orderBy('last_discovered_at', 'desc')
        .limit(source.scan);
      const chosen = trx
        .selectFrom(recent.as('recent'))
        .select('recent.id')
        .orderBy('recent.distance')
        .limit(source.limit);
      return aggregated(candidateRowsOf().where('id', 'in', chosen));
    };

    const finish = async (
      rows: (readonly unknown[])[],
      strategy: CandidateResult['strategy'],
    ): Promise<CandidateResult> => ({
      candidates: [...rows, ...(await byOccupation(rows))].map(toCandidate),
      strategy,
    });
    if (query.exact) return finish(await run(true), 'exact');
    // An iterative scan visits about limit / selectivity tuples; when that exceeds max_scan_tuples
    // it gives up and we would search exactly anyway, after paying for the scan (measured at 100k:
    // 0.13% passing cost 297 ms HNSW-first, 138 ms exact). The planner's row estimates (EXPLAIN:
    // planning only, nothing executed) give the selectivity of the hard filters.
    if (hasHardFilters(query.filters)) {
      const all = await estimateRows(fresh().select('id'));
      const kept = await estimateRows(passing().select('id'));
      if (all > 0 && (kept / all) * query.maxScanTuples < query.limit) return finish(await run(true), 'exact');
    }
    const rows = await run(false);
    if (rows.length < query.limit) return finish(await run(true), 'exact');
    return finish(rows, 'hnsw');
  });
}

export interface CandidatesByIdQuery {
  readonly ids: readonly string[];
  readonly embedding: ArrayLike<number>;
  readonly modelTags: readonly string[];
  readonly filters: SearchFilters;
  readonly freshnessDays: number;
  readonly now: Date;
}

/**
 * A search's own pool, re-read after discovery or enrichment: the same candidates as the cache
 * lookup would give (fresh, comparable vector, searchable, every hard filter), but for the given
 * jobs only (or the posting that now represents their cluster), so re-ranking needs no new
 * nearest-neighbour search. Expired and held jobs drop out here.
 */
export async function findCandidatesByIds(db: DB, query: CandidatesByIdQuery): Promise<CacheCandidate[]> {
  if (query.ids.length === 0 || query.modelTags.length === 0) return [];
  const candidate = candidateExpressions(query);
  const found = await db
    .with('nearest', (db) =>
      db
        .selectFrom('jobs')
        .select(candidateSelection({ listing: candidate.listingDistance, fulltext: candidate.fulltextDistance }))
        .where((eb) => isOrRepresents(eb, query.ids))
        .where(candidate.isFreshAndComparable)
        .where((eb) => eb.and(hardFilterConditions(eb, query.filters))),
    )
    .selectFrom('nearest')
    .select(nearestAsJson)
    .executeTakeFirst();
  return candidateRows(found).map(toCandidate);
}

function hasHardFilters(f: SearchFilters): boolean {
  return Boolean((f.remoteTypes && f.remoteTypes.length > 0) || f.minAnnualSalary || f.visaSponsorship || f.location);
}

/** The planner's estimate of a query's rows, from EXPLAIN (planning only; nothing is executed). */
async function estimateRows(query: { explain(format: 'json'): Promise<Record<string, unknown>[]> }): Promise<number> {
  const [row] = await query.explain('json');
  const plan = (row?.['QUERY PLAN'] as { Plan?: { 'Plan Rows'?: number } }[] | undefined)?.[0]?.Plan;
  return plan?.['Plan Rows'] ?? Number.POSITIVE_INFINITY;
}

/** The salary columns read back as a range (the inverse of `salaryColumns`). */
export function salaryFromColumns(
  row: Pick<
    JobRow,
    'salary_min' | 'salary_max' | 'salary_currency' | 'salary_period' | 'salary_annual_min' | 'salary_annual_max'
  >,
): SalaryRange | null {
  if (
    row.salary_annual_min === null &&
    row.salary_annual_max === null &&
    row.salary_min === null &&
    row.salary_max === null
  ) {
    return null;
  }
  return {
    min: row.salary_min,
    max: row.salary_max,
    currency: row.salary_currency ?? 'USD',
    period: row.salary_period ?? 'year',
    annualMin: row.salary_annual_min,
    annualMax: row.salary_annual_max,
  };
}

/** A candidate's array of stored fields as a candidate, its features in the Hermes contract (understanding/features.ts). */
function toCandidate(v: readonly unknown[]): CacheCandidate {
  const title = field(v, 'title');
  const location = field(v, 'location');
  const postedAtMs = field(v, 'posted_at_ms');
  const enrichedAtMs = field(v, 'enriched_at_ms');
  return {
    id: field(v, 'id'),
    title,
    companyName: field(v, 'company_name'),
    location,
    url: field(v, 'url'),
    features: {
      title,
      onetCode: field(v, 'onet_code'),
      occupations: [],
      skillsRequired: field(v, 'skills_required'),
      skillsPreferred: field(v, 'skills_preferred'),
      yearsRequired: field(v, 'years_required'),
      educationRequired: asEducationLevel(field(v, 'education_required')),
      seniority: asSeniority(field(v, 'seniority')),
      remoteType: field(v, 'remote_type'),
      location,
      salary: salaryFromColumns({
        salary_min: field(v, 'salary_min'),
        salary_max: field(v, 'salary_max'),
        salary_currency: field(v, 'salary_currency'),
        salary_period: field(v, 'salary_period'),
        salary_annual_min: field(v, 'salary_annual_min'),
        salary_annual_max: field(v, 'salary_annual_max'),
      }),
      visaSponsorship: field(v, 'visa_sponsorship'),
    },
    listingDistance: field(v, 'distance'),
    fulltextDistance: field(v, 'fulltext_distance'),
    postedAt: postedAtMs === null ? null : new Date(postedAtMs),
    firstDiscoveredAt: new Date(field(v, 'first_discovered_at_ms')),
    enrichedAt: enrichedAtMs === null ? null : new Date(enrichedAtMs),
    company: field(v, 'company_id') ?? field(v, 'company_key'),
    qualityScore: field(v, 'quality_score'),
  };
}

/** A posting to store, with its analysed features and (optionally) its listing embedding. */
export interface NewJob {
  readonly source: string;
  readonly externalId: string;
  readonly url: string;
  readonly title: string;
  readonly companyName: string | null;
  readonly location: string | null;
  readonly remoteType: RemoteType;
  readonly snippet: string | null;
  readonly descriptionText: string | null;
  readonly salary: SalaryRange | null;
  readonly visaSponsorship: boolean | null;
  readonly skillsRequired: readonly string[];
  readonly skillsPreferred: readonly string[];
  readonly yearsRequired: number | null;
  readonly educationRequired: EducationLevel | null;
  readonly seniority: Seniority | null;
  readonly onetCode: string | null;
  readonly postedAt: Date | null;
  readonly lastDiscoveredAt?: Date;
  readonly listingEmbedding?: { readonly vector: ArrayLike<number>; readonly tag: string };
  readonly fulltextEmbedding?: { readonly vector: ArrayLike<number>; readonly tag: string };
}

/** A salary range as the jobs table stores it. */
export function salaryColumns(salary: SalaryRange | null) {
  return {
    salary_min: salary?.min ?? null,
    salary_max: salary?.max ?? null,
    salary_currency: salary?.currency ?? null,
    salary_period: salary?.period ?? null,
    salary_annual_min: salary?.annualMin ?? null,
    salary_annual_max: salary?.annualMax ?? null,
  };
}

/** A posting's analysis as the jobs table stores it; `skills` is both lists as one set (its GIN index). */
export function analysisColumns(a: {
  readonly skillsRequired: readonly string[];
  readonly skillsPreferred: readonly string[];
  readonly yearsRequired: number | null;
  readonly educationRequired: EducationLevel | null;
  readonly seniority: Seniority | null;
  readonly onetCode: string | null;
}) {
  return {
    skills: [...new Set([...a.skillsRequired, ...a.skillsPreferred])],
    skills_required: [...a.skillsRequired],
    skills_preferred: [...a.skillsPreferred],
    years_required: a.yearsRequired,
    education_required: a.educationRequired,
    seniority: a.seniority,
    onet_code: a.onetCode,
  };
}

/** Inserts in multi-row batches (one round trip per 500 rows); returns the new ids in input order. */
export async function insertJobs(db: DB, jobs: readonly NewJob[]): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < jobs.length; start += 500) {
    const rows = jobs.slice(start, start + 500).map((j) => ({
      source: j.source,
      external_id: j.externalId,
      url: j.url,
      title: j.title,
      company_name: j.companyName,
      location: j.location,
      remote_type: j.remoteType,
      snippet: j.snippet,
      description_text: j.descriptionText,
      ...salaryColumns(j.salary),
      visa_sponsorship: j.visaSponsorship,
      ...analysisColumns(j),
      posted_at: j.postedAt,
      ...(j.lastDiscoveredAt
        ? { first_discovered_at: j.lastDiscoveredAt, last_discovered_at: j.lastDiscoveredAt }
        : {}),
      listing_embedding: j.listingEmbedding ? toVectorLiteral(j.listingEmbedding.vector) : null,
      listing_embedding_model: j.listingEmbedding?.tag ?? null,
      fulltext_embedding: j.fulltextEmbedding ? toVectorLiteral(j.fulltextEmbedding.vector) : null,
      fulltext_embedding_model: j.fulltextEmbedding?.tag ?? null,
      // Postings stored directly (benchmark and test seeding) are vouched for by their caller;
      // everything a provider sends goes through the ingestion pipeline instead.
      publication_status: 'published' as const,
    }));
    const inserted = await db.insertInto('jobs').values(rows).returning('id').execute();
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

/**
 * `jobs` rows locked in id order, as a FROM item named `locked`: statements that update many jobs
 * join it, so any two of them take their row locks in the same order and cannot deadlock.
 */
export const jobsLockedInIdOrder = (ids: readonly string[]) =>
  sql`(SELECT id FROM jobs WHERE id = ANY(${[...ids]}::uuid[]) ORDER BY id FOR UPDATE) AS locked`;
