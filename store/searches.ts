import { sql } from 'kysely';
import type {
  SearchFilters,
  SearchProgress,
  SearchQuery,
  SearchResultItem,
  SearchStatus,
  Tier,
} from '../common/vocabulary/search';
import type { SearchRow } from '../schema/searches.table';
import type { DB } from './database';

/** A search as it starts: what its row records before the workflow has run. */
export interface NewSearch {
  readonly searchId: string;
  readonly userId: string;
  readonly tier: Tier;
  readonly resumeId: string | null;
  readonly query: SearchQuery | null;
  readonly filters: SearchFilters;
  /** The repeat-guard key (lower-cased, whitespace-collapsed keyword|location). */
  readonly normalizedQuery: string;
}

/** A search as stored: what a finished search answers once its workflow is gone. */
export interface StoredSearch {
  readonly id: string;
  readonly userId: string;
  readonly workflowId: string;
  readonly tier: Tier;
  readonly status: SearchStatus;
  readonly phase: string;
  readonly creditsUsed: number;
  readonly discoveryTriggered: boolean;
  readonly liveSearchUnavailable: string | null;
  readonly resultsVersion: number;
  readonly request: Record<string, unknown>;
  readonly progress: SearchProgress | null;
  readonly createdAt: Date;
  readonly completedAt: Date | null;
}

function toSearch(row: SearchRow): StoredSearch {
  return {
    id: row.id,
    userId: row.user_id,
    workflowId: row.workflow_id,
    tier: row.tier,
    status: row.status,
    phase: row.phase,
    creditsUsed: row.credits_used,
    discoveryTriggered: row.discovery_triggered,
    liveSearchUnavailable: row.live_search_unavailable,
    resultsVersion: row.results_version,
    request: row.request,
    progress: row.progress as SearchProgress | null,
    createdAt: row.created_at,
    completedAt: row.completed_at,
  };
}

export async function insertSearch(db: DB, input: NewSearch, workflowId: string): Promise<void> {
  await db
    .insertInto('searches')
    .values({
      id: input.searchId,
      user_id: input.userId,
      resume_id: input.resumeId,
      workflow_id: workflowId,
      tier: input.tier,
      request: JSON.stringify({ query: input.query, filters: input.filters, resumeId: input.resumeId }),
      normalized_query: input.normalizedQuery,
    })
    .execute();
}

/**
 * A search's credits as a person sees them. The workflow's count misses a call that settles after a
 * cancel; the ledger trails the workflow while the gateway's outbox drains. Credits only ever grow,
 * so the column keeps the largest of what it had, the workflow's count and the ledger's sum: once
 * the outbox is empty it equals the ledger. Comparing with the column itself keeps a snapshot that
 * raced a ledger write (see reconcileSearchCredits) from stepping back.
 */
function creditsAtLeast(searchId: string, counted: number) {
  return sql<number>`greatest(searches.credits_used, ${counted}::int,
    (SELECT coalesce(sum(l.credits), 0)::int FROM credit_ledger l WHERE l.search_id = ${searchId}))`;
}

/**
 * Brings the searches the ledger just heard about up to the ledger's sum; runs in the transaction
 * that wrote the ledger rows. The rows are locked first so that the sums are read after any other
 * writer for the same search has committed: two gateways mirroring calls of one search at once
 * each see the other's rows.
 */
export async function reconcileSearchCredits(trx: DB, searchIds: readonly string[]): Promise<void> {
  const ids = [...new Set(searchIds)].sort();
  if (ids.length === 0) return;
  await trx.selectFrom('searches').select('id').where('id', 'in', ids).orderBy('id').forUpdate().execute();
  await sql`
    UPDATE searches SET credits_used = l.total
    FROM (SELECT search_id, sum(credits)::int AS total FROM credit_ledger
          WHERE search_id IN (${sql.join(ids)}) GROUP BY search_id) l
    WHERE searches.id = l.search_id AND searches.credits_used < l.total`.execute(trx);
}

/** The columns a progress snapshot sets on its search row. */
function progressColumns(progress: SearchProgress) {
  return {
    status: progress.status,
    phase: progress.phase,
    credits_used: creditsAtLeast(progress.searchId, progress.creditsUsed),
    discovery_triggered: progress.discoveryTriggered,
    live_search_unavailable: progress.liveSearchUnavailable?.reason ?? null,
    results_version: progress.version,
    progress: JSON.stringify(progress),
    completed_at: progress.status === 'running' ? null : sql<Date>`now()`,
  };
}

