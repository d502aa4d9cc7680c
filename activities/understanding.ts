import { HirehoundError } from '../common/errors';
import type { Logger } from '../common/logger';
import type { DB } from '../store/database';
import {
  discardRefusedResume,
  isVerdictOnFile,
  loadResumeText,
  loadUploadedFile,
  markResumeFailed,
  saveResumeAnalysis,
  saveResumeReading,
} from '../store/resumes';
import { analyseResume } from '../understanding/analysis/analyse-resume';
import { readDocument } from '../understanding/document/read-document';
import type { ReadLimits } from '../understanding/document/limits';
import { finalFailure, withApplicationFailures } from './application-failure';

export interface UnderstandingActivityDependencies {
  readonly db: DB;
  readonly logger: Logger;
  readonly limits: ReadLimits;
}

/** What the workflow sees of a reading: a summary (the text itself stays in the database, not in history). */
export interface ReadResumeResult {
  readonly format: string;
  readonly method: string;
  readonly pages: number;
  readonly ocrPages: number;
  readonly isResume: boolean;
  readonly contentChars: number;
}

export interface AnalyseResumeResult {
  readonly title: string | null;
  readonly onetCode: string | null;
  readonly skills: number;
}

/**
 * Resume ingestion activities for the `ml` task queue (CPU-bound reading and OCR). Each loads its
 * input from and writes its output to PostgreSQL by resume id, so workflow history carries ids and
 * summaries, never the file or its text.
 */
export const createUnderstandingActivities = (deps: UnderstandingActivityDependencies) => ({
  async readResumeDocument(resumeId: string): Promise<ReadResumeResult> {
    return withApplicationFailures(async () => {
      const upload = await loadUploadedFile(deps.db, resumeId);
      if (!upload) {
        // Bytes are dropped once read; a retry after a successful read has nothing left to do.
        throw finalFailure(
          new HirehoundError('RESUME_INGESTION_FAILED', {
            message: `No uploaded file is waiting for resume ${resumeId}`,
          }),
        );
      }
      const reading = await readDocument(
        { bytes: upload.bytes, fileName: upload.fileName, mediaType: upload.mediaType },
        deps.limits,
      );
      await saveResumeReading(deps.db, resumeId, reading.text, {
        format: reading.format,
        method: reading.method,
        pages: reading.pages,
        ocrPages: reading.ocrPages,
        quality: reading.quality,
        warnings: reading.warnings,
        elapsedMs: reading.elapsedMs,
      });
      deps.logger.info(
        { resumeId, method: reading.method, pages: reading.pages, ms: reading.elapsedMs },
        'resume read',
      );
      return {
        format: reading.format,
        method: reading.method,
        pages: reading.pages,
        ocrPages: reading.ocrPages,
        isResume: reading.quality.resume.isResume,
        contentChars: reading.quality.contentChars,
      };
    });
  },

  async analyseResumeText(resumeId: string): Promise<AnalyseResumeResult> {
    return withApplicationFailures(async () => {
      const text = await loadResumeText(deps.db, resumeId);
      if (text === undefined) {
        // Reading stored nothing to analyse; a retry would find the same nothing.
        throw finalFailure(
          new HirehoundError('RESUME_INGESTION_FAILED', { message: `Resume ${resumeId} has no text to analyse` }),
        );
      }
      const analysis = analyseResume(text);
      await saveResumeAnalysis(
        deps.db,
        resumeId,
        {
          title: analysis.title,
          onetCode: analysis.onetCode,
          seniority: analysis.seniority,
          yearsExperience: analysis.yearsExperience,
          educationLevel: analysis.educationLevel,
          location: analysis.location,
          skills: analysis.skills,
        },
        { ...analysis },
      );
      return { title: analysis.title, onetCode: analysis.onetCode, skills: analysis.skills.length };
    });
  },

  /**
   * How an ingestion that did not succeed ends (the activity keeps its name: recorded histories
   * call it). A verdict on the file removes every trace of the upload, and this log line is all
   * that remains of it; a failure of ours is kept as status `failed`, so the same upload runs again.
   */
  async markResumeFailed(resumeId: string, error: { code: string; message: string }): Promise<void> {
    if (isVerdictOnFile(error.code)) {
      await discardRefusedResume(deps.db, resumeId);
      deps.logger.info({ resumeId, code: error.code }, 'resume refused; nothing from it is kept');
      return;
    }
    await markResumeFailed(deps.db, resumeId, error);
  },
});

export type UnderstandingActivities = ReturnType<typeof createUnderstandingActivities>;
