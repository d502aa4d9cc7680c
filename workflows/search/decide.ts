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

/** Jobs worth enriching: the best of the pool whose full text is missing or older than the refresh window. */
export function selectEnrichmentTargets(
  pool: readonly { jobId: string; enrichedAt: string | null }[],
  limit: number,
  refreshDays: number,
  now: number,
): string[] {
  const staleBefore = now - refreshDays * 24 * 3600 * 1000;
  return pool
    .filter((entry) => entry.enrichedAt === null || Date.parse(entry.enrichedAt) < staleBefore)
    .slice(0, Math.max(0, limit))
    .map((entry) => entry.jobId);
}
