import { Context } from '@temporalio/activity';

/**
 * Keeps the running activity's heartbeat going while one long call runs (a VACUUM, a model batch),
 * so Temporal tells a slow activity from a dead worker without the call reporting progress itself.
 */
export async function heartbeatWhile<T>(everyMs: number, details: () => unknown, call: () => Promise<T>): Promise<T> {
  const context = Context.current();
  context.heartbeat(details());
  const timer = setInterval(() => context.heartbeat(details()), everyMs);
  try {
    return await call();
  } finally {
    clearInterval(timer);
  }
}
