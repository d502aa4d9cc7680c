import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { SearchProgress, Tier } from '../vocabulary/search';
import { DURATION_BUCKETS, METRIC_PREFIX } from './registry';

/**
 * The search path's series, counted by the workers (where searches run). The gateway counts the
 * provider side (calls, credits by endpoint, refusals by reason, in flight, circuits); the api
 * counts requests; these say what each search did and what it cost.
 */

/** Credits one search spent; the first bucket (0) is the share of searches that spent nothing. */
const CREDIT_BUCKETS = [0, 10, 30, 100, 300, 1000, 3000];

export type ResultsCacheOutcome = 'hit' | 'miss' | 'error';
/** `rested`: the query was discovered within DISCOVERY_REST_HOURS. */
export type DiscoveryClaimOutcome = 'claimed' | 'guarded' | 'rested';

/** Jobs whose enrichment was asked for and has not ended, by status, as the database holds them. */
export type EnrichmentBacklog = Readonly<Record<'queued' | 'in_progress' | 'failed', number>>;

export interface SearchMetrics {
  /** A search ended (completed, cancelled or failed): its outcome, phases, credits and enrichments. */
  searchFinished(tier: Tier, progress: SearchProgress): void;
  resultsCacheLookup(outcome: ResultsCacheOutcome): void;
  resultsCacheWrite(outcome: 'stored' | 'error'): void;
  discoveryClaim(outcome: DiscoveryClaimOutcome): void;
}

export function createSearchMetrics(
  registry: Registry,
  options: { readonly enrichmentBacklog?: () => Promise<EnrichmentBacklog> } = {},
): SearchMetrics {
  const p = METRIC_PREFIX;
  const searches = new Counter({
    name: `${p}searches_total`,
    help: 'Searches that ended, by tier, outcome (completed, cancelled, failed) and whether they triggered discovery',
    labelNames: ['tier', 'outcome', 'discovery'],
    registers: [registry],
  });
  const phases = new Histogram({
    name: `${p}search_phase_seconds`,
    help: 'Time a search spent in each phase (cache, decide, discover, enrich) and in total',
    labelNames: ['tier', 'phase'],
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const credits = new Histogram({
    name: `${p}search_credits`,
    help: 'Provider credits one search was charged (le="0": searches that spent nothing)',
    labelNames: ['tier'],
    buckets: CREDIT_BUCKETS,
    registers: [registry],
  });
  const unavailable = new Counter({
    name: `${p}search_live_unavailable_total`,
    help: 'Paid searches that could not (fully) use the provider, by reason (budget, circuit, rate, user cap, unreachable)',
    labelNames: ['reason'],
    registers: [registry],
  });
  const enrichments = new Counter({
    name: `${p}search_enrichments_total`,
    help: 'Enrichments searches waited for, by result (enriched, expired, failed)',
    labelNames: ['result'],
    registers: [registry],
  });
  const joined = new Counter({
    name: `${p}search_enrichments_joined_total`,
    help: 'Of those, enrichments another search had started and paid for (this one waited, paying nothing)',
    registers: [registry],
  });
  const cacheLookups = new Counter({
    name: `${p}results_cache_lookups_total`,
    help: 'Results-cache lookups of a search’s first ranking: hit, miss, or error (Redis unreachable: treated as a miss)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const cacheWrites = new Counter({
    name: `${p}results_cache_writes_total`,
    help: 'Rankings stored in the results cache, or not (error)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const claims = new Counter({
    name: `${p}discovery_claims_total`,
    help: 'Discovery repeat-guard decisions: claimed (this search may discover), guarded (another search holds the query within the short window) or rested (the query was discovered within DISCOVERY_REST_HOURS)',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const backlogReader = options.enrichmentBacklog;
  if (backlogReader) {
    // Read once per scrape (and at most every few seconds whatever scrapes): a COUNT over jobs.
    let latest: { at: number; value: Promise<EnrichmentBacklog | undefined> } | undefined;
    new Gauge({
      name: `${p}enrichment_backlog`,
      help: 'Jobs whose enrichment is queued, in progress or failed (database truth; every worker reports the same)',
      labelNames: ['status'],
      registers: [registry],
      async collect() {
        if (!latest || Date.now() - latest.at > 5_000) {
          latest = { at: Date.now(), value: backlogReader().catch(() => undefined) };
        }
        const backlog = await latest.value;
        if (!backlog) return;
        for (const [status, count] of Object.entries(backlog)) this.set({ status }, count);
      },
    });
  }

  return {
    searchFinished(tier, progress) {
      searches.inc({
        tier,
        outcome: progress.status,
        discovery: progress.discoveryTriggered ? 'triggered' : 'not_triggered',
      });
      for (const [name, ms] of Object.entries(progress.timings)) {
        if (name.endsWith('Ms')) phases.observe({ tier, phase: name.slice(0, -2) }, ms / 1000);
      }
      credits.observe({ tier }, progress.creditsUsed);
      if (progress.liveSearchUnavailable) unavailable.inc({ reason: progress.liveSearchUnavailable.reason });
      const c = progress.counts;
      enrichments.inc({ result: 'enriched' }, c.enrichDone);
      enrichments.inc({ result: 'expired' }, c.enrichExpired);
      enrichments.inc({ result: 'failed' }, c.enrichFailed);
      joined.inc(c.enrichJoined);
    },
    resultsCacheLookup: (outcome) => cacheLookups.inc({ outcome }),
    resultsCacheWrite: (outcome) => cacheWrites.inc({ outcome }),
    discoveryClaim: (outcome) => claims.inc({ outcome }),
  };
}
