import { Context } from '@temporalio/activity';

/**
 * Keeps the running activity's heartbeat going while one long call runs (a VACUUM, a model batch),
 * so Temporal tells a slow activity from a dead worker without the call reporting progress itself.
 */
export async function heartbeatWhile<T>(everyMs: number, details: () => unknown, call: () => Promise<T>): Promise<T> {
  // The same step also runs in process (seeding, tests, evaluations), where no Temporal is told.
  let context: Context;
  try {
    context = Context.current();
  } catch {
    return call();
  }
  context.heartbeat(details());
  const timer = setInterval(() => context.heartbeat(details()), everyMs);
  try {
    return await call();
  } finally {
    clearInterval(timer);
  }
}
