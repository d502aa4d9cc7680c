import fs from 'node:fs';
import zlib from 'node:zlib';
import { parentPort, workerData } from 'node:worker_threads';
import * as ort from 'onnxruntime-node';
import { cutWordPieces, wordPieceTokenizer } from '../../common/wordpiece-tokenizer';
import {
  CALL,
  TitleEncoderThreadData,
  decodeTitle,
  type TitleEncoderChannel,
  openChannel,
} from './title-encoder-channel';

/**
 * The title encoder's thread (title-encoder.ts): loads the model, then answers each title the
 * caller posts by writing its log-probabilities into the shared channel and waking the caller.
 */
async function serve(channel: TitleEncoderChannel, data: TitleEncoderThreadData): Promise<void> {
  const tokenizer = wordPieceTokenizer(
    JSON.parse(zlib.gunzipSync(fs.readFileSync(data.tokenizer)).toString('utf8')) as object,
  );
  const sepId = tokenizer.token_to_id('[SEP]');
  if (sepId === undefined) throw new Error('the title encoder tokenizer has no [SEP]');
  const session = await ort.InferenceSession.create(data.model, {
    graphOptimizationLevel: 'all',
    // One title is a few word pieces: a pool of threads costs more than it saves.
    intraOpNumThreads: 1,
    interOpNumThreads: 1,
    extra: { session: { intra_op: { allow_spinning: '0' } } },
  });
  const output = session.outputNames[0]!;
  return new Promise<void>((_, reject) => {
    // Each message is one call: the title is in the channel.
    parentPort!.on('message', () => {
      void (async () => {
        const ids = cutWordPieces(tokenizer.encode(decodeTitle(channel)).ids, data.maxTokens, sepId);
        const feeds = {
          input_ids: new ort.Tensor(
            'int64',
            BigInt64Array.from(ids, (id) => BigInt(id)),
            [1, ids.length],
          ),
          attention_mask: new ort.Tensor('int64', new BigInt64Array(ids.length).fill(1n), [1, ids.length]),
        };
        const scores = (await session.run(feeds))[output]?.data;
        if (!(scores instanceof Float32Array) || scores.length !== channel.scores.length)
          throw new Error(
            `the title encoder answered ${String(scores?.length)} scores for ${channel.scores.length} occupations`,
          );
        channel.scores.set(scores);
        Atomics.store(channel.state, 0, CALL.answered);
        Atomics.notify(channel.state, 0);
      })().catch((err: unknown) => {
        Atomics.store(channel.state, 0, CALL.failed);
        Atomics.notify(channel.state, 0);
        reject(err instanceof Error ? err : new Error(String(err)));
      });
    });
  });
}

const data = TitleEncoderThreadData.parse(workerData);
const channel = openChannel(data.shared, data.classes);
serve(channel, data).catch((err: unknown) => {
  // Wakes a caller that waits, then ends the thread: the caller sees the thread gone.
  Atomics.store(channel.state, 0, CALL.failed);
  Atomics.notify(channel.state, 0);
  throw err;
});
