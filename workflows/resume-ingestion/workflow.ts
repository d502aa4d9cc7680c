import { ActivityFailure, ApplicationFailure, proxyActivities, setHandler } from '@temporalio/workflow';
import type { UnderstandingActivities } from '../../activities/understanding';
import { TASK_QUEUES } from '../../temporal/task-queues';
import { retryPolicy } from '../retry-policy';
import {
  resumeIngestionPhaseQuery,
  type ResumeIngestionInput,
  type ResumeIngestionPhase,
  type ResumeIngestionResult,
} from './messages';

function ingestionActivities(taskQueue: string) {
  // Reading has its own wall-clock limit inside the activity (RESUME_READ_TIMEOUT_MS, 30 s by
  // default); the activity timeout leaves room for it plus the database writes.
  const { readResumeDocument, analyseResumeText } = proxyActivities<UnderstandingActivities>({
    taskQueue,
    startToCloseTimeout: '2 minutes',
    retry: retryPolicy({
      initialInterval: '1 second',
      backoffCoefficient: 2,
      maximumInterval: '30 seconds',
      maximumAttempts: 3,
    }),
  });
  // Recording a failure is a single UPDATE: retried patiently, since the resume must not stay "received".
  const { markResumeFailed } = proxyActivities<UnderstandingActivities>({
    taskQueue,
    startToCloseTimeout: '30 seconds',
    retry: retryPolicy({ initialInterval: '1 second', maximumAttempts: 10 }),
  });
  return { readResumeDocument, analyseResumeText, markResumeFailed };
}

function failureOf(err: unknown): { code: string; message: string } {
  const cause = err instanceof ActivityFailure ? err.cause : err;
  if (cause instanceof ApplicationFailure && cause.type) return { code: cause.type, message: cause.message };
  return { code: 'RESUME_INGESTION_FAILED', message: 'The resume could not be processed' };
}

/**
 * read → analyse → (embed: see below). Id `resume-<resumeId>`, so one upload is ingested once.
 *
 * Ends with the resume in status `analysed` and its embedding NULL: embedding belongs to the
 * matching module, which adds its activity after `analyseResumeText` (moving the status to
 * `ready`) or embeds `analysed` rows later; nothing else has to change here.
 * A failure is recorded on the resume (status `failed`, error code and message) and returned, not
 * thrown: for the caller it is an answer about the file, not a broken workflow.
 */
export async function resumeIngestionWorkflow(input: ResumeIngestionInput): Promise<ResumeIngestionResult> {
  let phase: ResumeIngestionPhase = 'reading';
  setHandler(resumeIngestionPhaseQuery, () => phase);
  const { readResumeDocument, analyseResumeText, markResumeFailed } = ingestionActivities(
    input.activityTaskQueue ?? TASK_QUEUES.ml,
  );
  try {
    await readResumeDocument(input.resumeId);
    phase = 'analysing';
    await analyseResumeText(input.resumeId);
    phase = 'analysed';
    return { resumeId: input.resumeId, status: 'analysed', error: null };
  } catch (err) {
    const error = failureOf(err);
    await markResumeFailed(input.resumeId, error);
    phase = 'failed';
    return { resumeId: input.resumeId, status: 'failed', error };
  }
}
