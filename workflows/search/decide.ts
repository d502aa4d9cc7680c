import type { Tier } from '../../common/vocabulary/search';
import type { SearchSettings } from './model';

export interface CacheOutcome {
  readonly bestScore: number | null;
  readonly freshMatches: number;
}

export type DiscoveryDecision =
  { readonly discover: true; readonly why: string } | { readonly discover: false; readonly why: string };

/**
 * Phase 2: should this search pay for discovery? Free users never do. Paid users do only when the
 * cache is clearly insufficient: the best composite score is below the threshold and/or (per the
 * configured rule) too few fresh matches were found. The repeat guard and the budget are checked
 * afterwards by activities, because they need Redis and the gateway.
 */
export function decideDiscovery(
  tier: Tier,
  cache: CacheOutcome,
  settings: SearchSettings['discovery'],
): DiscoveryDecision {
  if (tier === 'free') return { discover: false, why: 'free tier: cache only' };
  const best = cache.bestScore ?? 0;
  const weak = best < settings.bestScoreBelow;
  const few = cache.freshMatches < settings.freshMatchesBelow;
  const describe = `best score ${best.toFixed(1)} (threshold ${settings.bestScoreBelow}), ${cache.freshMatches} fresh matches (threshold ${settings.freshMatchesBelow}), rule ${settings.rule}`;
  const trigger = settings.rule === 'all' ? weak && few : weak || few;
  return trigger
    ? { discover: true, why: `cache insufficient: ${describe}` }
    : { discover: false, why: `cache sufficient: ${describe}` };
}

export interface EnrichmentPolicy {
  /** At most this many jobs, best first, when a search enriches at all. */
  readonly limit: number;
  /**
   * A search enriches only when one of its best `trigger` matches (the first page) lacks recent
   * full text; then it enriches up to `limit` of its matches that lack it. Searches of related
   * queries share most of their pool, so one wave of enrichment serves the searches after it,
   * which then call nobody.
   */
  readonly trigger: number;
  /** Full text younger than this many days is not fetched again. */
  readonly refreshDays: number;
  /** A candidate scoring below this is not a match, and its full text is not worth a credit. */
  readonly minScore: number;
}

/** The selection of runs started before the policy above: the first `limit` candidates without recent full text. */
export const LEGACY_ENRICHMENT = { trigger: Number.POSITIVE_INFINITY, minScore: 0 } as const;

/** Jobs worth enriching, best first: the best matches whose full text is missing or older than the refresh window. */
export function selectEnrichmentTargets(
  pool: readonly { jobId: string; enrichedAt: string | null; score: number }[],
  policy: EnrichmentPolicy,
  now: number,
): string[] {
  const staleBefore = now - policy.refreshDays * 24 * 3600 * 1000;
  const wants = (entry: (typeof pool)[number]): boolean =>
    entry.score >= policy.minScore && (entry.enrichedAt === null || Date.parse(entry.enrichedAt) < staleBefore);
  if (!pool.slice(0, policy.trigger).some(wants)) return [];
  return pool
    .filter(wants)
    .slice(0, Math.max(0, policy.limit))
    .map((entry) => entry.jobId);
}
