import { sql } from 'kysely';
import type { Tier } from '../common/vocabulary/search';
import type { DB } from './database';

/**
 * The hourly analytics roll-up: searches are attributed to the hour they started in, and every
 * run recomputes whole hours from the searches, their results and the jobs their users opened,
 * so it is idempotent and late facts (a search finishing, a result opened the next day) land in
 * the right hour the next time that hour is recomputed.
 */

export interface HourlyFigures {
  readonly hour: Date;
  readonly tier: Tier;
  readonly searches: number;
  /** Searches answered without discovery: no listing call to the provider. */
  readonly cacheHits: number;
  readonly discoveryTriggered: number;
  readonly credits: number;
  readonly results: number;
  readonly usefulResults: number;
  readonly openedResults: number;
  readonly enrichDone: number;
  readonly enrichFailed: number;
  readonly enrichExpired: number;
  readonly firstResultsP50Ms: number | null;
  readonly firstResultsP95Ms: number | null;
  readonly computedAt: Date;
}

/**
 * Recomputes every hour in [from, to) that has searches, replacing what was stored for it.
 * Time to first results is the cache phase of the search workflow (its first published ranking).
 */
export async function rollUpHours(
  db: DB,
  options: { readonly from: Date; readonly to: Date; readonly usefulTopRank: number },
): Promise<{ hours: number }> {
  // Raw SQL: a lateral join, ordered-set aggregates and an upsert in one statement.
  const result = await sql<{ hour: Date }>`
    INSERT INTO analytics_hourly AS a (hour, tier, searches, cache_hits, discovery_triggered, credits, results,
                                       useful_results, opened_results, enrich_done, enrich_failed, enrich_expired,
                                       first_results_p50_ms, first_results_p95_ms, computed_at)
    SELECT date_trunc('hour', s.created_at), s.tier,
           count(*),
           count(*) FILTER (WHERE NOT s.discovery_triggered),
           count(*) FILTER (WHERE s.discovery_triggered),
           coalesce(sum(s.credits_used), 0),
           coalesce(sum(r.results), 0),
           coalesce(sum(r.useful), 0),
           coalesce(sum(r.opened), 0),
           coalesce(sum((s.progress -> 'counts' ->> 'enrichDone')::int), 0),
           coalesce(sum((s.progress -> 'counts' ->> 'enrichFailed')::int), 0),
           coalesce(sum((s.progress -> 'counts' ->> 'enrichExpired')::int), 0),
           percentile_cont(0.5) WITHIN GROUP (ORDER BY (s.progress -> 'timings' ->> 'cacheMs')::float8),
           percentile_cont(0.95) WITHIN GROUP (ORDER BY (s.progress -> 'timings' ->> 'cacheMs')::float8),
           now()
    FROM searches s
    CROSS JOIN LATERAL (
      SELECT count(*) AS results,
             count(*) FILTER (WHERE sr.rank <= ${options.usefulTopRank} OR o.job_id IS NOT NULL) AS useful,
             count(o.job_id) AS opened
      FROM search_results sr
      LEFT JOIN job_opens o
        ON o.user_id = s.user_id AND o.job_id = sr.job_id AND o.first_opened_at >= s.created_at
      WHERE sr.search_id = s.id
    ) r
    WHERE s.created_at >= ${options.from} AND s.created_at < ${options.to}
    GROUP BY 1, 2
    ON CONFLICT (hour, tier) DO UPDATE SET
      searches = excluded.searches, cache_hits = excluded.cache_hits,
      discovery_triggered = excluded.discovery_triggered, credits = excluded.credits,
      results = excluded.results, useful_results = excluded.useful_results,
      opened_results = excluded.opened_results, enrich_done = excluded.enrich_done,
      enrich_failed = excluded.enrich_failed, enrich_expired = excluded.enrich_expired,
      first_results_p50_ms = excluded.first_results_p50_ms,
      first_results_p95_ms = excluded.first_results_p95_ms, computed_at = excluded.computed_at
    RETURNING a.hour`.execute(db);
  return { hours: new Set(result.rows.map((r) => new Date(r.hour).getTime())).size };
}

/** The stored hours in [from, to), oldest first, free before paid. */
export async function readHourlyFigures(db: DB, from: Date, to: Date): Promise<HourlyFigures[]> {
  const rows = await db
    .selectFrom('analytics_hourly')
    .selectAll()
    .where('hour', '>=', from)
    .where('hour', '<', to)
    .orderBy('hour')
    .orderBy('tier')
    .execute();
  return rows.map((r) => ({
    hour: r.hour,
    tier: r.tier,
    searches: r.searches,
    cacheHits: r.cache_hits,
    discoveryTriggered: r.discovery_triggered,
    credits: r.credits,
    results: r.results,
    usefulResults: r.useful_results,
    openedResults: r.opened_results,
    enrichDone: r.enrich_done,
    enrichFailed: r.enrich_failed,
    enrichExpired: r.enrich_expired,
    firstResultsP50Ms: r.first_results_p50_ms,
    firstResultsP95Ms: r.first_results_p95_ms,
    computedAt: r.computed_at,
  }));
}
