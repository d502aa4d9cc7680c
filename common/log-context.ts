import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Fields every log line carries while a piece of work runs: the search and workflow an activity
 * or an API request is for. The logger reads them at each line (createLogger's mixin), so a line
 * written deep inside a library call made for a search still names that search, without every
 * function along the way passing a child logger down.
 */
export interface LogContext {
  requestId?: string;
  searchId?: string;
  workflowId?: string;
  activity?: string;
}

const storage = new AsyncLocalStorage<LogContext>();

/** Runs `fn` with these fields on every line it (and whatever it awaits) logs. */
export function withLogContext<T>(fields: LogContext, fn: () => T): T {
  return storage.run({ ...storage.getStore(), ...fields }, fn);
}

/**
 * Runs `fn` inside an existing context object (one captured earlier with currentLogContext), so
 * fields added from here on reach everyone holding it. For code resumed from an event emitter
 * (a parsed request body), where the context that started the work is not the one it resumes in.
 */
export function reenterLogContext<T>(context: LogContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** Adds fields to the current context, once they are known (a search id after it is created). */
export function addToLogContext(fields: LogContext): void {
  const store = storage.getStore();
  if (store) Object.assign(store, fields);
}

/** The current context object (its fields), or a fresh empty one outside any context. */
export function currentLogContext(): LogContext {
  return storage.getStore() ?? {};
}
