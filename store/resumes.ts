import type { SqlBool } from 'kysely';
import type { ResumeRow, ResumeStatus } from '../schema/resumes.table';
import type { DB } from './database';

export type { ResumeStatus } from '../schema/resumes.table';

/** What the Document Reader reported about the file (no text: that is in `text`). */
export interface ResumeReadingSummary {
  readonly format: string;
  readonly method: string;
  readonly pages: number;
  readonly ocrPages: number;
  readonly quality: Readonly<Record<string, unknown>>;
  readonly warnings: readonly string[];
  readonly elapsedMs: number;
}

export interface Resume {
  readonly id: string;
  readonly userId: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly sizeBytes: number;
  readonly contentSha256: string;
  readonly status: ResumeStatus;
  readonly error: { readonly code: string; readonly message: string } | null;
  readonly reading: ResumeReadingSummary | null;
  /** The whole Hermes analysis (understanding/analysis/analyse-resume.ts), as stored. */
  readonly analysis: Readonly<Record<string, unknown>> | null;
  readonly hasEmbedding: boolean;
  readonly embeddingModel: string | null;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** The columns matching reads directly; the rest of the analysis stays in the jsonb. */
export interface ResumeFeaturesColumns {
  readonly title: string | null;
  readonly onetCode: string | null;
  readonly seniority: string | null;
  readonly yearsExperience: number | null;
  readonly educationLevel: string | null;
  readonly location: string | null;
  readonly skills: readonly string[];
}

const SUMMARY_COLUMNS = [
  'id',
  'user_id',
  'file_name',
  'media_type',
  'size_bytes',
  'content_sha256',
  'status',
  'error',
  'parse',
  'analysis',
  'embedding_model',
  'created_at',
  'updated_at',
] as const;

type SummaryRow = Pick<ResumeRow, (typeof SUMMARY_COLUMNS)[number]> & { has_embedding: SqlBool };

function toResume(row: SummaryRow): Resume {
  return {
    id: row.id,
    userId: row.user_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    contentSha256: row.content_sha256,
    status: row.status,
    error: row.error,
    reading: row.parse as ResumeReadingSummary | null,
    analysis: row.analysis,
    hasEmbedding: Boolean(row.has_embedding),
    embeddingModel: row.embedding_model,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function selectResume(db: DB) {
  return db
    .selectFrom('resumes')
    .select(SUMMARY_COLUMNS)
    .select((eb) => eb('embedding', 'is not', null).as('has_embedding'));
}

export interface NewResumeUpload {
  readonly userId: string;
  readonly fileName: string;
  readonly mediaType: string;
  readonly contentSha256: string;
  readonly bytes: Buffer;
}

/**
 * Registers an upload, once per user and content: a new file gets a row in status `received` and
 * its bytes parked in `resume_uploads` for the reader; the same file again returns the existing
 * row (`created: false`). A resume whose earlier ingestion failed for a transient reason (not a
 * RESUME_* verdict on the file itself) is reset so the new upload runs again.
 */
export async function registerResumeUpload(
  db: DB,
  upload: NewResumeUpload,
): Promise<{ resume: Resume; created: boolean }> {
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('resumes')
      .values({
        user_id: upload.userId,
        file_name: upload.fileName,
        media_type: upload.mediaType,
        size_bytes: upload.bytes.length,
        content_sha256: upload.contentSha256,
      })
      .onConflict((oc) => oc.columns(['user_id', 'content_sha256']).doNothing())
      .returning('id')
      .executeTakeFirst();
    let id = inserted?.id;
    let created = inserted !== undefined;
    if (!id) {
      const existing = await trx
        .selectFrom('resumes')
        .select(['id', 'status', 'error'])
        .where('user_id', '=', upload.userId)
        .where('content_sha256', '=', upload.contentSha256)
        .forUpdate()
        .executeTakeFirstOrThrow();
      id = existing.id;
      const transient = existing.status === 'failed' && !isVerdictOnFile(existing.error?.code);
      if (transient) {
        await trx
          .updateTable('resumes')
          .set({
            status: 'received',
            error: null,
            file_name: upload.fileName,
            media_type: upload.mediaType,
            updated_at: new Date(),
          })
          .where('id', '=', id)
          .execute();
        created = true;
      }
    }
    if (created) {
      await trx
        .insertInto('resume_uploads')
        .values({ resume_id: id, bytes: upload.bytes })
        .onConflict((oc) => oc.column('resume_id').doUpdateSet({ bytes: upload.bytes }))
        .execute();
    }
    const row = await selectResume(trx).where('id', '=', id).executeTakeFirstOrThrow();
    return { resume: toResume(row), created };
  });
}

/** Errors that judge the file itself: uploading the same bytes again cannot change them. */
export function isVerdictOnFile(code: string | undefined): boolean {
  return code !== undefined && code.startsWith('RESUME_') && code !== 'RESUME_INGESTION_FAILED';
}

export async function findResumeForUser(db: DB, userId: string, id: string): Promise<Resume | undefined> {
  const row = await selectResume(db).where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
  return row ? toResume(row) : undefined;
}

export async function findResume(db: DB, id: string): Promise<Resume | undefined> {
  const row = await selectResume(db).where('id', '=', id).executeTakeFirst();
  return row ? toResume(row) : undefined;
}

/** The parked bytes of an upload not yet read; undefined once read (or never uploaded). */
export async function loadUploadedFile(
  db: DB,
  resumeId: string,
): Promise<{ bytes: Buffer; fileName: string; mediaType: string } | undefined> {
  return db
    .selectFrom('resume_uploads')
    .innerJoin('resumes', 'resumes.id', 'resume_uploads.resume_id')
    .select(['resume_uploads.bytes', 'resumes.file_name as fileName', 'resumes.media_type as mediaType'])
    .where('resume_uploads.resume_id', '=', resumeId)
    .executeTakeFirst();
}

/** Stores the extracted text and reading summary and drops the original bytes, in one step. */
export async function saveResumeReading(
  db: DB,
  resumeId: string,
  text: string,
  reading: ResumeReadingSummary,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('resumes')
      .set({ status: 'parsed', text, parse: JSON.stringify(reading), error: null, updated_at: new Date() })
      .where('id', '=', resumeId)
      .execute();
    await trx.deleteFrom('resume_uploads').where('resume_id', '=', resumeId).execute();
  });
}

