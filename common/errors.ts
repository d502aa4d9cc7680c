/**
 * The one error catalogue. Every error Hirehound reports to a caller has a stable UPPER_SNAKE code
 * prefixed by its module, an HTTP status and a retryable flag. Activities rethrow these as
 * `ApplicationFailure.create({ type: code, nonRetryable: !retryable })`, so workflows branch on the
 * same codes, and the API serialises them as `{ error: { code, message } }`.
 *
 * A shipped code is never renamed or reused for another meaning (tests/common/errors.test.ts checks
 * uniqueness and shape); add new codes at the end of their module's block.
 */

interface ErrorSpec {
  readonly status: number;
  readonly retryable: boolean;
  readonly message: string;
}

const spec = (status: number, retryable: boolean, message: string): ErrorSpec => ({
  status,
  retryable,
  message,
});

export const ERROR_CATALOGUE = {
  // Generic API / HTTP
  API_NOT_FOUND: spec(404, false, 'Not found'),
  API_ROUTE_NOT_FOUND: spec(404, false, 'No such route'),
  API_VALIDATION_FAILED: spec(400, false, 'The request is invalid'),
  API_MALFORMED_BODY: spec(400, false, 'The request body is not valid JSON'),
  API_BODY_TOO_LARGE: spec(413, false, 'The request body is too large'),
  API_UNSUPPORTED_MEDIA_TYPE: spec(415, false, 'Unsupported content type'),
  API_RATE_LIMITED: spec(429, true, 'Too many requests'),
  API_METHOD_NOT_ALLOWED: spec(405, false, 'Method not allowed'),
  API_URI_TOO_LONG: spec(414, false, 'The request URL is too long'),
  API_HEADERS_TOO_LARGE: spec(431, false, 'The request headers are too large'),

  // Authentication / authorisation
  AUTH_MISSING_API_KEY: spec(401, false, 'An API key is required'),
  AUTH_INVALID_API_KEY: spec(401, false, 'The API key is not valid'),
  AUTH_FORBIDDEN: spec(403, false, 'Not allowed'),

  // Infrastructure
  DEPENDENCY_UNAVAILABLE: spec(503, true, 'A required service is unavailable'),
  INTERNAL_ERROR: spec(500, true, 'Internal error'),
  CONFIG_INVALID: spec(500, false, 'Invalid configuration'),

  // Gateway and provider (gateway/, simulator/): GATEWAY_*, PROVIDER_*
  GATEWAY_MISSING_TOKEN: spec(401, false, 'An internal gateway token is required'),
  GATEWAY_INVALID_TOKEN: spec(401, false, 'The internal gateway token is not valid'),
  GATEWAY_UNKNOWN_USER: spec(422, false, 'The user this call is attributed to does not exist'),
  GATEWAY_RATE_LIMITED: spec(429, true, 'Provider calls are rate limited; retry later'),
  GATEWAY_CIRCUIT_OPEN: spec(503, true, 'Provider calls are paused by the circuit breaker'),
  GATEWAY_BUDGET_EXHAUSTED: spec(402, false, "This month's provider credit budget is exhausted"),
  GATEWAY_USER_CAP_REACHED: spec(429, false, "The user's daily provider credit cap is reached"),
  GATEWAY_UNAVAILABLE: spec(503, true, 'Credit governance is unavailable; no provider call was made'),
  PROVIDER_POSTING_EXPIRED: spec(410, false, 'The posting has expired or was removed'),
  PROVIDER_BAD_API_KEY: spec(502, false, 'The provider rejected the API key'),
  PROVIDER_OUT_OF_CREDITS: spec(502, false, 'The provider account is out of credits'),
  PROVIDER_BAD_PARAMETERS: spec(422, false, 'The provider rejected the request parameters'),
  PROVIDER_RATE_LIMITED: spec(503, true, 'The provider refused: too many concurrent requests'),
  PROVIDER_SERVER_ERROR: spec(502, true, 'The provider failed'),
  PROVIDER_TIMEOUT: spec(504, true, 'The provider did not answer in time'),
  PROVIDER_MALFORMED_RESPONSE: spec(502, true, 'The provider answered with an unexpected body'),
  PROVIDER_UNREACHABLE: spec(502, true, 'The provider could not be reached'),
  GATEWAY_TARGET_REFUSED: spec(422, false, 'The URL is not one the provider may be asked to fetch'),

  // Resume reading and understanding (understanding/, /v1/resumes): RESUME_*, UNDERSTANDING_*
  RESUME_FILE_MISSING: spec(400, false, 'Send the resume as the multipart form field "file"'),
  RESUME_EMPTY: spec(422, false, 'The file is empty'),
  RESUME_TOO_LARGE: spec(413, false, 'The file is larger than allowed'),
  RESUME_TOO_MANY_PAGES: spec(413, false, 'The document has more pages than allowed'),
  RESUME_DECOMPRESSED_TOO_LARGE: spec(413, false, 'The document expands beyond the allowed size'),
  RESUME_UNSUPPORTED_TYPE: spec(
    415,
    false,
    'Unsupported file type: send PDF, DOCX, plain text, Markdown, HTML, PNG or JPEG',
  ),
  RESUME_TYPE_MISMATCH: spec(415, false, 'The file content does not match its declared type'),
  RESUME_ENCRYPTED: spec(422, false, 'The document is password-protected'),
  RESUME_CORRUPT: spec(422, false, 'The document is damaged and cannot be read'),
  RESUME_NO_TEXT: spec(422, false, 'No readable text was found in the document'),
  RESUME_READ_TIMEOUT: spec(422, false, 'Reading the document took longer than allowed'),
  RESUME_NOT_FOUND: spec(404, false, 'No such resume'),
  RESUME_INGESTION_FAILED: spec(500, true, 'The resume could not be processed'),
  RESUME_TOO_COMPLEX: spec(
    422,
    false,
    'The document needs more to read than allowed (CPU, memory, nesting or line length past the limits)',
  ),

  // Matching (matching/): MATCHING_*, EMBEDDING_*
  EMBEDDING_PROVIDER_FAILED: spec(503, true, 'The embedding provider failed'),
  EMBEDDING_PROVIDER_REJECTED: spec(502, false, 'The embedding provider rejected the request'),
  EMBEDDING_MODEL_INVALID: spec(500, false, 'The local embedding model files are missing or corrupt'),
  EMBEDDING_DIMENSION_MISMATCH: spec(500, false, 'The embedding has the wrong number of dimensions'),
  MATCHING_PROFILE_NOT_FOUND: spec(404, false, 'No such profile'),
  MATCHING_PROFILE_NOT_READY: spec(409, false, 'The profile has not been analysed yet'),
  MATCHING_INVALID_REQUEST: spec(400, false, 'The matching request is invalid'),

  // Search workflow and public API (workflows/, /v1/searches): SEARCH_*
  SEARCH_NOT_FOUND: spec(404, false, 'No such search'),
  SEARCH_NOT_RUNNING: spec(409, false, 'The search has finished'),
  SEARCH_NEEDS_QUERY_OR_RESUME: spec(400, false, 'A search needs a keyword, a resume, or both'),
  SEARCH_RESUME_NOT_READY: spec(409, false, 'The resume has not been analysed yet'),
  SEARCH_NO_QUERY: spec(400, false, 'Discovery needs a keyword'),
  SEARCH_WORKFLOW_UNAVAILABLE: spec(503, true, 'The search could not be reached; try again'),
  JOB_NOT_FOUND: spec(404, false, 'No such job'),

  // Scheduled maintenance and its admin routes (workflows/maintenance, /v1/admin): MAINTENANCE_*
  MAINTENANCE_DEAD_LETTER_NOT_FOUND: spec(404, false, 'No such dead letter'),
  MAINTENANCE_DEAD_LETTER_NOT_PENDING: spec(409, false, 'The dead letter is not waiting to be requeued'),
  MAINTENANCE_EMBEDDING_MODEL_UNAVAILABLE: spec(
    500,
    false,
    'The embedding model the stored vectors were made with cannot be loaded',
  ),

  // Imaginator (imaginator/, /v1/resumes/:id/tailor, the gateway's hf.chat line): IMAGINATOR_*
  IMAGINATOR_PAID_ONLY: spec(403, false, 'Resume tailoring is for paid accounts'),
  IMAGINATOR_RESUME_NOT_READY: spec(409, false, 'The resume has not been analysed yet'),
  IMAGINATOR_MODEL_NOT_CONFIGURED: spec(503, false, 'No chat model is configured (HF_TOKEN or HF_CHAT_ENDPOINT_URL)'),
  IMAGINATOR_MODEL_BUDGET_EXHAUSTED: spec(402, false, "This month's chat-model budget is spent"),
  IMAGINATOR_MODEL_CIRCUIT_OPEN: spec(503, true, 'Chat-model calls are paused by the circuit breaker'),
  IMAGINATOR_MODEL_ANSWER_INVALID: spec(502, true, 'The chat model answered something other than the requested edits'),

  // Posting ingestion (ingestion/, workflows/ingestion): INGESTION_*
  INGESTION_RAW_PAYLOAD_MISSING: spec(500, false, "A batch's raw payload is not in the object store"),
  INGESTION_RAW_PAYLOAD_INVALID: spec(500, false, "A batch's raw payload does not have the batch kind's shape"),
  INGESTION_POSTING_NOT_HELD: spec(409, false, 'The posting is not held back from search'),
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CATALOGUE, value);
}

export interface HirehoundErrorOptions {
  readonly message?: string;
  readonly details?: Readonly<Record<string, unknown>>;
  readonly cause?: unknown;
}

export class HirehoundError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly retryable: boolean;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: ErrorCode, options: HirehoundErrorOptions = {}) {
    const entry = ERROR_CATALOGUE[code];
    super(options.message ?? entry.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HirehoundError';
    this.code = code;
    this.status = entry.status;
    this.retryable = entry.retryable;
    this.details = options.details;
  }

  toJSON(): { error: { code: ErrorCode; message: string; details?: Readonly<Record<string, unknown>> } } {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details ? { details: this.details } : {}),
      },
    };
  }
}

/**
 * Jest realms and Temporal's failure conversion break `instanceof` across module copies, so callers
 * identify our errors by shape.
 */
export function isHirehoundError(error: unknown): error is HirehoundError {
  return (
    error instanceof HirehoundError ||
    (typeof error === 'object' &&
      error !== null &&
      (error as { name?: unknown }).name === 'HirehoundError' &&
      isErrorCode((error as { code?: unknown }).code))
  );
}
