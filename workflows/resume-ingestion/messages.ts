import { defineQuery } from '@temporalio/workflow';

/** Names shared by the resume-ingestion workflow and the API that starts and follows it. */
export interface ResumeIngestionInput {
  readonly resumeId: string;
  /** Queue of the reading and analysis activities; the `ml` queue unless a test or a canary routes elsewhere. */
  readonly activityTaskQueue?: string;
}

export type ResumeIngestionPhase = 'reading' | 'analysing' | 'analysed' | 'failed';

export interface ResumeIngestionResult {
  readonly resumeId: string;
  readonly status: 'analysed' | 'failed';
  readonly error: { readonly code: string; readonly message: string } | null;
}

export const resumeIngestionPhaseQuery = defineQuery<ResumeIngestionPhase>('phase');

/**
 * The codes that end ingestion at once: verdicts on the file (and the "nothing to read" case),
 * which no retry can change.
 */
export const RESUME_NON_RETRYABLE_CODES = [
  'RESUME_EMPTY',
  'RESUME_TOO_LARGE',
  'RESUME_TOO_MANY_PAGES',
  'RESUME_DECOMPRESSED_TOO_LARGE',
  'RESUME_UNSUPPORTED_TYPE',
  'RESUME_TYPE_MISMATCH',
  'RESUME_ENCRYPTED',
  'RESUME_CORRUPT',
  'RESUME_NO_TEXT',
  'RESUME_READ_TIMEOUT',
  'RESUME_INGESTION_FAILED',
] as const;
