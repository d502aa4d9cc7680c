import type { RetryPolicy } from '@temporalio/workflow';
import { NON_RETRYABLE_ERROR_CODES } from '../common/error-codes';

/**
 * The retry policy of every activity a workflow calls: the timing is the caller's, and which errors
 * stop retrying is the error catalogue's (common/errors.ts: codes not marked retryable). An
 * activity that knows a particular failure cannot be helped by a retry fails non-retryable itself.
 */
export function retryPolicy(timing: Omit<RetryPolicy, 'nonRetryableErrorTypes'>): RetryPolicy {
  return { ...timing, nonRetryableErrorTypes: [...NON_RETRYABLE_ERROR_CODES] };
}
