import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { HirehoundError, isErrorCode } from '../../common/errors';
import { startWorkerThread } from '../../common/worker-thread';
import type { EmbeddingBackend } from './cached-embedder';
import { EMBEDDING_DIMENSIONS } from './embedder';
import type { FromModelThread, ToModelThread } from './minilm-messages';
import { MINILM_CALIBRATION, type LocalMiniLmOptions } from './minilm-session';
import { miniLmProblem } from './minilm-files';

export { MODEL_RUN_SIZE, runsBySimilarLength, type LocalMiniLmOptions } from './minilm-session';

/** The model's thread: minilm-thread.ts beside this file. */
function startModelThread(options: LocalMiniLmOptions): Worker {
  return startWorkerThread(__filename, 'minilm-thread', options);
}

/**
 * ONNX Runtime's threads for a setting of 0: every core but one, which the event loop keeps. With
 * the caller's analysis on that core, two cores embed and analyse postings 13% faster with one
 * model thread than with two that contend with it (docs/ingestion.md#where-the-time-goes).
 */
export function modelThreads(setting: number, cores = os.availableParallelism()): number {
  return setting > 0 ? setting : Math.max(1, cores - 1);
}

const threadError = (code: string | null, message: string): HirehoundError =>
  new HirehoundError(code !== null && isErrorCode(code) ? code : 'EMBEDDING_PROVIDER_FAILED', { message });

interface Pending {
  resolve(vectors: Float32Array[]): void;
  reject(err: unknown): void;
}

/**
 * all-MiniLM-L6-v2 (minilm-session.ts) on a thread of its own. ONNX Runtime's Node binding runs a
 * model synchronously on the calling thread; here that thread is not the event loop, so a worker's
 * workflows, activities and heartbeats go on while a batch is embedded, and the caller's own CPU
 * work (analysing the next postings) overlaps the model's (docs/ingestion.md#where-the-time-goes).
 * Batches are embedded one after another, in the order they were sent.
 */
export async function createLocalMiniLmBackend(options: LocalMiniLmOptions): Promise<EmbeddingBackend> {
  // Checked here too, so a missing file is reported without starting a thread.
  const problem = miniLmProblem(options.modelsDir, options.model);
  if (problem) throw new HirehoundError('EMBEDDING_MODEL_INVALID', { message: problem });

  const thread = startModelThread({ ...options, threads: modelThreads(options.threads) });
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let gone: HirehoundError | null = null;
  // The thread keeps the process alive only while a batch is out.
  const settle = (id: number): Pending | undefined => {
    const waiter = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) thread.unref();
    return waiter;
  };
  // Settled once: by the thread's "ready", or by whatever ends it first (a load failure, a crash,
  // an exit), which also fails every batch still out.
  let ready!: { resolve(): void; reject(err: HirehoundError): void };
  const started = new Promise<void>((resolve, reject) => (ready = { resolve, reject }));
  const failAll = (err: HirehoundError): void => {
    gone ??= err;
    ready.reject(err);
    for (const id of [...pending.keys()]) settle(id)?.reject(err);
  };
  thread.on('message', (message: FromModelThread) => {
    if (message.kind === 'ready') ready.resolve();
    else if (message.kind === 'failed') failAll(threadError(message.code, message.message));
    else if (message.kind === 'vectors') settle(message.id)?.resolve(message.vectors);
    else settle(message.id)?.reject(threadError(message.code, message.message));
  });
  thread.on('error', (err) => failAll(threadError(null, `the model's thread failed: ${err.message}`)));
  thread.on('exit', (code) => failAll(threadError(null, `the model's thread exited (${code})`)));
  await started.catch(async (err: unknown) => {
    await thread.terminate();
    throw err;
  });
  thread.unref();

  const send = (message: ToModelThread): void => thread.postMessage(message);
  return {
    provider: 'local',
    model: options.model,
    dimensions: EMBEDDING_DIMENSIONS,
    calibration: MINILM_CALIBRATION,
    maxBatchSize: 64,
    callsInFlight: 2,
    embedBatch(texts) {
      if (gone) return Promise.reject(gone);
      if (texts.length === 0) return Promise.resolve([]);
      const id = nextId++;
      return new Promise<Float32Array[]>((resolve, reject) => {
        if (pending.size === 0) thread.ref();
        pending.set(id, { resolve, reject });
        send({ kind: 'embed', id, texts });
      });
    },
    async close() {
      if (gone) return;
      const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
      send({ kind: 'close' });
      thread.ref();
      await exited;
    },
  };
}