/** Progress snapshots are written at phase changes; a later version never loses to an older one. */
export async function recordSearchProgress(db: DB, progress: SearchProgress): Promise<void> {
  await db
    .updateTable('searches')
    .set(progressColumns(progress))
    .where('id', '=', progress.searchId)
    .where('results_version', '<=', progress.version)
    .execute();
}

/**
 * The latest completed search that discovered this query since `since` and read at least one
 * listing page (a discovery the provider refused does not count), other than `searchId`.
 */
export async function findRecentDiscovery(
  db: DB,
  normalizedQuery: string,
  since: Date,
  searchId: string,
): Promise<{ searchId: string; completedAt: Date } | undefined> {
  const row = await db
    .selectFrom('searches')
    .select(['id', 'completed_at'])
    .where('normalized_query', '=', normalizedQuery)
    .where('discovery_triggered', '=', true)
    .where('completed_at', '>=', since)
    .where('id', '<>', searchId)
    .where(sql<boolean>`coalesce((progress->'counts'->>'discoveredPages')::int, 0) > 0`)
    .orderBy('completed_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.completed_at ? { searchId: row.id, completedAt: row.completed_at } : undefined;
}

/**
 * A search's answer: its result rows and its final snapshot, in one statement (atomic without a
 * transaction, and one round trip where BEGIN, delete, insert, update and COMMIT were five: each
 * costs PostgreSQL and the worker about as much as a small query, and a free search persists once,
 * docs/performance.md). Ranks that are no longer shown are deleted; the others are written over.
 *
 * Answers whether this write is the one that ended the search: its row was still running before
 * (a retried write, or a cancelled search's truth written over an answer already persisted, is
 * not), so a finished search is counted once however often its answer is written.
 */
export async function persistSearchResults(
  db: DB,
  progress: SearchProgress,
  results: readonly SearchResultItem[],
): Promise<{ ended: boolean }> {
  const searchId = progress.searchId;
  const ranks = results.map((r) => r.rank);
  const withStaleRemoved = db.with('stale', (qb) =>
    qb
      .deleteFrom('search_results')
      .where('search_id', '=', searchId)
      .$if(ranks.length > 0, (del) => del.where((eb) => eb.not(eb('rank', '=', eb.fn.any(eb.val(ranks)))))),
  );
  const snapshot = progressColumns(progress);
  // The row as it was, locked: UPDATE … RETURNING shows only the new values.
  const before = db
    .selectFrom('searches')
    .select(['id', 'status as was'])
    .where('id', '=', searchId)
    .forUpdate()
    .as('before');
  const ended = (row: { was: SearchStatus } | undefined): { ended: boolean } => ({
    ended: progress.status !== 'running' && row?.was === 'running',
  });
  if (results.length === 0) {
    return ended(
      await withStaleRemoved
        .updateTable('searches')
        .from(before)
        .set(snapshot)
        .whereRef('searches.id', '=', 'before.id')
        .returning('before.was')
        .executeTakeFirst(),
    );
  }
  const row = await withStaleRemoved
    .with('written', (qb) =>
      qb
        .insertInto('search_results')
        .values(
          results.map((r) => ({
            search_id: searchId,
            rank: r.rank,
            job_id: r.job.id,
            score: r.score,
            ats_score: r.ats,
            semantic_score: r.semantic,
            freshness_boost: r.freshness,
            reasons: JSON.stringify(r.reasons),
            job: JSON.stringify(r.job),
          })),
        )
        .onConflict((oc) =>
          oc.columns(['search_id', 'rank']).doUpdateSet((eb) => ({
            job_id: eb.ref('excluded.job_id'),
            score: eb.ref('excluded.score'),
            ats_score: eb.ref('excluded.ats_score'),
            semantic_score: eb.ref('excluded.semantic_score'),
            freshness_boost: eb.ref('excluded.freshness_boost'),
            reasons: eb.ref('excluded.reasons'),
            job: eb.ref('excluded.job'),
          })),
        ),
    )
    .updateTable('searches')
    .from(before)
    .set(snapshot)
    .whereRef('searches.id', '=', 'before.id')
    .returning('before.was')
    .executeTakeFirst();
  return ended(row);
}

/** A user's own search, or undefined (another user's search is indistinguishable from none). */
export async function findSearchForUser(db: DB, userId: string, searchId: string): Promise<StoredSearch | undefined> {
  const row = await db
    .selectFrom('searches')
    .selectAll()
    .where('id', '=', searchId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row ? toSearch(row) : undefined;
}

export async function findSearchById(db: DB, searchId: string): Promise<StoredSearch | undefined> {
  const row = await db.selectFrom('searches').selectAll().where('id', '=', searchId).executeTakeFirst();
  return row ? toSearch(row) : undefined;
}

export async function findSearchResults(
  db: DB,
  searchId: string,
  offset: number,
  limit: number,
): Promise<SearchResultItem[]> {
  const rows = await db
    .selectFrom('search_results')
    .selectAll()
    .where('search_id', '=', searchId)
    .orderBy('rank')
    .offset(offset)
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    rank: r.rank,
    score: r.score,
    ats: r.ats_score,
    semantic: r.semantic_score,
    freshness: r.freshness_boost,
    reasons: r.reasons,
    job: r.job as unknown as SearchResultItem['job'],
  }));
}

