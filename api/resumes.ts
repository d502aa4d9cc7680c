import crypto from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { RequestHandler, Response } from 'express';
import type { Redis } from 'ioredis';
import multer from 'multer';
import { z } from 'zod';
import { HirehoundError, isErrorCode } from '../common/errors';
import type { DB } from '../store/database';
import type { Logger } from '../common/logger';
import { findResumeForUser, registerResumeUpload, type Resume } from '../store/resumes';
import { TASK_QUEUES } from '../temporal/task-queues';
import { readWithTools, type DocumentFormat } from '../understanding/document/file-type';
import { inspectDocument } from '../understanding/document/inspect';
import { resumeIngestionWorkflowId } from '../temporal/workflow-ids';
import type { ResumeIngestionResult } from '../workflows/resume-ingestion/messages';
import type { resumeIngestionWorkflow } from '../workflows/resume-ingestion/workflow';
import { currentUser } from './auth';
import { bindRoutes, type BoundRoute } from './contract/mount';
import type { ResumeView } from './contract/responses';
import { sanitizeFileName } from './file-name';
import { ROUTES } from './contract/routes';
import { ingestionMemo, ResumeVerdicts } from './resume-verdicts';
import { parseInput } from './validation';

export interface ResumeRoutesOptions {
  readonly db: DB;
  readonly temporal: Client;
  readonly redis: Redis;
  readonly logger: Logger;
  /** Largest upload accepted (RESUME_MAX_BYTES); the reader enforces the same limit again. */
  readonly maxBytes: number;
  /** Most characters of text (RESUME_MAX_TEXT_CHARS), checked up front for plain text and Markdown. */
  readonly maxTextChars: number;
  /** How long POST waits for ingestion before answering 202 (RESUME_INGEST_WAIT_MS). */
  readonly ingestWaitMs: number;
  /**
   * Where ingestion runs: the `search` queue for the workflow; `ml` for the activities of documents
   * read in-process, `documents` for those read with OS tools (PDF, images). Production names unless set (tests).
   */
  readonly taskQueues?: { readonly workflow: string; readonly activities: string; readonly documents: string };
}

/** The uploaded file as multer hands it over, checked before anything is stored. */
const UploadedFile = z.object({
  originalname: z.string().max(255, 'The file name is longer than 255 characters').transform(sanitizeFileName),
  // The part's Content-Type, a claim the reader checks against the bytes; its parameters say nothing.
  mimetype: z
    .string()
    .max(255)
    .transform((type) => type.split(';')[0]!.trim().toLowerCase())
    .pipe(z.string().regex(/^[a-z0-9][\w.+-]*\/[a-z0-9][\w.+-]*$/, "The file's media type is not a media type")),
  size: z.number().int().nonnegative(),
  buffer: z.instanceof(Buffer),
});

/** The public shape of a resume. The original file is not kept after reading (`originalFileStored`). */
export function resumeView(resume: Resume): ResumeView {
  return {
    id: resume.id,
    fileName: resume.fileName,
    mediaType: resume.mediaType,
    sizeBytes: resume.sizeBytes,
    status: resume.status,
    error: resume.error,
    reading: resume.reading,
    profile: resume.analysis,
    embedded: resume.hasEmbedding,
    originalFileStored: false,
    createdAt: resume.createdAt.toISOString(),
    updatedAt: resume.updatedAt.toISOString(),
  };
}

function uploadSingleFile(maxBytes: number): RequestHandler {
  const upload = multer({
    storage: multer.memoryStorage(),
    // Browsers send file names as raw UTF-8; busboy's default reads them as Latin-1 (mojibake).
    defParamCharset: 'utf8',
    limits: { fileSize: maxBytes, files: 1, fields: 10, parts: 12, headerPairs: 100 },
  }).single('file');
  return (req, res, next) => {
    if (!req.is('multipart/form-data')) {
      next(
        new HirehoundError('RESUME_FILE_MISSING', { message: 'Send the resume as multipart/form-data, field "file"' }),
      );
      return;
    }
    upload(req, res, (err: unknown) => {
      if (err instanceof multer.MulterError) {
        if (err.code === 'LIMIT_FILE_SIZE') {
          next(
            new HirehoundError('RESUME_TOO_LARGE', {
              message: `The file is larger than ${maxBytes} bytes`,
              details: { maxBytes },
            }),
          );
        } else if (err.code === 'LIMIT_UNEXPECTED_FILE') {
          next(
            new HirehoundError('RESUME_FILE_MISSING', {
              message: `Unexpected file field "${err.field ?? ''}": send one file as "file"`,
            }),
          );
        } else next(new HirehoundError('API_VALIDATION_FAILED', { message: `Upload refused: ${err.message}` }));
        return;
      }
      if (err) {
        next(new HirehoundError('API_VALIDATION_FAILED', { message: 'The multipart body is malformed' }));
        return;
      }
      next();
    });
  };
}

/**
 * Starts the ingestion of a resume, or joins the run already under way (USE_EXISTING), and waits
 * for it up to ingestWaitMs. Starting rather than only looking the run up also heals an upload
 * whose first start never reached Temporal.
 */
