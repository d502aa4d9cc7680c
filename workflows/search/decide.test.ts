import { decideDiscovery, selectEnrichmentTargets } from './decide';

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
    { jobId: 'a', enrichedAt: null },
    { jobId: 'b', enrichedAt: new Date(now - 2 * day).toISOString() },
    { jobId: 'c', enrichedAt: new Date(now - 8 * day).toISOString() },
    { jobId: 'd', enrichedAt: null },
  ];
  it('keeps the order of the ranking and skips recently enriched jobs', () => {
    expect(selectEnrichmentTargets(pool, 10, 7, now)).toEqual(['a', 'c', 'd']);
    expect(selectEnrichmentTargets(pool, 2, 7, now)).toEqual(['a', 'c']);
    expect(selectEnrichmentTargets(pool, 0, 7, now)).toEqual([]);
  });
});
