import { REMOTE_TYPES } from '../../common/vocabulary/jobs';
import { SENIORITY_LEVELS, type JobFeatures, type ProfileFeatures } from '../../understanding/features';
import { EDUCATION_LEVELS } from '../../understanding/onet/types';
import type { ScoringInput } from './composite';

/** A complete profile and posting to vary field by field in the scoring tests. */
export function profileFeatures(overrides: Partial<ProfileFeatures> = {}): ProfileFeatures {
  return {
    title: 'Software Developers',
    onetCode: '15-1252.00',
    occupations: [{ code: '15-1252.00', title: 'Software Developers', confidence: 0.8 }],
    skills: ['Go', 'PostgreSQL', 'Kubernetes', 'Python'],
    yearsExperience: 6,
    seniority: 'senior',
    educationLevel: 'bachelor',
    location: 'Austin, TX',
    ...overrides,
  };
}

export function jobFeatures(overrides: Partial<JobFeatures> = {}): JobFeatures {
  return {
    title: 'Senior Backend Engineer',
    onetCode: '15-1252.00',
    occupations: [],
    skillsRequired: ['Go', 'PostgreSQL'],
    skillsPreferred: ['Kafka'],
    yearsRequired: 5,
    educationRequired: 'bachelor',
    seniority: 'senior',
    remoteType: 'remote',
    location: null,
    salary: null,
    visaSponsorship: null,
    ...overrides,
  };
}

/** Deterministic pseudo-random numbers (mulberry32): the same pairs on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SKILLS = ['Go', 'PostgreSQL', 'Kafka', 'Python', 'SQL', 'Docker', 'Kubernetes', 'Excel', 'Phlebotomy', 'AutoCAD'];
/** Same occupation, specialties, O*NET-related, same broad/minor/major group, unrelated. */
const CODES = [
  '15-1252.00',
  '15-1252.01',
  '15-1253.00',
  '15-1254.00',
  '15-1211.00',
  '15-2051.00',
  '29-1141.00',
  '47-2111.00',
];
const PLACES = [
  'Austin, TX',
  'Austin, Texas',
  'Dallas, TX',
  'Portland, OR',
  'Portland, ME',
  'Berlin, Germany',
  'Remote',
];

/**
 * Profile/posting pairs that vary every field the scorer reads, as stored data does (case,
 * whitespace, duplicates, unknowns), over occupations at every distance from each other.
 */
export function generatedPairs(count: number, seed: number): ScoringInput[] {
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const maybe = <T>(value: T, p = 0.75): T | null => (random() < p ? value : null);
  // Case, whitespace and duplicates vary as they do in stored data.
  const skillList = (max: number): string[] =>
    Array.from({ length: Math.floor(random() * (max + 1)) }, () => {
      const s = pick(SKILLS);
      const r = random();
      return r < 0.2 ? s.toLowerCase() : r < 0.3 ? ` ${s} ` : s;
    });
  const pairs: ScoringInput[] = [];
  for (let i = 0; i < count; i++) {
    const profileCode = maybe(pick(CODES), 0.6);
    const profile: ProfileFeatures = {
      title: maybe('Software Developers'),
      onetCode: profileCode,
      occupations: Array.from({ length: Math.floor(random() * 3) }, () => ({
        code: pick(CODES),
        title: 'x',
        confidence: Math.round(random() * 100) / 100,
      })),
      skills: skillList(6),
      yearsExperience: maybe(Math.round(random() * 150) / 10),
      seniority: maybe(pick(SENIORITY_LEVELS)),
      educationLevel: maybe(pick(EDUCATION_LEVELS)),
      location: maybe(pick(PLACES)),
    };
    const job: JobFeatures = {
      title: pick(['Senior Backend Engineer', 'Registered Nurse', 'Data Scientist']),
      onetCode: maybe(pick(CODES), 0.8),
      occupations: random() < 0.1 ? [{ code: pick(CODES), title: 'y', confidence: 0.5 }] : [],
      skillsRequired: skillList(5),
      skillsPreferred: skillList(3),
      yearsRequired: maybe(Math.floor(random() * 10), 0.6),
      educationRequired: maybe(pick(EDUCATION_LEVELS), 0.5),
      seniority: maybe(pick(SENIORITY_LEVELS), 0.6),
      remoteType: pick(REMOTE_TYPES),
      location: maybe(pick(PLACES), 0.8),
      salary: null,
      visaSponsorship: null,
    };
    const listingCosine = random() * 0.9 - 0.05;
    pairs.push({
      profile,
      job,
      semantic: {
        listingCosine,
        fulltextCosine: random() < 0.4 ? listingCosine + (random() - 0.5) * 0.1 : null,
        calibration: { unrelated: 0.1, strong: 0.7 },
      },
      ageDays: random() < 0.1 ? null : random() * 60 - 2,
      freshnessDays: 45,
    });
  }
  return pairs;
}
