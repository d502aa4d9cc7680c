import { ApplicationFailure } from '@temporalio/common';
import { isHirehoundError } from '../common/errors';

/**
 * Runs an activity body and turns our errors into Temporal failures typed by the stable error
 * code (common/errors.ts), retryable or not as the catalogue says, so workflows branch on the same
 * codes. Anything else propagates unchanged and Temporal retries it per the caller's policy.
 */
export async function withApplicationFailures<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    if (isHirehoundError(err)) {
      throw ApplicationFailure.create({
        type: err.code,
        message: err.message,
        nonRetryable: !err.retryable,
        details: err.details ? [err.details] : [],
        cause: err,
      });
    }
    throw err;
  }
}
