import type { JobFeatures, ProfileFeatures } from '../../understanding/features';

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
