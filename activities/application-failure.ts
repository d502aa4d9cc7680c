import { ApplicationFailure } from '@temporalio/common';
import { isHirehoundError } from '../common/errors';

/**
 * Runs an activity body and rethrows our errors as ApplicationFailure with type = the stable code,
 * so workflows branch on the same codes the API reports; anything else propagates unchanged and is
 * retried by the activity's retry policy.
 */
export async function withErrorCodes<T>(body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    if (isHirehoundError(err)) {
      throw ApplicationFailure.create({
        message: err.message,
        type: err.code,
        nonRetryable: !err.retryable,
        details: err.details ? [err.details] : [],
        cause: err,
      });
    }
    throw err;
  }
}
