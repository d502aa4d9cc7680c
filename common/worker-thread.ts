import path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Starts the worker thread whose entry is `name` beside `callerFile` (pass `__filename`): name.js
 * when built, name.ts when the sources run through tsx or jest, in which case the thread registers
 * tsx's require hook first.
 */
export function startWorkerThread(callerFile: string, name: string, workerData: unknown): Worker {
  const entry = path.join(path.dirname(callerFile), `${name}${path.extname(callerFile)}`);
  if (entry.endsWith('.js')) return new Worker(entry, { workerData });
  const tsx = require.resolve('tsx/cjs/api');
  return new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`, {
    eval: true,
    workerData,
  });
}
