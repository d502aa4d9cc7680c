import type { ScoreReason } from '../common/vocabulary/ingestion';
import type { RemoteType } from '../common/vocabulary/jobs';
import type { EducationLevel, SalaryRange } from '../understanding/features';
import type { EmploymentType } from './normalize';

/**
 * The posting as the quality and spam scores read it: cleaned text and normalized fields.
 * Both scores are 0–100 and come with their reasons, so an admin sees why a posting was held.
 */
export interface PostingForScoring {
  readonly title: string;
  readonly companyName: string | null;
  readonly location: string | null;
  readonly remoteType: RemoteType;
  /** The cleaned full description, when the source gave one. */
  readonly description: string | null;
  readonly snippet: string | null;
  readonly salary: SalaryRange | null;
  readonly employmentType: EmploymentType | null;
  readonly postedAt: Date | null;
  readonly skillCount: number;
  readonly yearsRequired: number | null;
  readonly educationRequired: EducationLevel | null;
  readonly onetCode: string | null;
}

export type { ScoreReason };

export interface Score {
  /** 0–100. */
  readonly score: number;
  readonly reasons: readonly ScoreReason[];
}

export function scoreOf(reasons: readonly ScoreReason[]): Score {
  const total = reasons.reduce((sum, r) => sum + r.points, 0);
  return { score: Math.max(0, Math.min(100, Math.round(total))), reasons };
}
