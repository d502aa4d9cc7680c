import {
  occupationRelation,
  scoreEducation,
  scoreExperience,
  scoreLocation,
  scoreOccupation,
  scoreSeniority,
  scoreSkills,
} from './ats-components';
import { jobFeatures, profileFeatures } from './test-fixtures';
import { onetRelatedOccupations } from '../occupations';

const related = onetRelatedOccupations;

describe('scoreSkills', () => {
  it('weighs required skills fully and nice-to-have skills half, ignoring case and duplicates', () => {
    const s = scoreSkills(
      { skills: ['go', 'KAFKA', 'Docker'] },
      { skillsRequired: ['Go', 'PostgreSQL', 'go'], skillsPreferred: ['Kafka', 'Terraform', 'PostgreSQL'] },
    );
    // required: Go ✓ PostgreSQL ✗ (2); preferred: Kafka ✓ Terraform ✗ (PostgreSQL counted as required).
    expect(s.score).toBeCloseTo((1 + 0.5) / (2 + 0.5 * 2), 10);
    expect(s.matchedRequired).toEqual(['Go']);
    expect(s.missingRequired).toEqual(['PostgreSQL']);
    expect(s.matchedPreferred).toEqual(['Kafka']);
    expect(s.missingPreferred).toEqual(['Terraform']);
    expect(s.detail).toBe('1/2 required skills (Go), missing PostgreSQL; 1/2 nice-to-have (Kafka)');
  });

  it('cannot judge a posting without skills (null), and gives 0 to a profile without skills', () => {
    expect(scoreSkills({ skills: ['Go'] }, { skillsRequired: [], skillsPreferred: [] }).score).toBeNull();
    const none = scoreSkills({ skills: [] }, { skillsRequired: ['Go'], skillsPreferred: [] });
    expect(none.score).toBe(0);
    expect(none.detail).toContain('the profile lists no skills');
  });

  it('is 1 when every listed skill is held', () => {
    expect(scoreSkills({ skills: ['Go', 'SQL'] }, { skillsRequired: ['go'], skillsPreferred: ['sql'] }).score).toBe(1);
  });
});

describe('scoreExperience', () => {
  it('is 1 at or above the requirement and falls linearly below it', () => {
    expect(scoreExperience({ yearsExperience: 7 }, { yearsRequired: 5 }).score).toBe(1);
    expect(scoreExperience({ yearsExperience: 5 }, { yearsRequired: 5 }).score).toBe(1);
    expect(scoreExperience({ yearsExperience: 4 }, { yearsRequired: 5 }).score).toBeCloseTo(0.8);
    expect(scoreExperience({ yearsExperience: 0 }, { yearsRequired: 3 }).score).toBe(0);
    expect(scoreExperience({ yearsExperience: 0 }, { yearsRequired: 0 }).score).toBe(1);
  });

  it('cannot judge without a requirement; an unknown profile gets the middle', () => {
    expect(scoreExperience({ yearsExperience: 3 }, { yearsRequired: null }).score).toBeNull();
    expect(scoreExperience({ yearsExperience: null }, { yearsRequired: 3 }).score).toBe(0.5);
  });
});

describe('scoreEducation', () => {
  it('scores by levels short of the requirement', () => {
    expect(scoreEducation({ educationLevel: 'master' }, { educationRequired: 'bachelor' }).score).toBe(1);
    expect(scoreEducation({ educationLevel: 'associate' }, { educationRequired: 'bachelor' }).score).toBe(0.6);
    expect(scoreEducation({ educationLevel: 'some_college' }, { educationRequired: 'bachelor' }).score).toBe(0.3);
    expect(scoreEducation({ educationLevel: 'high_school' }, { educationRequired: 'doctorate' }).score).toBe(0);
    expect(scoreEducation({ educationLevel: null }, { educationRequired: 'bachelor' }).score).toBe(0.5);
    expect(scoreEducation({ educationLevel: 'bachelor' }, { educationRequired: null }).score).toBeNull();
  });
});

