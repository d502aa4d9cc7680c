import { ERROR_CATALOGUE, type ErrorCode } from './errors';

/**
 * Codes a retry cannot fix (bad input, refused by policy). Workflows list them as
 * `nonRetryableErrorTypes`, so an activity failing with one of them is not retried.
 */
export const NON_RETRYABLE_ERROR_CODES: readonly ErrorCode[] = (Object.keys(ERROR_CATALOGUE) as ErrorCode[]).filter(
  (code) => !ERROR_CATALOGUE[code].retryable,
);