async function waitForIngestion(
  options: ResumeRoutesOptions,
  upload: { readonly resumeId: string; readonly userId: string; readonly format: DocumentFormat },
): Promise<ResumeIngestionResult | 'pending'> {
  const handle = await options.temporal.workflow.start<typeof resumeIngestionWorkflow>('resumeIngestionWorkflow', {
    workflowId: resumeIngestionWorkflowId(upload.resumeId),
    taskQueue: options.taskQueues?.workflow ?? TASK_QUEUES.search,
    args: [{ resumeId: upload.resumeId, activityTaskQueue: activityQueueFor(options, upload.format) }],
    memo: ingestionMemo(upload.userId),
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
  // The wait ends the long poll it started: a poll left running past the answer outlives the
  // request, holds a connection, and rejects once the client shuts down.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), options.ingestWaitMs);
  try {
    return await options.temporal.withAbortSignal(abort.signal, () => handle.result());
  } catch (error) {
    if (abort.signal.aborted) return 'pending';
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

/** Documents read with OS tools wait for their own slots: a slow scan never delays a text upload. */
function activityQueueFor(options: ResumeRoutesOptions, format: DocumentFormat): string {
  return readWithTools(format)
    ? (options.taskQueues?.documents ?? TASK_QUEUES.documents)
    : (options.taskQueues?.activities ?? TASK_QUEUES.ml);
}

function errorFor(error: { code: string; message: string }): HirehoundError {
  return new HirehoundError(isErrorCode(error.code) ? error.code : 'RESUME_INGESTION_FAILED', {
    message: error.message,
  });
}

/** The user's resume, or the verdict on a refused upload (its row is gone), or a 404. */
async function findOrRefusal(
  options: ResumeRoutesOptions,
  verdicts: ResumeVerdicts,
  userId: string,
  resumeId: string,
): Promise<Resume> {
  const resume = await findResumeForUser(options.db, userId, resumeId);
  if (resume) return resume;
  const verdict = await verdicts.ofIngestion(userId, resumeId);
  throw verdict ? errorFor(verdict) : new HirehoundError('RESUME_NOT_FOUND');
}

async function answer(
  res: Response<ResumeView>,
  options: ResumeRoutesOptions,
  verdicts: ResumeVerdicts,
  resumeId: string,
  created: boolean,
): Promise<void> {
  const resume = await findOrRefusal(options, verdicts, currentUser(res).id, resumeId);
  if (resume.status === 'failed' && resume.error) throw errorFor(resume.error);
  res.location(`/v1/resumes/${resume.id}`);
  const pending = resume.status === 'received' || resume.status === 'parsed';
  res.status(pending ? 202 : created ? 201 : 200).json(resumeView(resume));
}

/**
 * POST /v1/resumes: multipart upload (field "file"), owned by the authenticated user. Ingestion
 * runs as the `resume-<id>` workflow; the answer is the profile (201), the existing profile for a
 * file this user already uploaded (200, by content hash), or 202 with the resume id when ingestion
 * takes longer than RESUME_INGEST_WAIT_MS (poll GET). A file the reader refuses answers with its
 * RESUME_* error.
 * GET /v1/resumes/:id: the user's own resume; another user's is a 404, like a missing one.
 */
export function resumeRoutes(options: ResumeRoutesOptions): BoundRoute[] {
  const verdicts = new ResumeVerdicts(options.redis, options.temporal, options.logger);
  return bindRoutes(ROUTES.resumes, {
    upload: {
      before: [uploadSingleFile(options.maxBytes)],
      handle: async (_input, req, res) => {
        if (!req.file) throw new HirehoundError('RESUME_FILE_MISSING');
        const file = parseInput(UploadedFile, req.file, 'upload');
        // What can be refused without reading is refused before anything is stored or queued.
        const { format } = inspectDocument(
          { bytes: file.buffer, fileName: file.originalname, mediaType: file.mimetype },
          { maxBytes: options.maxBytes, maxTextChars: options.maxTextChars },
        );
        const user = currentUser(res);
        const contentSha256 = crypto.createHash('sha256').update(file.buffer).digest('hex');
        const known = await verdicts.remembered(user.id, contentSha256);
        if (known) throw errorFor(known);
        const { resume, created } = await registerResumeUpload(options.db, {
          userId: user.id,
          fileName: file.originalname,
          mediaType: file.mimetype,
          contentSha256,
          bytes: file.buffer,
        });
        // A concurrent upload of the same file may still be under way: join that run.
        const inFlight = resume.status === 'received' || resume.status === 'parsed';
        if (created || inFlight) {
          const result = await waitForIngestion(options, { resumeId: resume.id, userId: user.id, format });
          // A refused file left no row: the ingestion's result is the answer.
          if (result !== 'pending' && result.error) {
            await verdicts.remember(user.id, contentSha256, result.error);
            throw errorFor(result.error);
          }
        }
        await answer(res, options, verdicts, resume.id, created);
      },
    },

    read: async ({ params }, _req, res) => {
      res.json(resumeView(await findOrRefusal(options, verdicts, currentUser(res).id, params.id)));
    },
  });
}
