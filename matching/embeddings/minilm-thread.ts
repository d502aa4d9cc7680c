import { parentPort, workerData } from 'node:worker_threads';
import { isHirehoundError } from '../../common/errors';
import { loadMiniLmSession, type LocalMiniLmOptions, type MiniLmSession } from './minilm-session';
import type { FromModelThread, ToModelThread } from './minilm-messages';

/**
 * The model's thread (started by local-minilm.ts): loads the session, says whether it could, then
 * embeds each batch it is sent, in order, and answers with the vectors (their buffers moved, not
 * copied). ONNX Runtime blocks this thread while it runs, which is the point: nothing else lives here.
 */
const port = parentPort;
if (!port) throw new Error('minilm-thread.ts runs as a worker thread (matching/embeddings/local-minilm.ts)');

const failure = (err: unknown): { code: string | null; message: string } => ({
  code: isHirehoundError(err) ? err.code : null,
  message: err instanceof Error ? err.message : String(err),
});
const send = (message: FromModelThread, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

let session: MiniLmSession | null = null;
let work: Promise<void> = Promise.resolve();

port.on('message', (message: ToModelThread) => {
  work = work.then(async () => {
    if (message.kind === 'close') {
      await session?.close();
      session = null;
      port.close();
      return;
    }
    if (!session) return;
    try {
      const vectors = await session.embedBatch(message.texts);
      send(
        { kind: 'vectors', id: message.id, vectors },
        vectors.map((v) => v.buffer as ArrayBuffer),
      );
    } catch (err) {
      send({ kind: 'error', id: message.id, ...failure(err) });
    }
  });
});

loadMiniLmSession(workerData as LocalMiniLmOptions).then(
  (loaded) => {
    session = loaded;
    send({ kind: 'ready' });
  },
  (err: unknown) => send({ kind: 'failed', ...failure(err) }),
);
