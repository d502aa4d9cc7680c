import { ApplicationFailure } from '@temporalio/common';
import { isHirehoundError, type HirehoundError } from '../common/errors';

function failureOf(err: HirehoundError, nonRetryable: boolean): ApplicationFailure {
  return ApplicationFailure.create({
    type: err.code,
    message: err.message,
    nonRetryable,
    details: err.details ? [err.details] : [],
    cause: err,
  });
}

/**
 * Runs an activity body and turns our errors into Temporal failures typed by the stable error
 * code (common/errors.ts), retryable or not as the catalogue says, so workflows branch on the same
 * codes. Anything else propagates unchanged and Temporal retries it per the caller's policy.
 */
export async function withApplicationFailures<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    if (isHirehoundError(err)) throw failureOf(err, !err.retryable);
    throw err;
  }
}

/**
 * Our error as a failure no retry of this activity can help, whatever the catalogue says of its
 * code: for when the attempt's own input is gone (a caller may still try again with a new one).
 */
export function finalFailure(err: HirehoundError): ApplicationFailure {
  return failureOf(err, true);
}
