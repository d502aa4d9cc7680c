import type { ErrorCode } from '../../../common/errors';
import { ApiError } from './client';

/**
 * What an error means to the person using the app, in a sentence that says what to do next. The
 * API's own message is the fallback for a code not listed here; a code is never shown alone.
 */
const SENTENCES: Partial<Record<ErrorCode | 'NETWORK', string>> = {
  NETWORK: 'The Hirehound server could not be reached. Check your connection and try again.',
  AUTH_MISSING_API_KEY: 'Enter your API key to sign in.',
  AUTH_INVALID_API_KEY:
    'That API key is not valid. Check it and try again (`npm start` prints new demo keys on every start).',
  AUTH_FORBIDDEN: 'Your account is not allowed to see this page.',
  API_RATE_LIMITED: 'Too many requests in a short time. Wait a minute and try again.',
  API_VALIDATION_FAILED: 'Some of what you entered is not valid. Check the fields and try again.',
  API_BODY_TOO_LARGE: 'That is too much to send at once.',
  DEPENDENCY_UNAVAILABLE: 'A service Hirehound depends on is not answering. Try again in a moment.',
  GATEWAY_UNAVAILABLE: 'Credit accounting is unavailable right now, so no live search can run.',
  INTERNAL_ERROR: 'Something went wrong on our side. Try again; if it keeps happening, tell the operators.',
  RESUME_FILE_MISSING: 'Choose a resume file to upload.',
  RESUME_EMPTY: 'That file is empty. Choose the file that holds your resume.',
  RESUME_TOO_LARGE: 'That file is too large. Upload a resume of at most 10 MB.',
  RESUME_TOO_MANY_PAGES: 'That document has too many pages for a resume.',
  RESUME_DECOMPRESSED_TOO_LARGE: 'That document expands to far more than a resume would, so it was not read.',
  RESUME_UNSUPPORTED_TYPE:
    'That kind of file cannot be read. Upload a PDF, a Word document (.docx), plain text, Markdown, HTML or an image.',
  RESUME_TYPE_MISMATCH:
    "The file's content does not match its type (for example, a renamed file). Upload the original.",
  RESUME_ENCRYPTED: 'That document is password-protected. Save a copy without a password and upload that.',
  RESUME_CORRUPT: 'That document is damaged and cannot be read. Export it again and upload the new copy.',
  RESUME_NO_TEXT: 'No readable text was found in that document. If it is a scan, upload a clearer image.',
  RESUME_READ_TIMEOUT: 'Reading that document took too long. Try a smaller or simpler file.',
  RESUME_NOT_FOUND: 'That resume was not found.',
  RESUME_INGESTION_FAILED: 'Your resume could not be processed just now. Try uploading it again.',
  MATCHING_PROFILE_NOT_READY: 'Your resume is still being read. Wait a moment and try again.',
  SEARCH_NOT_FOUND: 'That search was not found. It may belong to another account.',
  SEARCH_NOT_RUNNING: 'This search has already finished.',
  SEARCH_NEEDS_QUERY_OR_RESUME: 'Upload a resume or type what job you are looking for.',
  SEARCH_RESUME_NOT_READY: 'Your resume is still being read. Wait a moment and search again.',
  SEARCH_WORKFLOW_UNAVAILABLE: 'The search could not be reached just now. Try again.',
  JOB_NOT_FOUND: 'That job posting is no longer in our database.',
  API_NOT_FOUND: 'That was not found.',
  API_ROUTE_NOT_FOUND: 'This Hirehound server does not offer that yet.',
  IMAGINATOR_PAID_ONLY: 'Tailoring your resume to a job is part of the paid plan.',
  IMAGINATOR_RESUME_NOT_READY: 'Your resume is still being read. Try again in a moment.',
};

/** A sentence for any error the app can meet. */
export function sentenceFor(error: unknown): string {
  if (error instanceof ApiError) {
    const known = SENTENCES[error.code as ErrorCode];
    if (known) return known;
    if (error.status === 403) return 'This is available to paid plans only.';
    return error.message ? `${error.message}.`.replace(/\.\.$/, '.') : 'Something went wrong. Try again.';
  }
  return 'Something went wrong in the page. Reload it and try again.';
}
