import { emptyCounts, type SearchProgress } from '../common/vocabulary/search';
import { completeWithRanking } from './search-completion';

describe('completeWithRanking', () => {
  const startedAt = Date.parse('2026-12-07T09:00:00.000Z');
  const ending: SearchProgress = {
    searchId: 'f1c1b1a0-0000-4000-8000-000000000001',
    status: 'completed',
    phase: 'done',
    version: 0,
    counts: emptyCounts(),
    creditsUsed: 0,
    discoveryTriggered: false,
    discoveryDecision: 'free tier: cache only',
    liveSearchUnavailable: null,
    bestScore: null,
    timings: { decideMs: 0 },
    startedAt: new Date(startedAt).toISOString(),
    updatedAt: new Date(startedAt).toISOString(),
  };

  it("fills in what only the ranking knows: the page's version and figures, its time, the end", () => {
    const pool = [{ jobId: 'a' }, { jobId: 'b' }, { jobId: 'c' }] as never;
    const done = completeWithRanking(
      ending,
      { pool, freshMatches: 2, bestScore: 71.5 },
      {
        startedAt: startedAt + 5,
        endedAt: startedAt + 45,
      },
    );
    expect(done).toEqual({
      ...ending,
      version: 1,
      counts: { ...emptyCounts(), cacheCandidates: 3, freshMatches: 2 },
      bestScore: 71.5,
      timings: { decideMs: 0, cacheMs: 40, totalMs: 45 },
      updatedAt: '2026-12-07T09:00:00.045Z',
    });
  });

  it('keeps an empty cache an answer: no candidates, no best score', () => {
    const done = completeWithRanking(
      ending,
      { pool: [], freshMatches: 0, bestScore: null },
      {
        startedAt: startedAt + 1,
        endedAt: startedAt + 3,
      },
    );
    expect(done).toMatchObject({ status: 'completed', version: 1, bestScore: null, counts: { cacheCandidates: 0 } });
  });
});
