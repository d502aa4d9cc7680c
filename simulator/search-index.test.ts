import { CITIES, JobCorpus } from './corpus';
import { CorpusSearchIndex, parseLocation, searchTokens } from './search-index';

describe('simulator search', () => {
  it('tokenizes like a job board: lower case, plurals folded, filler words dropped', () => {
    expect(searchTokens('Registered Nurses in the ICU')).toEqual(['registered', 'nurse', 'icu']);
    expect(searchTokens('C++ / C# developer jobs')).toEqual(['c++', 'c#', 'developer']);
    expect(searchTokens('Business')).toEqual(['business']);
  });

  it('understands cities (with their neighbours), states, remote and the whole country', () => {
    const austin = parseLocation('Austin, TX');
    expect(austin.kind).toBe('cities');
    const ids = austin.kind === 'cities' ? [...austin.cityIds].map((id) => CITIES[id]?.name) : [];
    expect(ids).toContain('Austin');
    expect(ids).not.toContain('Dallas');
    const nyc = parseLocation('new york, ny');
    expect(nyc.kind === 'cities' && [...nyc.cityIds].some((id) => CITIES[id]?.name === 'Bridgeport')).toBe(false);
    const texas = parseLocation('Texas');
    expect(texas.kind === 'cities' && [...texas.cityIds].every((id) => CITIES[id]?.state === 'TX')).toBe(true);
    expect(parseLocation('TX')).toEqual(texas);
    expect(parseLocation('Remote')).toEqual({ kind: 'remote' });
    expect(parseLocation('United States')).toEqual({ kind: 'anywhere' });
    expect(parseLocation('Atlantis')).toEqual({ kind: 'unknown' });
    expect(parseLocation('Austin, ZZ')).toEqual({ kind: 'unknown' });
  });

  it('matches every keyword, ranks title matches first, and sorts by date on request', () => {
    const corpus = new JobCorpus({ size: 5000, seed: 3 });
    const index = CorpusSearchIndex.build(corpus);
    const hits = index.search('nurse', parseLocation('United States'), 'relevance');
    expect(hits.length).toBeGreaterThan(20);
    const top = corpus.summary(hits[0]?.index ?? 0);
    expect(top.title.toLowerCase()).toContain('nurse');
    for (const hit of hits.slice(0, 50)) {
      const s = corpus.summary(hit.index);
      expect(
        `${s.title} ${s.occupationTitle} ${s.skillsRequired.join(' ')} ${s.skillsPreferred.join(' ')} ${s.company.name}`.toLowerCase(),
      ).toContain('nurse');
    }
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeLessThanOrEqual(hits[i - 1]!.score);
    const byDate = index.search('nurse', parseLocation('United States'), 'date');
    const times = byDate.map((h) => Date.parse(corpus.summary(h.index).postedAt));
    for (let i = 1; i < times.length; i++) expect(times[i]!).toBeLessThanOrEqual(times[i - 1]!);
    expect(new Set(byDate.map((h) => h.index))).toEqual(new Set(hits.map((h) => h.index)));
    const remote = index.search('', parseLocation('Remote'), 'date');
    expect(remote.length).toBeGreaterThan(0);
    expect(remote.every((h) => corpus.summary(h.index).remoteType === 'remote')).toBe(true);
    expect(index.search('nurse zzzzqq', parseLocation('Texas'), 'relevance')).toEqual([]);
    expect(index.search('nurse', parseLocation('Atlantis'), 'relevance')).toEqual([]);
  });
});
