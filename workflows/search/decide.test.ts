import { decideDiscovery, LEGACY_ENRICHMENT, selectEnrichmentTargets } from './decide';

const settings = {
  bestScoreBelow: 60,
  freshMatchesBelow: 100,
  rule: 'all' as const,
  maxPages: 3,
  repeatGuardMs: 300_000,
};

describe('decideDiscovery', () => {
  it('never discovers for free users, whatever the cache holds', () => {
    expect(decideDiscovery('free', { bestScore: 0, freshMatches: 0 }, settings).discover).toBe(false);
    expect(decideDiscovery('free', { bestScore: null, freshMatches: 0 }, { ...settings, rule: 'any' }).discover).toBe(
      false,
    );
  });

  it('discovers for paid users only when both conditions hold under the "all" rule', () => {
    expect(decideDiscovery('paid', { bestScore: 59.9, freshMatches: 99 }, settings).discover).toBe(true);
    expect(decideDiscovery('paid', { bestScore: 60, freshMatches: 10 }, settings).discover).toBe(false);
    expect(decideDiscovery('paid', { bestScore: 10, freshMatches: 100 }, settings).discover).toBe(false);
    expect(decideDiscovery('paid', { bestScore: null, freshMatches: 0 }, settings).discover).toBe(true);
  });

  it('discovers when either condition holds under the "any" rule', () => {
    const any = { ...settings, rule: 'any' as const };
    expect(decideDiscovery('paid', { bestScore: 60, freshMatches: 10 }, any).discover).toBe(true);
    expect(decideDiscovery('paid', { bestScore: 10, freshMatches: 500 }, any).discover).toBe(true);
    expect(decideDiscovery('paid', { bestScore: 80, freshMatches: 500 }, any).discover).toBe(false);
  });

  it('explains its decision', () => {
    expect(decideDiscovery('paid', { bestScore: 42, freshMatches: 7 }, settings).why).toMatch(
      /best score 42\.0.*7 fresh matches/,
    );
  });
});

describe('selectEnrichmentTargets', () => {
  const now = Date.parse('2026-11-23T12:00:00Z');
  const day = 24 * 3600 * 1000;
  const pool = [
    { jobId: 'a', enrichedAt: null, score: 80 },
    { jobId: 'b', enrichedAt: new Date(now - 2 * day).toISOString(), score: 75 },
    { jobId: 'c', enrichedAt: new Date(now - 8 * day).toISOString(), score: 60 },
    { jobId: 'd', enrichedAt: null, score: 39.9 },
  ];
  const legacy = { ...LEGACY_ENRICHMENT, refreshDays: 7 };

  it('keeps the order of the ranking and skips recently enriched jobs', () => {
    expect(selectEnrichmentTargets(pool, { ...legacy, limit: 10 }, now)).toEqual(['a', 'c', 'd']);
    expect(selectEnrichmentTargets(pool, { ...legacy, limit: 2 }, now)).toEqual(['a', 'c']);
    expect(selectEnrichmentTargets(pool, { ...legacy, limit: 0 }, now)).toEqual([]);
  });

  it('enriches only when the first page lacks full text, and then beyond it', () => {
    const policy = { limit: 10, trigger: 1, refreshDays: 7, minScore: 0 };
    expect(selectEnrichmentTargets(pool, policy, now)).toEqual(['a', 'c', 'd']);
    // b, first and enriched two days ago: the page is complete, nobody is called.
    expect(selectEnrichmentTargets(pool.slice(1), policy, now)).toEqual([]);
    expect(selectEnrichmentTargets(pool.slice(1), { ...policy, trigger: 2 }, now)).toEqual(['c', 'd']);
  });

  it('spends nothing on candidates below the match score', () => {
    const policy = { limit: 10, trigger: 10, refreshDays: 7, minScore: 40 };
    expect(selectEnrichmentTargets(pool, policy, now)).toEqual(['a', 'c']);
    expect(selectEnrichmentTargets(pool, { ...policy, minScore: 90 }, now)).toEqual([]);
    // c, on the first page but below the match score, does not trigger.
    expect(selectEnrichmentTargets(pool.slice(1), { ...policy, trigger: 2, minScore: 61 }, now)).toEqual([]);
  });
});