export async function loadResumeText(db: DB, resumeId: string): Promise<string | undefined> {
  const row = await db.selectFrom('resumes').select('text').where('id', '=', resumeId).executeTakeFirst();
  return row?.text ?? undefined;
}

/**
 * Stores the analysis: status `analysed`, embedding still NULL. Embedding is the next step (the
 * matching module's); a resume in `analysed` with a NULL embedding is exactly "ready to embed".
 */
export async function saveResumeAnalysis(
  db: DB,
  resumeId: string,
  features: ResumeFeaturesColumns,
  analysis: Readonly<Record<string, unknown>>,
): Promise<void> {
  await db
    .updateTable('resumes')
    .set({
      status: 'analysed',
      analysis: JSON.stringify(analysis),
      title: features.title,
      onet_code: features.onetCode,
      seniority: features.seniority,
      years_experience: features.yearsExperience,
      education_level: features.educationLevel,
      location: features.location,
      skills: [...features.skills],
      error: null,
      updated_at: new Date(),
    })
    .where('id', '=', resumeId)
    .execute();
}

/**
 * Forgets a refused upload entirely: its row and any parked bytes. Nothing from an input we refuse
 * is kept (the caller logs the verdict; the API answers it from the ingestion's result).
 */
export async function discardRefusedResume(db: DB, resumeId: string): Promise<void> {
  // resume_uploads goes with it (ON DELETE CASCADE).
  await db.deleteFrom('resumes').where('id', '=', resumeId).execute();
}

/** Records why ingestion stopped and drops any parked bytes: a failed file is not kept either. */
export async function markResumeFailed(
  db: DB,
  resumeId: string,
  error: { code: string; message: string },
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('resumes')
      .set({ status: 'failed', error: JSON.stringify(error), updated_at: new Date() })
      .where('id', '=', resumeId)
      .execute();
    await trx.deleteFrom('resume_uploads').where('resume_id', '=', resumeId).execute();
  });
}

/** What starting a search needs to know about a resume: that it is the user's and analysed. */
export interface ResumeForSearch {
  readonly id: string;
  readonly analysed: boolean;
  readonly title: string | null;
  readonly location: string | null;
}

export async function findResumeForSearch(
  db: DB,
  userId: string,
  resumeId: string,
): Promise<ResumeForSearch | undefined> {
  const row = await db
    .selectFrom('resumes')
    .select(['id', 'status', 'title', 'location'])
    .where('id', '=', resumeId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row
    ? {
        id: row.id,
        analysed: row.status === 'analysed' || row.status === 'ready',
        title: row.title,
        location: row.location,
      }
    : undefined;
}

/** What a person corrected in the understanding of their resume; absent fields are left as they are. */
export interface ResumeCorrection {
  /** What they call their job, in their words. */
  readonly jobTitle?: string;
  /** The occupation they chose among the analysis' guesses. */
  readonly occupation?: { readonly code: string; readonly title: string };
  readonly location?: string | null;
  /** Canonical skill names. */
  readonly skills?: readonly string[];
  /** Typed skills the taxonomy does not know: kept for the person to see, never matched on. */
  readonly unrecognisedSkills?: readonly string[];
}

const CORRECTABLE = ['jobTitle', 'title', 'onetCode', 'location', 'skills'] as const;

/**
 * Applies a correction to the columns matching reads and to the stored analysis, in one
 * transaction. The analysis keeps, under `corrections.original`, what Hermes understood before the
 * first correction, so the person's edits never erase the machine's reading.
 */
export async function saveResumeCorrection(db: DB, resumeId: string, correction: ResumeCorrection): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('resumes')
      .select('analysis')
      .where('id', '=', resumeId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    const analysis: Record<string, unknown> = { ...(row.analysis ?? {}) };
    const previous = (analysis.corrections ?? {}) as {
      original?: Record<string, unknown>;
      unrecognisedSkills?: readonly string[];
    };
    const original = previous.original ?? Object.fromEntries(CORRECTABLE.map((key) => [key, analysis[key] ?? null]));
    const columns: { title?: string; onet_code?: string; location?: string | null; skills?: string[] } = {};
    if (correction.jobTitle !== undefined) analysis.jobTitle = correction.jobTitle;
    if (correction.occupation) {
      analysis.title = columns.title = correction.occupation.title;
      analysis.onetCode = columns.onet_code = correction.occupation.code;
    }
    if (correction.location !== undefined) analysis.location = columns.location = correction.location;
    if (correction.skills) analysis.skills = columns.skills = [...correction.skills];
    analysis.corrections = {
      original,
      unrecognisedSkills: correction.unrecognisedSkills ?? previous.unrecognisedSkills ?? [],
      correctedAt: new Date().toISOString(),
    };
    await trx
      .updateTable('resumes')
      .set({ ...columns, analysis: JSON.stringify(analysis), updated_at: new Date() })
      .where('id', '=', resumeId)
      .execute();
  });
}
