import { loadConfig } from '../../common/config';
import { calibrateCosine, scoreMatch, type ScoringInput, type ScoringWeights } from './composite';
import { jobFeatures, profileFeatures } from './test-fixtures';
import { onetRelatedOccupations } from '../occupations';

const related = onetRelatedOccupations;
const calibration = { unrelated: 0.1, strong: 0.7 };
const defaults: ScoringWeights = loadConfig({
  DATABASE_URL: 'postgres://u@127.0.0.1:5432/db',
  REDIS_URL: 'redis://127.0.0.1:6379',
  TEMPORAL_ADDRESS: '127.0.0.1:7233',
}).matching.weights;

function input(overrides: Partial<ScoringInput> = {}): ScoringInput {
  return {
    profile: profileFeatures(),
    job: jobFeatures(),
    semantic: { listingCosine: 0.55, fulltextCosine: null, calibration },
    ageDays: 9,
    freshnessDays: 45,
    ...overrides,
  };
}

const sumPoints = (reasons: readonly { points: number }[]): number =>
  Math.round(reasons.reduce((s, r) => s + r.points, 0) * 100) / 100;

describe('scoreMatch', () => {
  it('is 0.7·ATS + 0.3·semantic + freshness, and the reasons add up to the score', () => {
    const m = scoreMatch(input(), defaults, related);
    // skills: 2/2 required, Kafka (nice-to-have) missing → 2/2.5 = 0.8; all others 1.
    // ATS = (35·0.8 + 35 + 10 + 8 + 8 + 4) / 100 = 0.93.
    expect(m.ats).toBeCloseTo(93, 5);
    expect(m.semantic).toBeCloseTo(75, 5); // (0.55 − 0.1) / 0.6
    expect(m.freshnessBoost).toBeCloseTo(2.4, 5); // 3 · (1 − 9/45)
    expect(m.score).toBeCloseTo(0.7 * 93 + 0.3 * 75 + 2.4, 1);
    expect(sumPoints(m.reasons)).toBeCloseTo(m.score, 5);
    const skills = m.reasons.find((r) => r.component === 'skills')!;
    expect(skills.weight).toBeCloseTo(0.7 * 0.35, 5);
    expect(skills.points).toBeCloseTo(0.7 * 0.35 * 0.8 * 100, 2);
    expect(m.matchedSkills).toEqual(['Go', 'PostgreSQL']);
    expect(m.missingSkills).toEqual(['Kafka']);
    expect(m.embedding).toBe('listing');
  });

  it('honours configured weights', () => {
    const semanticOnly = { ...defaults, ats: 0, semantic: 1, freshnessBoost: 0 };
    const m = scoreMatch(input(), semanticOnly, related);
    expect(m.score).toBeCloseTo(75, 5);
    expect(m.reasons.filter((r) => r.component !== 'semantic').every((r) => r.points === 0)).toBe(true);
    const skillsOnly = {
      ...defaults,
      freshnessBoost: 0,
      atsComponents: { skills: 1, occupation: 0, experience: 0, education: 0, seniority: 0, location: 0 },
    };
    expect(scoreMatch(input(), skillsOnly, related).ats).toBeCloseTo(80, 5);
  });

  it('redistributes the weight of what the posting does not state (no skills listed)', () => {
    const m = scoreMatch(input({ job: jobFeatures({ skillsRequired: [], skillsPreferred: [] }) }), defaults, related);
    expect(m.ats).toBeCloseTo(100, 5);
    const skills = m.reasons.find((r) => r.component === 'skills')!;
    expect(skills).toMatchObject({ score: null, weight: 0, points: 0, detail: 'the posting lists no skills' });
    expect(sumPoints(m.reasons)).toBeCloseTo(m.score, 5);
  });

  it('lets semantic carry the score when nothing can be judged', () => {
    const bare = jobFeatures({
      onetCode: null,
      skillsRequired: [],
      skillsPreferred: [],
      yearsRequired: null,
      educationRequired: null,
      seniority: null,
      remoteType: 'onsite',
      location: null,
    });
    const m = scoreMatch(input({ job: bare, ageDays: null }), defaults, related);
    expect(m.ats).toBeNull();
    expect(m.score).toBeCloseTo(75, 5);
    expect(m.reasons.find((r) => r.component === 'semantic')!.weight).toBe(1);
  });

  it('counts the fit components only beside skills or an occupation (a bare posting is judged by meaning)', () => {
    // Nothing analysed but a remote place: location alone would be the whole ATS (100).
    const bare = jobFeatures({
      onetCode: null,
      occupations: [],
      skillsRequired: [],
      skillsPreferred: [],
      yearsRequired: null,
      educationRequired: null,
      seniority: null,
    });
    const m = scoreMatch(input({ job: bare, ageDays: null }), defaults, related);
    expect(m.ats).toBeNull();
    expect(m.score).toBeCloseTo(75, 5);
    const location = m.reasons.find((r) => r.component === 'location')!;
    expect(location).toMatchObject({ score: 1, weight: 0, points: 0 });
    expect(location.detail).toContain('not counted: the posting names no skills and no occupation');
    expect(sumPoints(m.reasons)).toBeCloseTo(m.score, 5);
    // A matching posting that is analysed ranks above it, though it fits less than perfectly.
    expect(scoreMatch(input({ ageDays: null }), defaults, related).score).toBeGreaterThan(m.score);
    // One of the two is enough for the others to count.
    const withOccupation = scoreMatch(
      input({ job: { ...bare, onetCode: '15-1252.00' }, ageDays: null }),
      defaults,
      related,
    );
    expect(withOccupation.ats).toBeCloseTo(100, 5);
    // With weights that give neither of the two a say, the fit components are the ATS.
    const fitOnly = { ...defaults, atsComponents: { ...defaults.atsComponents, skills: 0, occupation: 0 } };
    expect(scoreMatch(input({ job: bare, ageDays: null }), fitOnly, related).ats).toBeCloseTo(100, 5);
  });

  it('does not care whether the posting states a salary (a hard filter, not a score component)', () => {
    const withSalary = jobFeatures({
      salary: { min: 150000, max: 180000, currency: 'USD', period: 'year', annualMin: 150000, annualMax: 180000 },
    });
    expect(scoreMatch(input({ job: withSalary }), defaults, related).score).toBe(
      scoreMatch(input(), defaults, related).score,
    );
  });

  it('scores a remote posting above the same posting on-site in another city', () => {
    const remote = scoreMatch(input(), defaults, related);
    const elsewhere = scoreMatch(
      input({ job: jobFeatures({ remoteType: 'onsite', location: 'Berlin, Germany' }) }),
      defaults,
      related,
    );
    const local = scoreMatch(
      input({ job: jobFeatures({ remoteType: 'onsite', location: 'Austin, TX' }) }),
      defaults,
      related,
    );
    expect(remote.score).toBeGreaterThan(elsewhere.score);
    expect(local.score).toBe(remote.score);
    expect(elsewhere.reasons.find((r) => r.component === 'location')!.detail).toBe(
      'on-site in Berlin, Germany, the profile is in Austin, TX',
    );
  });

  it('prefers the full-description similarity once the posting is enriched', () => {
    const m = scoreMatch(
      input({ semantic: { listingCosine: 0.2, fulltextCosine: 0.64, calibration } }),
      defaults,
      related,
    );
    expect(m.embedding).toBe('fulltext');
    expect(m.semantic).toBeCloseTo(90, 5);
  });

  it('stays within 0..100 and gives no freshness boost past the window', () => {
    const perfect = scoreMatch(
      input({
        job: jobFeatures({ skillsPreferred: [] }),
        semantic: { listingCosine: 0.99, fulltextCosine: null, calibration },
        ageDays: 0,
      }),
      defaults,
      related,
    );
    expect(perfect.score).toBe(100);
    const stale = scoreMatch(input({ ageDays: 60 }), defaults, related);
    expect(stale.freshnessBoost).toBe(0);
    const hopeless = scoreMatch(
      input({
        profile: profileFeatures({
          skills: [],
          onetCode: '29-1141.00',
          occupations: [],
          yearsExperience: 0,
          seniority: 'intern',
          educationLevel: 'high_school',
        }),
        job: jobFeatures({
          educationRequired: 'doctorate',
          seniority: 'principal',
          remoteType: 'onsite',
          location: 'Berlin',
        }),
        semantic: { listingCosine: -0.2, fulltextCosine: null, calibration },
        ageDays: 45,
      }),
      defaults,
      related,
    );
    // Everything 0 except the on-site-elsewhere location (0.1 · 4% of ATS · 0.7).
    expect(hopeless.score).toBeCloseTo(0.28, 5);
  });
});

describe('calibrateCosine', () => {
  it('maps the unrelated level to 0 and the strong level to 1, clamped', () => {
    expect(calibrateCosine(0.1, calibration)).toBe(0);
    expect(calibrateCosine(0.7, calibration)).toBe(1);
    expect(calibrateCosine(0.4, calibration)).toBeCloseTo(0.5, 10);
    expect(calibrateCosine(-1, calibration)).toBe(0);
    expect(calibrateCosine(1, calibration)).toBe(1);
  });
});
