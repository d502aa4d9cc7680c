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