/** One line of a list of searches: what was asked, how it went, what it cost. */
export interface SearchSummary {
  readonly id: string;
  readonly workflowId: string;
  readonly tier: Tier;
  readonly status: SearchStatus;
  readonly phase: string;
  readonly query: SearchQuery | null;
  readonly filters: SearchFilters;
  readonly resumeId: string | null;
  readonly resumeFileName: string | null;
  readonly creditsUsed: number;
  readonly bestScore: number | null;
  readonly createdAt: Date;
  readonly completedAt: Date | null;
}

function selectSummaries(db: DB) {
  return db
    .selectFrom('searches')
    .leftJoin('resumes', 'resumes.id', 'searches.resume_id')
    .select([
      'searches.id',
      'searches.user_id',
      'searches.workflow_id',
      'searches.tier',
      'searches.status',
      'searches.phase',
      'searches.request',
      'searches.progress',
      'searches.resume_id',
      'resumes.file_name',
      'searches.credits_used',
      'searches.created_at',
      'searches.completed_at',
    ])
    .orderBy('searches.created_at', 'desc')
    .orderBy('searches.id');
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof selectSummaries>['executeTakeFirstOrThrow']>>;

function toSummary(row: SummaryRow): SearchSummary {
  // `request` is what insertSearch wrote: the parsed request's query, filters and resume.
  const request = row.request as { query?: SearchQuery | null; filters?: SearchFilters };
  const bestScore = (row.progress as { bestScore?: unknown } | null)?.bestScore;
  return {
    id: row.id,
    workflowId: row.workflow_id,
    tier: row.tier,
    status: row.status,
    phase: row.phase,
    query: request.query ?? null,
    filters: request.filters ?? {},
    resumeId: row.resume_id,
    resumeFileName: row.file_name,
    creditsUsed: row.credits_used,
    bestScore: typeof bestScore === 'number' ? bestScore : null,
    createdAt: row.created_at,
    completedAt: row.completed_at,
  };
}

/** A user's searches, newest first. */
export async function listSearchesForUser(db: DB, userId: string, limit: number): Promise<SearchSummary[]> {
  const rows = await selectSummaries(db).where('searches.user_id', '=', userId).limit(limit).execute();
  return rows.map(toSummary);
}

/** Every user's searches, newest first, with whose they are and what the credit ledger charged each. */
export async function listRecentSearches(
  db: DB,
  limit: number,
): Promise<(SearchSummary & { readonly userEmail: string; readonly ledgerCredits: number })[]> {
  const rows = await selectSummaries(db)
    .innerJoin('users', 'users.id', 'searches.user_id')
    .select('users.email')
    .select((eb) =>
      eb
        .selectFrom('credit_ledger')
        .select(sql<number>`coalesce(sum(credit_ledger.credits), 0)::int`.as('credits'))
        .whereRef('credit_ledger.search_id', '=', 'searches.id')
        .as('ledger_credits'),
    )
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    ...toSummary(row),
    userEmail: row.email,
    ledgerCredits: Number(row.ledger_credits ?? 0),
  }));
}