describe('scoreSeniority', () => {
  it('hurts more below the posting than above it', () => {
    expect(scoreSeniority({ seniority: 'senior' }, { seniority: 'senior' }).score).toBe(1);
    expect(scoreSeniority({ seniority: 'mid' }, { seniority: 'senior' }).score).toBe(0.6);
    expect(scoreSeniority({ seniority: 'lead' }, { seniority: 'senior' }).score).toBe(0.8);
    expect(scoreSeniority({ seniority: 'intern' }, { seniority: 'principal' }).score).toBe(0);
    expect(scoreSeniority({ seniority: null }, { seniority: 'senior' }).score).toBeNull();
    expect(scoreSeniority({ seniority: 'mid' }, { seniority: null }).score).toBeNull();
  });
});

describe('occupation fit', () => {
  it('follows the O*NET-SOC hierarchy and O*NET related occupations', () => {
    expect(occupationRelation('15-1252.00', '15-1252.00', related)).toBe('same');
    expect(occupationRelation('15-2051.00', '15-2051.01', related)).toBe('same-soc');
    // O*NET lists Software Quality Assurance Analysts as related to Software Developers.
    expect(related('15-1252.00')).toContain('15-1253.00');
    expect(occupationRelation('15-1252.00', '15-1253.00', related)).toBe('related');
    expect(occupationRelation('29-1141.00', '15-1252.00', related)).toBe('unrelated');
    expect(occupationRelation('15-1299.08', '15-1252.00', () => [])).toBe('same-minor');
  });

  it('uses the best of the profile guesses, alternatives weighted by relative confidence', () => {
    const profile = profileFeatures({
      onetCode: '29-1141.00',
      occupations: [
        { code: '29-1141.00', title: 'Registered Nurses', confidence: 0.6 },
        { code: '15-1252.00', title: 'Software Developers', confidence: 0.3 },
      ],
    });
    const s = scoreOccupation(profile, jobFeatures(), related);
    expect(s.score).toBeCloseTo(0.5, 10);
    expect(s.profileCode).toBe('15-1252.00');
    expect(s.relation).toBe('same');
    // A related occupation is half a match; a neighbour in the same family a little less.
    expect(scoreOccupation(profileFeatures(), jobFeatures({ onetCode: '15-1253.00' }), related).score).toBe(0.5);
    expect(scoreOccupation(profileFeatures(), jobFeatures({ onetCode: '29-1141.00' }), related).score).toBe(0);
    expect(scoreOccupation(profileFeatures(), jobFeatures({ onetCode: null }), related).score).toBeNull();
    expect(
      scoreOccupation(profileFeatures({ onetCode: null, occupations: [] }), jobFeatures(), related).score,
    ).toBeNull();
  });
});

describe('scoreLocation', () => {
  it('remote fits anyone; on-site depends on where the profile is', () => {
    expect(scoreLocation({ location: null }, { remoteType: 'remote', location: 'Berlin' }).score).toBe(1);
    expect(scoreLocation({ location: 'Austin, TX' }, { remoteType: 'onsite', location: 'austin, tx' }).score).toBe(1);
    expect(scoreLocation({ location: 'Austin, TX' }, { remoteType: 'hybrid', location: 'Dallas, TX' }).score).toBe(0.6);
    expect(scoreLocation({ location: 'Austin, TX' }, { remoteType: 'onsite', location: 'Berlin, Germany' }).score).toBe(
      0.1,
    );
    expect(scoreLocation({ location: null }, { remoteType: 'onsite', location: 'Berlin' }).score).toBe(0.5);
    expect(scoreLocation({ location: 'Berlin' }, { remoteType: 'onsite', location: null }).score).toBeNull();
  });

  it('reads a state written out and its postal code as the same region', () => {
    expect(scoreLocation({ location: 'Austin, Texas' }, { remoteType: 'onsite', location: 'Dallas, TX' }).score).toBe(
      0.6,
    );
    expect(scoreLocation({ location: 'Texas' }, { remoteType: 'onsite', location: 'Houston, TX' }).score).toBe(0.6);
    expect(
      scoreLocation({ location: 'Portland, OR' }, { remoteType: 'onsite', location: 'Portland, Oregon' }).score,
    ).toBe(1);
  });

  it('takes the same city name in two different states for two places', () => {
    const score = (profile: string, job: string): number | null =>
      scoreLocation({ location: profile }, { remoteType: 'onsite', location: job }).score;
    expect(score('Portland, OR', 'Portland, Maine')).toBe(0.1);
    expect(score('Salem, Oregon', 'Salem, MA')).toBe(0.1);
    expect(score('Springfield', 'Springfield, IL')).toBe(1);
  });
});
