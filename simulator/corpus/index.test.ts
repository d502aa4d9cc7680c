import { loadOnet } from '../../understanding/onet/load';
import { CITIES, DEFAULT_SEED, JobCorpus, generatePosting, generatePostingSummary } from './index';
import { EMPLOYMENT_THOUSANDS, occupationCatalogue } from './occupations';

describe('JobCorpus', () => {
  const corpus = new JobCorpus({ size: 100_000, seed: 11 });

  it('is deterministic: same seed and index, same posting; another seed, another corpus', () => {
    const a = generatePosting(1234, { seed: 11 });
    expect(generatePosting(1234, { seed: 11 })).toEqual(a);
    expect(corpus.posting(1234)).toEqual(a);
    expect(generatePosting(1234, { seed: 12 }).indeedJobKey).not.toBe(a.indeedJobKey);
    expect(new JobCorpus().seed).toBe(DEFAULT_SEED);
    // The summary is the posting without its text, drawn from the same stream.
    const { description: _d, snippet: _s, benefits: _b, ...rest } = a;
    expect(generatePostingSummary(1234, { seed: 11 })).toEqual(rest);
  });

  it('dates postings from its as-of day, so the same seed can be served fresh on any day', () => {
    const early = generatePosting(7, { seed: 11, asOf: new Date('2026-01-10T15:00:00Z') });
    const later = generatePosting(7, { seed: 11, asOf: new Date('2026-03-01T00:00:00Z') });
    expect(Date.parse(later.postedAt) - Date.parse(early.postedAt)).toBe(50 * 86_400_000);
    expect(later.title).toBe(early.title);
    expect(Date.parse(early.postedAt)).toBeLessThanOrEqual(Date.parse('2026-01-10T00:00:00Z'));
  });

  it('keeps a valid O*NET code as ground truth, with a title and text from that occupation', () => {
    const onet = loadOnet();
    for (const posting of corpus.postings(0, 300)) {
      const occupation = onet.occupation(posting.onetCode);
      expect(occupation).toBeDefined();
      expect(posting.occupationTitle).toBe(occupation?.title);
      const tasks = onet.tasks(posting.onetCode);
      const bullet = posting.description.split('\n').find((line) => line.startsWith('- '));
      expect([...tasks.core, ...tasks.supplemental]).toContain(bullet?.slice(2));
      const names = new Set(onet.technologySkills(posting.onetCode).map((s) => s.name));
      for (const skill of [...posting.skillsRequired, ...posting.skillsPreferred]) expect(names.has(skill)).toBe(true);
      expect(posting.description).toContain(posting.company.name);
      expect(posting.snippet.length).toBeLessThanOrEqual(161);
    }
  });

  it('has the mix of a real job board over 20,000 postings', () => {
    const n = 20_000;
    let remote = 0;
    let hybrid = 0;
    let salaried = 0;
    let expired = 0;
    let nurses = 0;
    const codes = new Set<string>();
    const companies = new Set<number>();
    const states = new Set<string>();
    const keys = new Set<string>();
    // Counting instead of asserting per posting: jest's expect costs more than generating one.
    const violations: string[] = [];
    for (const s of corpus.summaries(0, n)) {
      if (s.remoteType === 'remote') remote++;
      if (s.remoteType === 'hybrid') hybrid++;
      if (s.salary) {
        salaried++;
        const floor = s.salary.period === 'year' ? 15_000 : 7;
        if (!(s.salary.max > s.salary.min && s.salary.min >= floor)) violations.push(`${s.index}: salary`);
      }
      if (s.expired) expired++;
      if (s.ageDays < 0 || s.ageDays >= 60) violations.push(`${s.index}: age ${s.ageDays}`);
      if (s.remoteType !== 'remote' && s.location.city === null) violations.push(`${s.index}: no city`);
      if (s.onetCode === '29-1141.00') nurses++;
      codes.add(s.onetCode);
      companies.add(s.company.id);
      if (s.location.state) states.add(s.location.state);
      keys.add(s.indeedJobKey);
    }
    expect(violations).toEqual([]);
    expect(remote / n).toBeGreaterThan(0.03);
    expect(remote / n).toBeLessThan(0.15);
    expect(hybrid / n).toBeGreaterThan(0.04);
    expect(salaried / n).toBeGreaterThan(0.55);
    expect(salaried / n).toBeLessThan(0.75);
    expect(expired / n).toBeGreaterThan(0.02);
    expect(expired / n).toBeLessThan(0.12);
    expect(codes.size).toBeGreaterThan(600);
    // Registered nurses are one of the largest occupations; an orthoptist is rare.
    expect(nurses / n).toBeGreaterThan(0.01);
    expect(companies.size).toBeGreaterThan(1500);
    expect(states.size).toBeGreaterThan(40);
    expect(keys.size).toBe(n);
  });

  it('weights only occupations it can describe', () => {
    const describable = new Set(occupationCatalogue().occupations.map((o) => o.occupation.code));
    expect(Object.keys(EMPLOYMENT_THOUSANDS).filter((code) => !describable.has(code))).toEqual([]);
    expect(describable.size).toBeGreaterThan(900);
  });

  it('finds postings by the ids in their job-board URLs, and only its own', () => {
    const posting = corpus.posting(99_999);
    expect(corpus.findByIndeedKey(posting.indeedJobKey)?.index).toBe(99_999);
    expect(corpus.findByGlassdoorId(posting.glassdoorId)?.index).toBe(99_999);
    const small = new JobCorpus({ size: 10, seed: 11 });
    expect(small.findByIndeedKey(posting.indeedJobKey)).toBeUndefined();
    expect(() => small.posting(10)).toThrow(RangeError);
    expect(() => new JobCorpus({ size: 0 })).toThrow(RangeError);
    expect(CITIES.every((c, i) => c.id === i)).toBe(true);
  });
});
