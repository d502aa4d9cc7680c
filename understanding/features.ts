import type { RemoteType, SalaryPeriod } from '../common/vocabulary/jobs';
import type { EducationLevel } from './onet/types';

/**
 * The normalized features Hermes extracts, the contract between understanding/ (which produces
 * them from resumes and postings) and matching/ (which scores one against the other). The same
 * vocabularies on both sides: canonical skill names, O*NET-SOC codes, education levels, seniority.
 */

export type { EducationLevel } from './onet/types';

export const SENIORITY_LEVELS = ['intern', 'junior', 'mid', 'senior', 'lead', 'principal', 'executive'] as const;
export type Seniority = (typeof SENIORITY_LEVELS)[number];

export interface OccupationGuess {
  /** O*NET-SOC code, e.g. "15-1252.00". */
  readonly code: string;
  readonly title: string;
  /** 0..1 */
  readonly confidence: number;
}

export interface ProfileFeatures {
  /** Canonical title (O*NET occupation title of the best guess), or null when nothing fits. */
  readonly title: string | null;
  readonly onetCode: string | null;
  /** Top-k occupations, best first. */
  readonly occupations: readonly OccupationGuess[];
  /** Canonical skill names (see understanding's skill taxonomy). */
  readonly skills: readonly string[];
  readonly yearsExperience: number | null;
  readonly seniority: Seniority | null;
  readonly educationLevel: EducationLevel | null;
  readonly location: string | null;
}

export interface SalaryRange {
  readonly min: number | null;
  readonly max: number | null;
  /** ISO 4217, e.g. "USD". */
  readonly currency: string;
  readonly period: SalaryPeriod;
  /** min/max converted to a yearly amount in the same currency. */
  readonly annualMin: number | null;
  readonly annualMax: number | null;
}

export interface JobFeatures {
  readonly title: string;
  readonly onetCode: string | null;
  readonly occupations: readonly OccupationGuess[];
  readonly skillsRequired: readonly string[];
  readonly skillsPreferred: readonly string[];
  readonly yearsRequired: number | null;
  readonly educationRequired: EducationLevel | null;
  readonly seniority: Seniority | null;
  readonly remoteType: RemoteType;
  readonly location: string | null;
  readonly salary: SalaryRange | null;
  readonly visaSponsorship: boolean | null;
}
